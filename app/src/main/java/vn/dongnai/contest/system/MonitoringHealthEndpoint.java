package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;

import java.security.Principal;

/**
 * {@code /health} for a load balancer: anyone gets {@code {"status":"UP"}} or DOWN (503). The
 * details (database product, version and URL, Redis, disk) are for the monitoring credential or an
 * ADMIN only; Micronaut's own setting knows only "anonymous" or "any signed-in user", and any
 * member of the public can sign in as a contestant.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class MonitoringHealthEndpoint extends HealthEndpoint {

    MonitoringHealthEndpoint(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                             @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return Monitoring.mayReadDetails(principal) ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
