package vn.dongnai.contest.account;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Limits on login and registration; lifted by configuration for load tests. */
@ConfigurationProperties("contest.rate-limit")
public record RateLimits(long loginPerUsernamePerMinute,
                         long loginPerIpPerMinute,
                         long registerPerIpPerMinute,
                         long registerPerIdentityPerHour) {
}
