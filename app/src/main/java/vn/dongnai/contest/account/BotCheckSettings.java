package vn.dongnai.contest.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The bot check (ALTCHA proof of work): on for the public, off for load tests and the API tests
 * that do not test it. {@code maxNumber} sets the work: a phone hashes about half of it on average.
 */
@ConfigurationProperties("contest.altcha")
record BotCheckSettings(boolean enabled,
                               @Nullable String hmacKey,
                               long maxNumber,
                               Duration expires,
                               int loginFailuresBeforeCheck) {
}
