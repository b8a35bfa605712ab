package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.netty.NettyHttpRequest;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import vn.dongnai.contest.system.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits every contestant request by its lane ({@link LaneClassifier}) before any blocking work:
 * it runs on the event loop, before authentication, and either lets the request on with a place in
 * its lane's limiter ({@link Lanes}), released when the answer is complete, or answers at once.
 * Before authentication because Micronaut Security's session check ({@code account/SessionValidity})
 * is itself blocking work for a person this node has not seen lately — a lookup in Redis or MySQL on
 * the blocking pool — and a start wave is exactly such people: checked first, every refused try of
 * the wave queued on the pool ahead of the autosaves of people mid-attempt, and was answered only
 * once its lookup was done (seconds, docs/performance.md, "Overload"). A start's ticket is bound to
 * its account, read here from the bearer token's verified subject ({@link BearerHolders}); a start
 * the room lets in holds its place while security checks it in full.
 * <p>
 * A refused start or sign-in gets 503 {@code WAITING_ROOM} with a signed ticket
 * ({@code X-Waiting-Ticket}, also in {@code details.ticket}), its place, the estimated wait and
 * {@code Retry-After}; presenting the ticket again keeps the place ({@link WaitingRooms}). A refused
 * public read gets the short cache's copy with {@code X-Stale: true}, or 503 {@code BUSY} when there
 * is none. A start of a new attempt is also refused this way while the platform has no free seat
 * ({@link Seats}, {@link SeatLedger}): the lanes bound how many starts run at once, the seats how
 * many people are mid-attempt afterwards. {@code contest.admission.enabled=false} lets everything through.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class AdmissionFilter implements HttpServerFilter {

    static final String TICKET_HEADER = "X-Waiting-Ticket";
    static final String STALE_HEADER = "X-Stale";
    /**
     * A called ticket coming back is let in even when the node's queue is full (it waits there for a
     * place): it was called because there was room, and the called are at most the room's window. Not
     * while the lane takes nobody at all (people mid-attempt have its whole share): it would wait with
     * its connection open for as long as that lasts, so it is told to come back, its place kept.
     */
    private static final int CALLED_ALWAYS_IN = 1_000_000;

    private final boolean enabled;
    private final Lanes lanes;
    private final WaitingRooms rooms;
    private final SeatLedger seats;
    private final StaleReads staleReads;
    private final Tickets tickets;
    private final BearerHolders holders;
    private final Clock clock;

    AdmissionFilter(@Value("${contest.admission.enabled:true}") boolean enabled, Lanes lanes, WaitingRooms rooms,
                    SeatLedger seats, StaleReads staleReads, BearerHolders holders, Clock clock,
                    @Value("${contest.jwt.secret}") String secret,
                    @Value("${contest.admission.ticket-validity:10m}") Duration ticketValidity) {
        this.enabled = enabled;
        this.lanes = lanes;
        this.rooms = rooms;
        this.seats = seats;
        this.staleReads = staleReads;
        this.clock = clock;
        this.tickets = new Tickets(secret, ticketValidity);
        this.holders = holders;
    }

    @Override
    public int getOrder() {
        // before the security filter: its session check may wait for the blocking pool, which a refusal
        // must never do; a start's holder comes from its token's verified subject (BearerHolders)
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!enabled) {
            return chain.proceed(request);
        }
        Admission admission = LaneClassifier.classify(request.getMethodName(), request.getPath());
        return switch (admission.lane()) {
            case UNMANAGED -> chain.proceed(request);
            case IN_PROGRESS -> proceed(request, chain, lanes.tryAcquire(Lane.IN_PROGRESS).orElseThrow());
            case PUBLIC_READ -> read(request, chain, admission);
            case START, SIGN_IN -> queue(request, chain, admission);
        };
    }

    private Publisher<MutableHttpResponse<?>> read(HttpRequest<?> request, ServerFilterChain chain, Admission admission) {
        String address = request.getUri().toString();
        // only an anonymous answer is the same for everyone (the list tells a signed-in person their attempts)
        boolean keep = admission.cacheable() && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        Optional<Limiter.Listener> place = lanes.tryAcquire(Lane.PUBLIC_READ);
        if (place.isPresent()) {
            Publisher<MutableHttpResponse<?>> answer = proceed(request, chain, place.get());
            if (!keep) {
                return answer;
            }
            return Flux.from(answer).doOnNext(response -> {
                if (response.status() == HttpStatus.OK) {
                    response.getBody().ifPresent(body -> staleReads.keep(address, body));
                }
            });
        }
        lanes.refused(Lane.PUBLIC_READ);
        Optional<StaleReads.Copy> copy = admission.cacheable() ? staleReads.copy(address) : Optional.empty();
        if (copy.isPresent()) {
            lanes.servedStale(Lane.PUBLIC_READ);
            return Mono.just(HttpResponse.ok(copy.get().body())
                    .header(STALE_HEADER, "true")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
        ApiException busy = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "BUSY",
                "Hệ thống đang đông, vui lòng thử lại sau ít giây.",
                "The platform is busy, please try again in a few seconds.");
        return Mono.just(HttpResponse.<Object>status(HttpStatus.SERVICE_UNAVAILABLE).body(busy.toBody())
                .header(HttpHeaders.RETRY_AFTER, "2")
                .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    private Publisher<MutableHttpResponse<?>> queue(HttpRequest<?> request, ServerFilterChain chain, Admission admission) {
        Lane lane = admission.lane();
        String room = admission.room().orElseThrow();
        Instant now = clock.instant();
        String holder;
        if (lane == Lane.START) {
            Optional<String> account = holders.holder(request.getHeaders().get(HttpHeaders.AUTHORIZATION), now);
            if (account.isEmpty()) {
                // no token of ours, or an expired one: security answers 401 without any work worth queueing
                return chain.proceed(request);
            }
            holder = account.get();
        } else {
            holder = "";
        }
        Optional<Tickets.Ticket> ticket = Optional.ofNullable(request.getHeaders().get(TICKET_HEADER))
                .flatMap(token -> tickets.read(token, holder, now))
                .filter(t -> t.room().equals(room));
        // room: a free place, or a short enough line on this node for one; with room, this node calls
        // as many tickets as it can take now (this request's own place included)
        int openings = lanes.openings(lane);
        // Redis answers on its own thread; the request (its body above all) belongs to its channel's event loop
        Executor loop = request instanceof NettyHttpRequest<?> netty ? netty.getChannelHandlerContext().executor() : Runnable::run;
        // a new attempt also needs a seat (Seats): both answers come from Redis, neither holds the loop.
        // With no opening on this node the room lets nobody in whatever the seats say, so a refused try
        // of a wave costs one script, not two
        CompletionStage<Seats> seated = lane == Lane.START && openings > 0 ? seats.count(admission.roundId(), holder)
                : CompletableFuture.completedFuture(Seats.NONE);
        return Mono.fromCompletionStage(seated.thenCompose(s -> rooms.arrive(room,
                                ticket.map(Tickets.Ticket::line).orElse(WaitingRooms.REDIS_LINE),
                                ticket.map(Tickets.Ticket::number).orElse(0L), openings > 0, openings,
                                ticket.isPresent() && openings > 0 ? CALLED_ALWAYS_IN : 0, lanes.capacity(lane),
                                s.forRoom())
                        .thenApply(visit -> {
                            if (visit.turn().admitted() && s.forRoom() >= 0) {
                                seats.hold(admission.roundId(), holder);
                            }
                            return visit;
                        }))
                        .thenApplyAsync(visit -> visit, loop))
                .flatMapMany(visit -> {
                    WaitingLine.Turn turn = visit.turn();
                    lanes.sawRoom(room, turn.issued() - turn.serving());
                    if (turn.admitted()) {
                        return inTurn(request, chain, lane, loop);
                    }
                    lanes.refused(lane);
                    return Mono.just(waiting(lane, tickets.issue(room, visit.line(), turn.ticket(), holder, now),
                            turn.place(), turn.calledAhead(), visit.perSecond()));
                });
    }

    /**
     * Let in by the room: on with the lane's next free place on this node, first come first served
     * ({@link Lanes#inTurn}); a client gone meanwhile gives up its turn, or the place it was given.
     */
    private Publisher<MutableHttpResponse<?>> inTurn(HttpRequest<?> request, ServerFilterChain chain, Lane lane,
                                                     Executor loop) {
        CompletableFuture<Limiter.Listener> turn = lanes.inTurn(lane);
        AtomicBoolean settled = new AtomicBoolean();
        return Mono.fromFuture(turn.thenApplyAsync(place -> place, loop), true)
                // settled first by a cancel: the cancel gave the place back
                .flatMapMany(place -> settled.compareAndSet(false, true) ? proceed(request, chain, place) : Mono.empty())
                .doOnCancel(() -> {
                    if (settled.compareAndSet(false, true) && !turn.cancel(false)) {
                        turn.thenAccept(Limiter.Listener::onIgnore);
                    }
                });
    }

    private static MutableHttpResponse<?> waiting(Lane lane, String token, long place, long calledAhead, double perSecond) {
        // the pace is the lanes' capacity across the nodes (Pace): called (place 0) means come back at once
        long estimated = Pace.estimatedSeconds(place, calledAhead, perSecond);
        long retryAfterMs = Pace.retryAfterMs(place, calledAhead, perSecond);
        String vi = lane == Lane.START
                ? "Hệ thống đang đông — bạn sẽ được vào thi sau khoảng " + estimated + " giây."
                : "Hệ thống đang đông — vui lòng chờ khoảng " + estimated + " giây, trang sẽ tự thử lại.";
        String en = lane == Lane.START
                ? "The platform is busy — you will be let in in about " + estimated + " seconds."
                : "The platform is busy — please wait about " + estimated + " seconds; the page retries by itself.";
        long retryAfter = (retryAfterMs + 999) / 1000;
        ApiException refusal = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "WAITING_ROOM", vi, en, List.of(),
                Map.of("ticket", token, "place", place, "estimatedSeconds", estimated,
                        "retryAfterSeconds", retryAfter, "retryAfterMs", retryAfterMs));
        return HttpResponse.<Object>status(HttpStatus.SERVICE_UNAVAILABLE).body(refusal.toBody())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .header(TICKET_HEADER, token)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** On with a place in the lane, given back once the answer is complete (or the client went away). */
    private static Publisher<MutableHttpResponse<?>> proceed(HttpRequest<?> request, ServerFilterChain chain,
                                                             Limiter.Listener place) {
        return Flux.from(chain.proceed(request)).doFinally(signal -> {
            if (signal == SignalType.CANCEL) {
                place.onIgnore();
            } else {
                place.onSuccess();
            }
        });
    }
}
