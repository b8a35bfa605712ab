package vn.dongnai.contest.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Xóa tài khoản (the right to deletion of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP). Honoured at
 * once when the person has no entry in a round (or a contest with its own prizes) whose awards are
 * not yet final — signed or published; otherwise scheduled, and {@link ErasureJob} carries it out
 * when they are. Erasing removes or replaces every personal datum and keeps the contest records
 * (attempts, answers, frozen rankings, prize decisions) under a pseudonym; README "Personal data
 * rights" says which and why. Every request and its outcome is audited.
 */
@Singleton
class AccountErasure {

    static final String SCHEDULED = "SCHEDULED";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Sql sql;
    private final Passwords passwords;
    private final PersonalData personalData;
    private final SessionValidity sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final RefreshTokenRepository refreshTokens;
    private final ApplicationEventPublisher<AccountErased> erased;

    AccountErasure(Sql sql, Passwords passwords, PersonalData personalData, SessionValidity sessions, AuditLog audit,
                   Clock clock, RefreshTokenRepository refreshTokens, ApplicationEventPublisher<AccountErased> erased) {
        this.sql = sql;
        this.refreshTokens = refreshTokens;
        this.erased = erased;
        this.passwords = passwords;
        this.personalData = personalData;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record DeletionBody(@Nullable String password) {
    }

    /** Where a request stands; {@code waitingFor}: the rounds and contests whose awards are not final yet. */
    @Serdeable
    record DeletionStatus(String status, String statusLabel, Instant requestedAt, @Nullable Instant completedAt,
                          List<String> waitingFor, String message) {
    }

    @Transactional
    DeletionStatus request(long accountId, DeletionBody body) {
        String hash = sql.one("SELECT password_hash FROM account WHERE id = ? AND erased_at IS NULL FOR UPDATE",
                rs -> rs.getString("password_hash"), accountId).orElseThrow(() -> ApiException.notFound("tài khoản"));
        if (body == null || body.password() == null || !passwords.matches(body.password(), hash)) {
            new FieldErrors().add("password", "WRONG", "Mật khẩu không đúng. Vui lòng nhập mật khẩu hiện tại để xác nhận xóa tài khoản.",
                    "Wrong password: enter your current password to confirm.").throwIfAny();
        }
        Instant now = clock.instant();
        Optional<DeletionStatus> pending = status(accountId).filter(s -> SCHEDULED.equals(s.status()));
        if (pending.isPresent()) {
            return pending.get();
        }
        List<String> waiting = waitingFor(accountId);
        sql.update("""
                INSERT INTO account_deletion (account_id, status, requested_at, waiting_rounds, completed_at) VALUES (?, ?, ?, ?, NULL)
                ON DUPLICATE KEY UPDATE status = VALUES(status), requested_at = VALUES(requested_at),
                                        waiting_rounds = VALUES(waiting_rounds), completed_at = NULL""",
                accountId, SCHEDULED, now, String.join(",", waiting));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", waiting.isEmpty() ? "ERASED_AT_ONCE" : "SCHEDULED");
        after.put("waitingFor", waiting);
        audit.record(accountId, "contestant", "ACCOUNT_DELETION_REQUESTED", "account", accountId, null, after);
        if (waiting.isEmpty()) {
            erase(accountId, now);
        }
        return status(accountId).orElseThrow();
    }

    /** Withdraws a scheduled request; the account stays as it is. */
    @Transactional
    Optional<DeletionStatus> cancel(long accountId) {
        int changed = sql.update("UPDATE account_deletion SET status = ? WHERE account_id = ? AND status = ?",
                CANCELLED, accountId, SCHEDULED);
        if (changed == 0) {
            return Optional.empty();
        }
        audit.record(accountId, "contestant", "ACCOUNT_DELETION_CANCELLED", "account", accountId,
                Map.of("status", SCHEDULED), Map.of("status", CANCELLED));
        return status(accountId);
    }

    Optional<DeletionStatus> status(long accountId) {
        return sql.one("SELECT status, requested_at, completed_at, waiting_rounds FROM account_deletion WHERE account_id = ?",
                rs -> {
                    String status = rs.getString("status");
                    String waiting = rs.getString("waiting_rounds");
                    List<String> labels = SCHEDULED.equals(status) && waiting != null && !waiting.isBlank()
                            ? List.of(waiting.split(",")) : List.of();
                    return new DeletionStatus(status, label(status), Sql.instant(rs, "requested_at"),
                            Sql.instant(rs, "completed_at"), labels, message(status));
                }, accountId).map(s -> new DeletionStatus(s.status(), s.statusLabel(), s.requestedAt(), s.completedAt(),
                        s.waitingFor().stream().map(this::describe).toList(), s.message()));
    }

    /** "R12" → "Đợt 1 — Cuộc thi …", "C3" → "Giải toàn cuộc thi — Cuộc thi …": no code reaches the page. */
    private String describe(String scope) {
        long id;
        try {
            id = Long.parseLong(scope.substring(1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return scope;
        }
        if (scope.startsWith("R")) {
            return sql.one("""
                    SELECT r.name AS round_name, c.name AS contest_name
                    FROM contest_round r JOIN contest c ON c.id = r.contest_id WHERE r.id = ?""",
                    rs -> rs.getString("round_name") + " — " + rs.getString("contest_name"), id).orElse("Đợt thi đã xóa");
        }
        return sql.one("SELECT name FROM contest WHERE id = ?", rs -> "Giải toàn cuộc thi — " + rs.getString("name"), id)
                .orElse("Cuộc thi đã xóa");
    }

    /**
     * Rounds ("R12") with an entry of this account and no signed or published decision, and
     * contests ("C3") it took part in that have prizes of their own without one.
     */
    List<String> waitingFor(long accountId) {
        List<String> rounds = sql.list("""
                SELECT DISTINCT CONCAT('R', t.round_id) AS scope_key FROM attempt t
                WHERE t.account_id = ? AND NOT EXISTS (
                    SELECT 1 FROM award_decision d WHERE d.scope_key = CONCAT('R', t.round_id)
                    AND d.status IN ('SIGNED', 'PUBLISHED'))
                ORDER BY scope_key""", rs -> rs.getString("scope_key"), accountId);
        List<String> contests = sql.list("""
                SELECT DISTINCT CONCAT('C', r.contest_id) AS scope_key FROM attempt t JOIN contest_round r ON r.id = t.round_id
                WHERE t.account_id = ?
                  AND EXISTS (SELECT 1 FROM prize_tier p WHERE p.scope_key = CONCAT('C', r.contest_id))
                  AND NOT EXISTS (SELECT 1 FROM award_decision d WHERE d.scope_key = CONCAT('C', r.contest_id)
                                  AND d.status IN ('SIGNED', 'PUBLISHED'))
                ORDER BY scope_key""", rs -> rs.getString("scope_key"), accountId);
        return java.util.stream.Stream.concat(rounds.stream(), contests.stream()).collect(Collectors.toList());
    }

    /** The scheduled requests, for the job. */
    List<Long> scheduled() {
        return sql.list("SELECT account_id FROM account_deletion WHERE status = ? ORDER BY requested_at LIMIT 500",
                rs -> rs.getLong("account_id"), SCHEDULED);
    }

    /** The job's turn for one request: erased if nothing waits any more, else the waiting list refreshed. */
    @Transactional
    boolean carryOutIfFinal(long accountId) {
        Optional<String> status = sql.one("SELECT status FROM account_deletion WHERE account_id = ? FOR UPDATE",
                rs -> rs.getString("status"), accountId);
        if (status.isEmpty() || !SCHEDULED.equals(status.get())) {
            return false;
        }
        List<String> waiting = waitingFor(accountId);
        if (!waiting.isEmpty()) {
            sql.update("UPDATE account_deletion SET waiting_rounds = ? WHERE account_id = ?", String.join(",", waiting), accountId);
            return false;
        }
        erase(accountId, clock.instant());
        return true;
    }

    /**
     * Removes or replaces every personal datum of the account, in the caller's transaction. Citizen ID
     * and phone hashes become random bytes (the numbers can register again, and nothing links them
     * here), their ciphers are emptied, the name becomes a pseudonym, e-mail and birth date go, and
     * the traces kept for fraud review (address and device hashes) are deleted; {@link AccountErased}
     * lets identity and attempt do the same for what they keep.
     */
    private void erase(long accountId, Instant now) {
        String pseudonym = "Người dự thi đã xóa " + pseudonymTag();
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        sql.update("""
                UPDATE account SET full_name = ?, password_hash = ?, enabled = FALSE, password_change_required = FALSE,
                                   erased_at = ? WHERE id = ?""",
                pseudonym, passwords.hash(Base64.getEncoder().encodeToString(unusable)), now, accountId);
        sql.update("""
                UPDATE participant SET citizen_id_hash = ?, citizen_id_cipher = ?, phone_hash = ?, phone_cipher = ?,
                                       email = NULL, birth_date = '1900-01-01', display_name = ?, name_key = ''
                WHERE account_id = ?""",
                randomBytes(), personalData.encrypt(""), randomBytes(), personalData.encrypt(""), pseudonym, accountId);
        sql.update("DELETE FROM registration_origin WHERE account_id = ?", accountId);
        sql.update("DELETE FROM login_failure WHERE account_id = ?", accountId);
        sql.update("DELETE FROM password_reset WHERE account_id = ?", accountId);
        sql.update("DELETE FROM account_notice WHERE account_id = ?", accountId);
        refreshTokens.deleteAllOf(accountId);
        // identity's claims and verifications, attempt's origins: their own packages, in this transaction
        erased.publishEvent(new AccountErased(accountId, pseudonym));
        sql.update("UPDATE account_deletion SET status = ?, completed_at = ?, waiting_rounds = NULL WHERE account_id = ?",
                DONE, now, accountId);
        sessions.endSessions(accountId);
        audit.record(accountId, "system", "ACCOUNT_ERASED", "account", accountId, null,
                Map.of("pseudonym", pseudonym, "kept", "attempts, answers, rankings, prize decisions"));
    }

    private static String pseudonymTag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append(PSEUDONYM_ALPHABET.charAt(RANDOM.nextInt(PSEUDONYM_ALPHABET.length())));
        }
        return tag.toString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String label(String status) {
        return switch (status) {
            case SCHEDULED -> "Đã lên lịch, chờ kết quả xét giải chính thức";
            case DONE -> "Đã xóa";
            case CANCELLED -> "Đã hủy yêu cầu";
            default -> "Khác";
        };
    }

    private static String message(String status) {
        return switch (status) {
            case SCHEDULED -> "Bạn đang có bài dự thi trong đợt thi chưa có kết quả xét giải chính thức. Tài khoản sẽ được "
                    + "xóa tự động ngay khi kết quả được ký duyệt; đến lúc đó bạn vẫn đăng nhập được và có thể hủy yêu cầu.";
            case DONE -> "Tài khoản và dữ liệu cá nhân của bạn đã được xóa. Kết quả thi và giải thưởng được giữ lại dưới "
                    + "tên ẩn danh theo quy định về lưu trữ hồ sơ.";
            default -> "Yêu cầu xóa tài khoản đã được hủy.";
        };
    }
}
