package vn.dongnai.contest.audit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void byDefaultNothingIsEverPurged() {
        assertEquals(Optional.empty(), AuditRetention.purgeBefore(0, NOW));
    }

    @Test
    void aConfiguredRetentionPurgesOnlyEntriesOlderThanIt() {
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(400))), AuditRetention.purgeBefore(400, NOW));
    }

    @Test
    void aRetentionShorterThanTwelveMonthsRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AuditRetention(null, Clock.systemUTC(), 364));

        assertEquals(true, e.getMessage().contains("at least 365"));
    }

    @Test
    void twelveMonthsIsAccepted() {
        new AuditRetention(null, Clock.systemUTC(), 365);
    }
}
