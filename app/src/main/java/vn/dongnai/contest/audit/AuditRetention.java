package vn.dongnai.contest.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit log is kept at least 12 months. By default it is never purged; an operator may set
 * {@code contest.audit.retention-days} (AUDIT_RETENTION_DAYS) to 365 or more, and only entries
 * older than that are then deleted. A shorter retention refuses to start, so nobody can shorten
 * the log by a typo.
 */
@Singleton
class AuditRetention {

    static final int MINIMUM_DAYS = 365;
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    private static final int BATCH = 5_000;

    private final Sql sql;
    private final Clock clock;
    private final int retentionDays;

    AuditRetention(Sql sql, Clock clock, @Value("${contest.audit.retention-days:0}") int retentionDays) {
        if (retentionDays != 0 && retentionDays < MINIMUM_DAYS) {
            throw new IllegalStateException("contest.audit.retention-days must be 0 (keep forever) or at least "
                    + MINIMUM_DAYS + ", not " + retentionDays);
        }
        this.sql = sql;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Entries before the returned instant may be deleted; empty when nothing may be. */
    static Optional<Instant> purgeBefore(int retentionDays, Instant now) {
        if (retentionDays < MINIMUM_DAYS) {
            return Optional.empty();
        }
        return Optional.of(now.minus(Duration.ofDays(retentionDays)));
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "10m")
    void purge() {
        Optional<Instant> before = purgeBefore(retentionDays, clock.instant());
        if (before.isEmpty()) {
            return;
        }
        int deleted;
        int total = 0;
        do {
            deleted = sql.update("DELETE FROM audit_log WHERE at < ? ORDER BY at LIMIT " + BATCH, before.get());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.info("Audit log: deleted {} entries older than {} days", total, retentionDays);
        }
    }
}
