package vn.dongnai.contest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.AccountErased;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A committee member records that they checked a contestant's papers against the registration:
 * who, how, when. Signing a prize decision waits for every winner to have one.
 */
@Singleton
class IdentityVerifications {

    /** In person with the original card, on a video call showing it, or a certified copy. */
    static final Set<String> METHODS = Set.of("IN_PERSON", "VIDEO_CALL", "CERTIFIED_COPY", "VNEID");

    private final Sql sql;
    private final vn.dongnai.contest.audit.AuditLog audit;
    private final Clock clock;

    IdentityVerifications(Sql sql, vn.dongnai.contest.audit.AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** An erased account's verifications keep who, how and when, not the note; in the erasure's transaction. */
    @EventListener
    void erased(AccountErased event) {
        sql.update("UPDATE identity_verification SET note = NULL WHERE account_id = ?", event.accountId());
    }

    @Serdeable
    record Verification(@Nullable String method, @Nullable String note) {
    }

    @Serdeable
    record Verified(long accountId, String method, @Nullable String note, long verifiedBy, Instant verifiedAt) {
    }

    @Transactional
    Verified verify(Actor actor, long accountId, Verification body) {
        FieldErrors errors = new FieldErrors();
        String method = body == null || body.method() == null ? "" : body.method().strip().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            errors.add("method", "INVALID", "Chọn cách xác minh: trực tiếp, gọi video, bản sao chứng thực hoặc VNeID.",
                    "method must be IN_PERSON, VIDEO_CALL, CERTIFIED_COPY or VNEID.");
        }
        String note = FreeText.normalize(body == null ? null : body.note());
        if (note.length() > 500) {
            errors.add("note", "TOO_LONG", "Ghi chú tối đa 500 ký tự.", "The note is at most 500 characters.");
        } else {
            FreeText.check(errors, "note", note);
        }
        errors.throwIfAny();
        boolean enabledContestant = sql.one("""
                SELECT a.enabled FROM account a JOIN participant p ON p.account_id = a.id WHERE a.id = ? FOR UPDATE""",
                rs -> rs.getBoolean("enabled"), accountId).orElseThrow(() -> ApiException.notFound("thí sinh"));
        if (!enabledContestant) {
            throw new ApiException(io.micronaut.http.HttpStatus.CONFLICT, "ACCOUNT_DISABLED",
                    "Tài khoản này đã bị khóa, không thể xác minh.", "This account is disabled.");
        }
        Instant now = clock.instant();
        Map<String, Object> before = sql.one("SELECT method, verified_by, verified_at FROM identity_verification WHERE account_id = ?",
                rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("method", rs.getString("method"));
                    m.put("verifiedBy", rs.getLong("verified_by"));
                    m.put("verifiedAt", Sql.instant(rs, "verified_at").toString());
                    return m;
                }, accountId).orElse(null);
        sql.update("""
                INSERT INTO identity_verification (account_id, method, note, verified_by, verified_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE method = VALUES(method), note = VALUES(note), verified_by = VALUES(verified_by),
                                        verified_at = VALUES(verified_at)""",
                accountId, method, note.isEmpty() ? null : note, actor.id(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("method", method);
        after.put("note", note);
        after.put("verifiedBy", actor.id());
        after.put("verifiedAt", now.toString());
        audit.record(actor, "IDENTITY_VERIFIED", "account", accountId, before, after);
        return new Verified(accountId, method, note.isEmpty() ? null : note, actor.id(), now);
    }
}
