package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tài khoản của tôi: see my registration (my own citizen ID and phone in clear — they are mine),
 * correct my unit, commune and e-mail (name, birth date, citizen ID and phone only through the
 * support desk, since prizes depend on them), change my password, download what the platform
 * holds about me. Every change and download is audited.
 */
@Singleton
class MyAccount {

    private final Sql sql;
    private final ContestantRecords records;
    private final RegistrationService registrations;
    private final Passwords passwords;
    private final RefreshTokenStore refreshTokens;
    private final SessionValidity sessions;
    private final AccountErasure erasure;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    MyAccount(Sql sql, ContestantRecords records, RegistrationService registrations, Passwords passwords,
              RefreshTokenStore refreshTokens, SessionValidity sessions, AccountErasure erasure, AuditLog audit,
              JsonMapper json, Clock clock) {
        this.sql = sql;
        this.records = records;
        this.registrations = registrations;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.erasure = erasure;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Serdeable
    record Mine(ContestantRecords.RegistrationRecord registration, ContestantRecords.ConsentRecord consent,
                @Nullable AccountErasure.DeletionStatus deletion) {
    }

    @Serdeable
    record Corrections(@Nullable String unit, @Nullable String commune, @Nullable String email) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    /** The file "download my data" hands over. */
    @Serdeable
    record MyData(String about, Instant generatedAt, ContestantRecords.RegistrationRecord registration,
                  ContestantRecords.ConsentRecord consent, List<ContestantRecords.AttemptRecord> attempts,
                  List<ContestantRecords.ResultRecord> results, @Nullable AccountErasure.DeletionStatus deletionRequest) {
    }

    Mine view(long accountId) {
        return new Mine(registration(accountId), records.consent(accountId).orElseThrow(),
                erasure.status(accountId).orElse(null));
    }

    private ContestantRecords.RegistrationRecord registration(long accountId) {
        return records.registration(accountId, true).orElseThrow(() -> ApiException.notFound("hồ sơ dự thi"));
    }

    /** All three fields are checked together and written together, or nothing is. */
    @Transactional
    Mine correct(long accountId, Corrections body) {
        if (body == null) {
            body = new Corrections(null, null, null);
        }
        sql.one("SELECT account_id FROM participant WHERE account_id = ? FOR UPDATE", rs -> rs.getLong("account_id"), accountId)
                .orElseThrow(() -> ApiException.notFound("hồ sơ dự thi"));
        ContestantRecords.RegistrationRecord before = registration(accountId);
        FieldErrors errors = new FieldErrors();
        String unit = registrations.checkUnit(errors, body.unit());
        String commune = registrations.checkCommune(errors, body.commune());
        String email = registrations.checkEmail(errors, body.email());
        errors.throwIfAny();
        String newUnit = unit.isEmpty() ? null : unit;
        String newEmail = email.isEmpty() ? null : email;
        sql.update("UPDATE participant SET unit = ?, commune = ?, email = ? WHERE account_id = ?",
                newUnit, commune, newEmail, accountId);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("unit", before.unit());
        was.put("commune", before.commune());
        was.put("email", before.email() == null ? null : Emails.masked(before.email()));
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("unit", newUnit);
        now.put("commune", commune);
        now.put("email", newEmail == null ? null : Emails.masked(newEmail));
        if (!Objects.equals(was, now) || !Objects.equals(before.email(), newEmail)) {
            audit.record(accountId, "contestant", "MY_ACCOUNT_CORRECTED", "account", accountId, was, now);
        }
        return view(accountId);
    }

    /** The current password is required; every session ends (the caller gets a new one). */
    @Transactional
    void changePassword(long accountId, PasswordChange body) {
        String hash = sql.one("SELECT password_hash FROM account WHERE id = ? FOR UPDATE", rs -> rs.getString("password_hash"), accountId)
                .orElseThrow(() -> ApiException.notFound("tài khoản"));
        FieldErrors errors = new FieldErrors();
        String current = body == null ? null : body.currentPassword();
        String next = body == null ? null : body.newPassword();
        if (current == null || !passwords.matches(current, hash)) {
            errors.add("currentPassword", "WRONG", "Mật khẩu hiện tại không đúng.", "The current password is wrong.");
        }
        if (!PasswordStrength.enoughForContestant(next)) {
            errors.add("newPassword", "WEAK", "Mật khẩu mới cần 8–64 ký tự, có cả chữ và số.",
                    "New password: 8–64 characters with letters and digits.");
        } else if (next.equals(current)) {
            errors.add("newPassword", "UNCHANGED", "Mật khẩu mới phải khác mật khẩu hiện tại.",
                    "The new password must differ from the current one.");
        }
        errors.throwIfAny();
        sql.update("UPDATE account SET password_hash = ?, password_change_required = FALSE WHERE id = ?",
                passwords.hash(next), accountId);
        refreshTokens.revokeAll(accountId);
        sessions.endSessions(accountId);
        audit.record(accountId, "contestant", "MY_PASSWORD_CHANGED", "account", accountId, null, Map.of("sessionsEnded", true));
    }

    /**
     * Everything held about me, as JSON: one file that keeps the nesting (attempts within rounds,
     * consent with its version), readable by any program and by a person in a text editor, which is
     * what a data-portability request asks for; a spreadsheet would flatten it into several sheets.
     */
    @Transactional
    byte[] export(long accountId) {
        MyData data = new MyData(
                "Dữ liệu Ban tổ chức cuộc thi đang lưu về bạn (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, "
                        + "Nghị định 356/2025/NĐ-CP). Thời điểm theo giờ UTC; số định danh và số điện thoại để nguyên vì "
                        + "đây là dữ liệu của chính bạn — hãy giữ tệp này cẩn thận.",
                clock.instant(), registration(accountId), records.consent(accountId).orElseThrow(),
                records.attempts(accountId), records.results(accountId), erasure.status(accountId).orElse(null));
        audit.record(accountId, "contestant", "PERSONAL_DATA_EXPORTED", "account", accountId, null,
                Map.of("format", "json", "attempts", data.attempts().size(), "results", data.results().size()));
        try {
            return json.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
