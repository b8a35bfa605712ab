package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Locks a staff account after repeated wrong passwords (by default 5 in a row → 15 minutes).
 * Staff accounts open the organizer console, so a guessed password costs more than a contestant's;
 * contestants are covered by the per-username rate limit instead, because a lockout there would
 * let anyone keep a contestant out on contest day. Kept in MySQL, so it holds across app nodes.
 */
@Singleton
class StaffLockout {

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration duration;

    StaffLockout(Sql sql, AuditLog audit, Clock clock,
                 @Value("${contest.staff.lockout.max-failures:5}") int maxFailures,
                 @Value("${contest.staff.lockout.duration:15m}") Duration duration) {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException("contest.staff.lockout needs max-failures >= 1 and a positive duration");
        }
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.duration = duration;
    }

    boolean locked(long accountId) {
        return sql.one("SELECT locked_until IS NOT NULL AND locked_until > ? FROM account WHERE id = ?",
                rs -> rs.getBoolean(1), clock.instant(), accountId).orElse(false);
    }

    /** Counts a wrong password; the failure that reaches the limit locks the account and is audited. */
    @Transactional
    void failed(Account account) {
        int failures = sql.one("SELECT failed_logins FROM account WHERE id = ? FOR UPDATE",
                rs -> rs.getInt(1), account.id()).orElse(0) + 1;
        if (failures < maxFailures) {
            sql.update("UPDATE account SET failed_logins = ? WHERE id = ?", failures, account.id());
            return;
        }
        Instant until = clock.instant().plus(duration);
        sql.update("UPDATE account SET failed_logins = 0, locked_until = ? WHERE id = ?", until, account.id());
        audit.record(null, "system", "STAFF_LOCKED", "account", account.id(), null,
                Map.of("username", account.username(), "failures", failures, "lockedUntil", until.toString()));
    }

    void succeeded(long accountId) {
        sql.update("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ? "
                + "AND (failed_logins > 0 OR locked_until IS NOT NULL)", accountId);
    }

    /** An ADMIN's reset or re-enable lifts a lock. */
    void unlock(long accountId) {
        succeeded(accountId);
    }
}
