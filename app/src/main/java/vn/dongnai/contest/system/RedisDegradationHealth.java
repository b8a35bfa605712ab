package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health} says DEGRADED (still serving, HTTP 200) while some Redis use has fallen back within
 * the last {@code contest.redis.degraded-window}: a load balancer keeps the node, a person looks.
 */
@Singleton
final class RedisDegradationHealth implements HealthIndicator {

    /**
     * Still serving (HTTP 200). Its "operational" is left unset on purpose: Micronaut ranks an unset
     * status above UP and below DOWN, so the overall status shows DEGRADED, and DOWN still wins.
     */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
            "Redis failed recently; boards may lag, limits are per node", null, 1);

    private final RedisDegradation degradation;
    private final Clock clock;
    private final Duration window;

    RedisDegradationHealth(RedisDegradation degradation, Clock clock,
                           @Value("${contest.redis.degraded-window:60s}") Duration window) {
        this.degradation = degradation;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        degradation.since(clock.instant().minus(window)).forEach((use, at) -> details.put(use, at.toString()));
        HealthStatus status = details.isEmpty() ? HealthStatus.UP : DEGRADED;
        return Mono.just(HealthResult.builder("redisDegradation", status).details(details).build());
    }
}
