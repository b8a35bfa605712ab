package vn.dongnai.contest.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When repeated wrong passwords lock a login, and for how long. */
class LockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final LockoutPolicy staff = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void theFifthWrongPasswordInARowLocksAStaffLogin() {
        assertFalse(staff.locks(4));
        assertTrue(staff.locks(5));
    }

    @Test
    void aWrongPasswordWithinTheHourAddsToTheEarlierOnes() {
        assertEquals(4, staff.failuresAfterOneMore(3, NOW.minus(Duration.ofMinutes(59)), NOW));
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenAndCountingStartsAgain() {
        assertEquals(1, staff.failuresAfterOneMore(4, NOW.minus(Duration.ofMinutes(61)), NOW));
    }

    @Test
    void eachNewLockFromTheSameAddressLastsTwiceAsLong() {
        assertEquals(Duration.ofMinutes(15), staff.lockLength(1));
        assertEquals(Duration.ofMinutes(30), staff.lockLength(2));
        assertEquals(Duration.ofMinutes(60), staff.lockLength(3));
    }

    @Test
    void noLockLastsLongerThanADay() {
        assertEquals(Duration.ofHours(24), staff.lockLength(50));
    }

    @Test
    void aPolicyThatCouldNeverLockRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(15), Duration.ofHours(1)));
        assertThrows(IllegalStateException.class, () -> new LockoutPolicy(5, Duration.ZERO, Duration.ofHours(1)));
    }
}
