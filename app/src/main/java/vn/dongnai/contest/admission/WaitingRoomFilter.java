package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.netty.NettyHttpRequest;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.SecurityHeadersFilter;

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
 * The waiting room's door: a start or a sign-in is let in or refused here, before Micronaut finds
 * its route. In a wave nearly every request is a refused try, and a refusal needs neither the
 * route, nor its arguments, nor the body read and bound, nor the filters after routing — together a
 * fifth of the event loops' time in a wave's first 30 s (docs/performance.md, "Eighth pass"). A try
 * let in waits for its lane's next free place on this node ({@link Lanes#inTurn}), first come first
 * served, and holds it while security checks it in full and the answer is made.
 * <p>
 * A refused try gets 503 {@code WAITING_ROOM} with a signed ticket ({@code X-Waiting-Ticket}, also in
 * {@code details.ticket}), its place, the estimated wait and {@code Retry-After}; presenting the
 * ticket again keeps the place ({@link WaitingRooms}). A start's ticket is bound to its account, read
 * from the bearer token's verified subject ({@link BearerHolders}); a start of a new attempt also
 * needs a seat ({@link Seats}, {@link SeatLedger}). As no filter after routing sees a refusal, it
 * carries the protective headers itself ({@link SecurityHeadersFilter}) and is not written to the
 * access log one line each: the lanes count refusals (/prometheus, {@code contest_admission_refused}).
 * <p>
 * The door takes the chain's continuation: an asynchronous pre-matching filter that completes with
 * no response is answered by Micronaut 4.10 with an empty 503, not passed on.
 */
// LaneClassifier's starts and sign-ins, with the trailing slash routing also takes to them (WaitingRoomTest); one
// regular expression, as for every filter with a path of its own: an Ant pattern tokenizes the path each time
@ServerFilter(value = "/(login|api/register|api/rounds/[^/]+/attempts)/?", patternStyle = FilterPatternStyle.REGEX)
final class WaitingRoomFilter {

    static final String TICKET_HEADER = "X-Waiting-Ticket";

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
    private final Tickets tickets;
    private final BearerHolders holders;
    private final SecurityHeadersFilter securityHeaders;
    private final Clock clock;

    WaitingRoomFilter(@Value("${contest.admission.enabled:true}") boolean enabled, Lanes lanes, WaitingRooms rooms,
                      SeatLedger seats, BearerHolders holders, SecurityHeadersFilter securityHeaders, Clock clock,
                      @Value("${contest.jwt.secret}") String secret,
                      @Value("${contest.admission.ticket-validity:10m}") Duration ticketValidity) {
        this.enabled = enabled;
        this.lanes = lanes;
        this.rooms = rooms;
        this.seats = seats;
        this.holders = holders;
        this.securityHeaders = securityHeaders;
        this.clock = clock;
        this.tickets = new Tickets(secret, ticketValidity);
    }

    /** The refusal, or on (to routing) with a place in the lane; anything not the room's goes on as it is. */
    @PreMatching
    @RequestFilter
    Publisher<MutableHttpResponse<?>> arrive(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (!enabled) {
            return chain.proceed();
        }
        Admission admission = LaneClassifier.classify(request.getMethodName(), request.getPath());
        Lane lane = admission.lane();
        if (lane != Lane.START && lane != Lane.SIGN_IN) {
            return chain.proceed();
        }
        String room = admission.room().orElseThrow();
        Instant now = clock.instant();
        String holder;
        if (lane == Lane.START) {
            Optional<String> account = holders.holder(request.getHeaders().get(HttpHeaders.AUTHORIZATION), now);
            if (account.isEmpty()) {
                // no token of ours, or an expired one: security answers 401 without any work worth queueing
                return chain.proceed();
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
                    lanes.sawRoom(room, turn.issued() - turn.serving(), visit.pending());
                    if (turn.admitted()) {
                        return inTurn(chain, lane, loop);
                    }
                    lanes.refused(lane);
                    MutableHttpResponse<?> refusal = waiting(lane, tickets.issue(room, visit.line(), turn.ticket(), holder, now),
                            turn, visit.perSecond());
                    securityHeaders.protect(request, refusal);
                    return Mono.just(refusal);
                });
    }

    /**
     * Let in by the room: on with the lane's next free place on this node, first come first served
     * ({@link Lanes#inTurn}); a client gone meanwhile gives up its turn, or the place it was given.
     */
    private Publisher<MutableHttpResponse<?>> inTurn(FilterContinuation<Publisher<MutableHttpResponse<?>>> chain,
                                                     Lane lane, Executor loop) {
        CompletableFuture<Limiter.Listener> turn = lanes.inTurn(lane);
        AtomicBoolean settled = new AtomicBoolean();
        return Mono.fromFuture(turn.thenApplyAsync(place -> place, loop), true)
                // settled first by a cancel: the cancel gave the place back
                .flatMapMany(place -> settled.compareAndSet(false, true)
                        ? AdmissionFilter.holding(chain.proceed(), place) : Mono.<MutableHttpResponse<?>>empty())
                .doOnCancel(() -> {
                    if (settled.compareAndSet(false, true) && !turn.cancel(false)) {
                        turn.thenAccept(Limiter.Listener::onIgnore);
                    }
                });
    }

    private static MutableHttpResponse<?> waiting(Lane lane, String token, WaitingLine.Turn turn, double perSecond) {
        // the pace is the lanes' capacity across the nodes (Pace): called (place 0) means come back at once
        long place = turn.place();
        long estimated = Pace.estimatedSeconds(place, turn.calledAhead(), perSecond);
        long retryAfterMs = Pace.retryAfterMs(turn, perSecond);
        // while the line ahead is still cleared of people who left, the place counts them: no wait is promised
        boolean counting = turn.clearing();
        String vi = counting ? "Hệ thống đang đông — đang xếp chỗ cho bạn, trang sẽ tự thử lại sau giây lát."
                : lane == Lane.START
                ? "Hệ thống đang đông — bạn sẽ được vào thi sau khoảng " + estimated + " giây."
                : "Hệ thống đang đông — vui lòng chờ khoảng " + estimated + " giây, trang sẽ tự thử lại.";
        String en = counting ? "The platform is busy — finding your place in line; the page retries in a moment."
                : lane == Lane.START
                ? "The platform is busy — you will be let in in about " + estimated + " seconds."
                : "The platform is busy — please wait about " + estimated + " seconds; the page retries by itself.";
        long retryAfter = (retryAfterMs + 999) / 1000;
        ApiException refusal = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "WAITING_ROOM", vi, en, List.of(),
                Map.of("ticket", token, "place", place, "estimatedSeconds", estimated,
                        "retryAfterSeconds", retryAfter, "retryAfterMs", retryAfterMs, "counting", counting));
        return HttpResponse.<Object>status(HttpStatus.SERVICE_UNAVAILABLE).body(refusal.toBody())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .header(TICKET_HEADER, token)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
