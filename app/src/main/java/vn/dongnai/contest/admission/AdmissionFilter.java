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

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits every contestant request by its lane ({@link LaneClassifier}) before any blocking work:
 * it runs on the event loop, right after authentication, and either lets the request on with a
 * place in its lane's limiter ({@link Lanes}), released when the answer is complete, or answers at
 * once. A refused start or sign-in gets 503 {@code WAITING_ROOM} with a signed ticket
 * ({@code X-Waiting-Ticket}, also in {@code details.ticket}), its place, the estimated wait and
 * {@code Retry-After}; presenting the ticket again keeps the place ({@link WaitingRooms}). A refused
 * public read gets the short cache's copy with {@code X-Stale: true}, or 503 {@code BUSY} when there
 * is none. {@code contest.admission.enabled=false} lets everything through.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class AdmissionFilter implements HttpServerFilter {

    static final String TICKET_HEADER = "X-Waiting-Ticket";
    static final String STALE_HEADER = "X-Stale";

    private final boolean enabled;
    private final Lanes lanes;
    private final WaitingRooms rooms;
    private final StaleReads staleReads;
    private final Tickets tickets;
    private final Clock clock;

    AdmissionFilter(@Value("${contest.admission.enabled:true}") boolean enabled, Lanes lanes, WaitingRooms rooms,
                    StaleReads staleReads, Clock clock, @Value("${contest.jwt.secret}") String secret,
                    @Value("${contest.admission.ticket-validity:10m}") Duration ticketValidity) {
        this.enabled = enabled;
        this.lanes = lanes;
        this.rooms = rooms;
        this.staleReads = staleReads;
        this.clock = clock;
        this.tickets = new Tickets(secret, ticketValidity);
    }

    @Override
    public int getOrder() {
        // after the security filter has read the token (a start's ticket is bound to its account),
        // before any controller takes a worker
        return ServerFilterPhase.SECURITY.after();
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
        String holder;
        if (lane == Lane.START) {
            Optional<String> account = request.getUserPrincipal().map(Principal::getName);
            if (account.isEmpty()) {
                // not signed in: the controller answers 401 without any work worth queueing
                return chain.proceed(request);
            }
            holder = account.get();
        } else {
            holder = "";
        }
        Instant now = clock.instant();
        Optional<Tickets.Ticket> ticket = Optional.ofNullable(request.getHeaders().get(TICKET_HEADER))
                .flatMap(token -> tickets.read(token, holder, now))
                .filter(t -> t.room().equals(room));
        Optional<Limiter.Listener> place = lanes.tryAcquire(lane);
        // a full lane: a called ticket at the very front may still go in on one of its reserved places
        Optional<Limiter.Listener> front = place.isEmpty() && ticket.isPresent() ? lanes.tryAcquireFront(lane) : Optional.empty();
        AtomicBoolean settled = new AtomicBoolean();
        // Redis answers on its own thread; the request (its body above all) belongs to its channel's event loop
        Executor loop = request instanceof NettyHttpRequest<?> netty ? netty.getChannelHandlerContext().executor() : Runnable::run;
        // with room, this node calls as many tickets as its lane has free places (this request's own included)
        int freePlaces = place.isPresent() ? lanes.free(lane) + 1 : 0;
        return Mono.fromCompletionStage(rooms.arrive(room, ticket.map(Tickets.Ticket::line).orElse(WaitingRooms.REDIS_LINE),
                        ticket.map(Tickets.Ticket::number).orElse(0L), place.isPresent(), freePlaces,
                        front.isPresent() ? lanes.front(lane) : 0, lanes.capacity(lane))
                        .thenApplyAsync(visit -> visit, loop))
                .flatMapMany(visit -> {
                    settled.set(true);
                    WaitingLine.Turn turn = visit.turn();
                    lanes.sawRoom(room, turn.issued() - turn.serving());
                    if (turn.admitted() && place.isPresent()) {
                        front.ifPresent(Limiter.Listener::onIgnore);
                        return proceed(request, chain, place.get());
                    }
                    if (turn.admitted() && front.isPresent()) {
                        return proceed(request, chain, front.get());
                    }
                    place.ifPresent(Limiter.Listener::onIgnore);
                    front.ifPresent(Limiter.Listener::onIgnore);
                    lanes.refused(lane);
                    return Mono.just(waiting(lane, tickets.issue(room, visit.line(), turn.ticket(), holder, now),
                            turn.place(), turn.calledAhead(), visit.perSecond()));
                })
                // the client went away while Redis was asked: the place taken for it goes back
                .doOnCancel(() -> {
                    if (settled.compareAndSet(false, true)) {
                        place.ifPresent(Limiter.Listener::onIgnore);
                        front.ifPresent(Limiter.Listener::onIgnore);
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
