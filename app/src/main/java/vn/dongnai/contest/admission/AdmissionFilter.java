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
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import vn.dongnai.contest.system.ApiException;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits every contestant request by its lane ({@link LaneClassifier}) before any blocking work:
 * it runs on the event loop, before authentication, and either lets the request on with a place in
 * its lane's limiter ({@link Lanes}), released when the answer is complete, or answers at once.
 * Before authentication because Micronaut Security's session check ({@code account/SessionValidity})
 * is itself blocking work for a person this node has not seen lately — a lookup in Redis or MySQL on
 * the blocking pool — and a start wave is exactly such people: checked first, every refused try of
 * the wave queued on the pool ahead of the autosaves of people mid-attempt, and was answered only
 * once its lookup was done (seconds, docs/performance.md, "Overload").
 * <p>
 * Starts and sign-ins are let in or refused earlier still, before routing, by the waiting room's door
 * ({@link WaitingRoomFilter}). A refused public read gets the short cache's copy with
 * {@code X-Stale: true}, or 503 {@code BUSY} when there is none.
 * {@code contest.admission.enabled=false} lets everything through.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class AdmissionFilter implements HttpServerFilter {

    static final String STALE_HEADER = "X-Stale";

    private final boolean enabled;
    private final Lanes lanes;
    private final StaleReads staleReads;

    AdmissionFilter(@Value("${contest.admission.enabled:true}") boolean enabled, Lanes lanes, StaleReads staleReads) {
        this.enabled = enabled;
        this.lanes = lanes;
        this.staleReads = staleReads;
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
            // let in or refused before routing, by the waiting room's door (WaitingRoomFilter)
            case START, SIGN_IN -> chain.proceed(request);
        };
    }

    private Publisher<MutableHttpResponse<?>> read(HttpRequest<?> request, ServerFilterChain chain, Admission admission) {
        String address = request.getUri().toString();
        boolean keep = admission.copyFrom().keeps(request.getHeaders().contains(HttpHeaders.AUTHORIZATION));
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

    private static Publisher<MutableHttpResponse<?>> proceed(HttpRequest<?> request, ServerFilterChain chain,
                                                             Limiter.Listener place) {
        return holding(chain.proceed(request), place);
    }

    /** The answer, with a place in the lane given back once it is complete (or the client went away). */
    static <R> Publisher<R> holding(Publisher<R> answer, Limiter.Listener place) {
        // Micronaut cancels the filter's publisher once it has taken the one response: served, not gone
        AtomicBoolean answered = new AtomicBoolean();
        return Flux.from(answer).doOnNext(r -> answered.set(true)).doFinally(signal -> {
            if (signal == SignalType.CANCEL && !answered.get()) {
                place.onIgnore();
            } else {
                place.onSuccess();
            }
        });
    }
}
