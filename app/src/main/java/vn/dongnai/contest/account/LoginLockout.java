package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locks a login after repeated wrong passwords for one account from one client address
 * ({@link LockoutPolicy}): staff after 5, contestants after 10 by default. Kept in MySQL, so it
 * holds across app nodes and while Redis is away.
 */
@Singleton
class LoginLockout {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;
    private final LockoutPolicy staffPolicy;
    private final LockoutPolicy contestantPolicy;

    LoginLockout(Sql sql, AuditLog audit, Clock clock,
                 @Value("${contest.staff.lockout.max-failures:5}") int staffFailures,
                 @Value("${contest.staff.lockout.duration:15m}") Duration staffDuration,
                 @Value("${contest.login.lockout.max-failures:10}") int contestantFailures,
                 @Value("${contest.login.lockout.duration:15m}") Duration contestantDuration) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
        Duration window = Duration.ofHours(1);
        this.staffPolicy = new LockoutPolicy(staffFailures, staffDuration, window);
        this.contestantPolicy = new LockoutPolicy(contestantFailures, contestantDuration, window);
    }

    /** Refuses the login with the time the lock lifts, in Vietnam time, when this address is locked out. */
    void refuseIfLocked(long accountId, byte[] addressHash) {
        Optional<Instant> until = sql.one("SELECT locked_until FROM login_failure WHERE account_id = ? AND address_hash = ?"
                        + " AND locked_until > ?", rs -> Sql.instant(rs, "locked_until"), accountId, addressHash, clock.instant());
        if (until.isPresent()) {
            throw locked(until.get());
        }
    }

    static ApiException locked(Instant until) {
        String at = TIME.format(until.atZone(VIETNAM));
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_LOCKED",
                "Tài khoản tạm thời không đăng nhập được từ thiết bị này vì nhập sai mật khẩu nhiều lần. "
                        + "Bạn có thể thử lại sau " + at + " (giờ Việt Nam), hoặc liên hệ ban tổ chức để được hỗ trợ.",
                "Too many wrong passwords from this address: try again after " + until + ".",
                java.util.List.of(), Map.of("lockedUntil", until.toString(), "retryAfterSeconds", seconds));
    }

    /** Counts a wrong password; the failure that reaches the limit locks and is audited. */
    @Transactional
    void failed(Account account, byte[] addressHash) {
        LockoutPolicy policy = account.username() != null ? staffPolicy : contestantPolicy;
        Instant now = clock.instant();
        record Row(int failures, Instant firstFailedAt, int locks) {
        }
        Optional<Row> row = sql.one("SELECT failures, first_failed_at, locks FROM login_failure "
                        + "WHERE account_id = ? AND address_hash = ? FOR UPDATE",
                rs -> new Row(rs.getInt("failures"), Sql.instant(rs, "first_failed_at"), rs.getInt("locks")), account.id(),
                addressHash);
        if (row.isEmpty()) {
            sql.update("INSERT INTO login_failure (account_id, address_hash, failures, first_failed_at) VALUES (?, ?, 1, ?) "
                    + "ON DUPLICATE KEY UPDATE failures = failures + 1", account.id(), addressHash, now);
            if (!policy.locks(1)) {
                return;
            }
            row = Optional.of(new Row(0, now, 0));
        }
        int failures = policy.failuresAfterOneMore(row.get().failures(), row.get().firstFailedAt(), now);
        Instant firstFailedAt = failures == 1 ? now : row.get().firstFailedAt();
        if (!policy.locks(failures)) {
            sql.update("UPDATE login_failure SET failures = ?, first_failed_at = ? WHERE account_id = ? AND address_hash = ?",
                    failures, firstFailedAt, account.id(), addressHash);
            return;
        }
        int locks = row.get().locks() + 1;
        Instant until = now.plus(policy.lockLength(locks));
        sql.update("UPDATE login_failure SET failures = 0, first_failed_at = ?, locked_until = ?, locks = ? "
                + "WHERE account_id = ? AND address_hash = ?", now, until, locks, account.id(), addressHash);
        Map<String, Object> details = new LinkedHashMap<>();
        if (account.username() != null) {
            details.put("username", account.username());
        }
        details.put("failures", failures);
        details.put("lock", locks);
        details.put("lockedUntil", until.toString());
        audit.record(null, "system", account.username() != null ? "STAFF_LOCKED" : "LOGIN_LOCKED", "account",
                account.id(), null, details);
    }

    /** A right password from this address forgets its failures (a lock still runs out on its own). */
    void succeeded(long accountId, byte[] addressHash) {
        sql.update("DELETE FROM login_failure WHERE account_id = ? AND address_hash = ? AND locked_until IS NULL",
                accountId, addressHash);
        sql.update("UPDATE login_failure SET failures = 0 WHERE account_id = ? AND address_hash = ? AND failures > 0",
                accountId, addressHash);
    }

    /** An ADMIN's reset or re-enable lifts every lock of the account. */
    void unlock(long accountId) {
        sql.update("DELETE FROM login_failure WHERE account_id = ?", accountId);
    }
}
