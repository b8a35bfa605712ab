package vn.dongnai.contest.review;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The farming signals on hand-made registrations and attempts, without a database. */
class FarmingRulesTest {

    static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");
    static final FarmingRules.Thresholds T = new FarmingRules.Thresholds(3, 5, Duration.ofMinutes(10), 3,
            Duration.ofSeconds(60));

    private static List<FarmingRules.Registration> fromOneAddress(int n, Duration apart) {
        List<FarmingRules.Registration> registrations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            registrations.add(new FarmingRules.Registration(i + 1, T0.plus(apart.multipliedBy(i)), "addr", "net" + i));
        }
        return registrations;
    }

    @Test
    void threeRegistrationsFromOneAddressWithinTheWindowFlagEachOfThemOnce() {
        List<ReviewRules.Flag> flags = FarmingRules.registrationBursts(fromOneAddress(3, Duration.ofMinutes(4)), T);

        assertEquals(List.of(1L, 2L, 3L), flags.stream().map(ReviewRules.Flag::accountId).toList());
        assertTrue(flags.stream().allMatch(f -> FarmingRules.REGISTRATION_BURST.equals(f.kind())));
        assertEquals(3, flags.getFirst().evidence().get("registrations"));
        assertEquals(List.of(2L, 3L), flags.getFirst().evidence().get("otherAccounts"));
    }

    @Test
    void theSameRegistrationsSpreadBeyondTheWindowAreNotABurst() {
        assertEquals(List.of(), FarmingRules.registrationBursts(fromOneAddress(3, Duration.ofMinutes(6)), T));
    }

    @Test
    void aZeroThresholdSwitchesTheSignalOff() {
        FarmingRules.Thresholds off = new FarmingRules.Thresholds(0, 0, Duration.ofMinutes(10), 0, Duration.ZERO);

        assertEquals(List.of(), FarmingRules.registrationBursts(fromOneAddress(10, Duration.ofSeconds(1)), off));
        assertEquals(List.of(), FarmingRules.sameFingerprint(
                List.of(new ReviewRules.SharedOrigin("fp", Set.of(1L, 2L, 3L, 4L))), off));
        assertEquals(List.of(), FarmingRules.quickFromRegistration(
                List.of(new FarmingRules.FirstAttempt(1, T0, T0.plusSeconds(1), T0.plusSeconds(2))), off));
    }

    @Test
    void oneDeviceFingerprintBehindThreeAccountsFlagsAllThreeAndTwoAccountsDoNot() {
        List<ReviewRules.Flag> three = FarmingRules.sameFingerprint(
                List.of(new ReviewRules.SharedOrigin("fp", Set.of(1L, 2L, 3L))), T);
        List<ReviewRules.Flag> two = FarmingRules.sameFingerprint(
                List.of(new ReviewRules.SharedOrigin("fp", Set.of(1L, 2L))), T);

        assertEquals(3, three.size());
        assertTrue(three.stream().allMatch(f -> FarmingRules.SAME_FINGERPRINT.equals(f.kind())));
        assertEquals(List.of(), two);
    }

    @Test
    void anAccountThatSubmitsWithinAMinuteOfRegisteringIsQuickAndOneThatTakesLongerIsNot() {
        List<ReviewRules.Flag> flags = FarmingRules.quickFromRegistration(List.of(
                new FarmingRules.FirstAttempt(1, T0, T0.plusSeconds(10), T0.plusSeconds(45)),
                new FarmingRules.FirstAttempt(2, T0, T0.plusSeconds(10), T0.plusSeconds(60))), T);

        assertEquals(List.of(1L), flags.stream().map(ReviewRules.Flag::accountId).toList());
        assertEquals(45L, flags.getFirst().evidence().get("secondsToSubmit"));
    }
}
