package vn.dongnai.contest.helpdesk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.BirthDates;
import vn.dongnai.contest.account.CitizenId;
import vn.dongnai.contest.account.ContestantAccounts;
import vn.dongnai.contest.account.ContestantRecords;
import vn.dongnai.contest.account.Emails;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.NameKeys;
import vn.dongnai.contest.account.ParticipantGroup;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.account.Phone;
import vn.dongnai.contest.account.RegistrationService;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The support desk's work on contestants. A phone or citizen ID is found through its keyed hash
 * (exact match, the same HMAC registration stores), never by decrypting rows; a name by its folded
 * search key, by prefix (family name first), so an index answers. Registrations are shown with
 * citizen ID, phone and e-mail masked; in clear only to roles that may unmask, with a reason, audited.
 */
@Singleton
class SupportDesk {

    static final List<String> FIELDS = List.of("fullName", "birthDate", "citizenId", "phone", "email", "unit",
            "commune", "group");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Sql sql;
    private final PersonalData personalData;
    private final RegistrationService registrations;
    private final ContestantRecords records;
    private final ContestantAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    SupportDesk(Sql sql, PersonalData personalData, RegistrationService registrations, ContestantRecords records,
                ContestantAccounts accounts, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.personalData = personalData;
        this.registrations = registrations;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    record Search(@Nullable String name, @Nullable String phone, @Nullable String citizenId, @Nullable String unit,
                  @Nullable String commune, int page, int size) {
    }

    @Serdeable
    record ContestantSummary(long accountId, String fullName, String citizenIdMasked, String phoneMasked,
                             @Nullable String unit, String commune, LocalDate birthDate, boolean enabled,
                             boolean mustChangePassword, Instant registeredAt) {
    }

    /** The registration as the desk reads it: citizen ID, phone and e-mail masked. */
    @Serdeable
    record ContestantFile(ContestantRecords.RegistrationRecord registration, ContestantRecords.ConsentRecord consent,
                          List<ContestantRecords.AttemptRecord> attempts, List<ContestantRecords.ResultRecord> results) {
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }

    @Serdeable
    record Unmasked(long accountId, String citizenId, String phone, @Nullable String email) {
    }

    @Serdeable
    record Correction(@Nullable String field, @Nullable String value, @Nullable String reason) {
    }

    @Serdeable
    record OneTimePassword(String temporaryPassword, String message) {
    }

    /** How a contestant known only by id is named on staff screens: the masked name ("Nguyễn V. Â.") and unit. */
    @Serdeable
    record ContestantName(long accountId, String displayName, @Nullable String unit) {
    }

    static final int MAX_NAMES = 200;

    /**
     * The masked names of up to {@link #MAX_NAMES} contestants, for screens whose own answer carries
     * only ids (a regrade's changed scores). Staff accounts, unknown ids and erased people are left out.
     */
    List<ContestantName> names(@Nullable String ids) {
        FieldErrors errors = new FieldErrors();
        List<Long> wanted = new ArrayList<>();
        for (String part : (ids == null ? "" : ids).split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("\\d{1,18}")) {
                errors.add("ids", "INVALID", "Danh sách mã thí sinh chỉ gồm các số, cách nhau bởi dấu phẩy.",
                        "ids must be numbers separated by commas.");
                break;
            }
            wanted.add(Long.parseLong(id));
        }
        if (wanted.size() > MAX_NAMES) {
            errors.add("ids", "TOO_MANY", "Tối đa " + MAX_NAMES + " mã thí sinh mỗi lần.", "At most " + MAX_NAMES + " ids at once.");
        }
        errors.throwIfAny();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return sql.list("""
                SELECT a.id, p.display_name, p.unit FROM account a JOIN participant p ON p.account_id = a.id
                WHERE a.username IS NULL AND a.erased_at IS NULL AND a.id IN (""" + Sql.marks(wanted.size()) + ") ORDER BY a.id",
                rs -> new ContestantName(rs.getLong("id"), rs.getString("display_name"), rs.getString("unit")),
                wanted.toArray());
    }

    Page<ContestantSummary> search(Search query) {
        Page.check(query.page(), query.size());
        FieldErrors errors = new FieldErrors();
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        String name = FreeText.normalize(query.name());
        if (!name.isEmpty()) {
            FreeText.check(errors, "name", name);
            String key = NameKeys.of(name);
            if (key.length() < 2 || key.length() > 100) {
                errors.add("name", "INVALID", "Họ tên tìm kiếm cần 2–100 ký tự.", "The name needs 2–100 characters.");
            }
            where.add("p.name_key LIKE ? ESCAPE '!'");
            values.add(likePrefix(key));
        }
        String phone = FreeText.normalize(query.phone());
        if (!phone.isEmpty()) {
            var normalized = Phone.normalize(phone);
            if (normalized.isEmpty()) {
                errors.add("phone", "INVALID", "Số điện thoại di động không hợp lệ (ví dụ 0912345678).",
                        "Not a Vietnamese mobile number.");
            } else {
                where.add("p.phone_hash = ?");
                values.add(registrations.phoneHash(normalized.get()));
            }
        }
        String citizenId = CitizenId.normalize(FreeText.normalize(query.citizenId()));
        if (!citizenId.isEmpty()) {
            if (!citizenId.matches("\\d{12}")) {
                errors.add("citizenId", "INVALID", "Số định danh cá nhân gồm đúng 12 chữ số.", "A citizen ID has 12 digits.");
            } else {
                where.add("p.citizen_id_hash = ?");
                values.add(registrations.citizenIdHash(citizenId));
            }
        }
        placeFilter(errors, where, values, "unit", query.unit(), "p.unit");
        placeFilter(errors, where, values, "commune", query.commune(), "p.commune");
        if (where.isEmpty() && errors.isEmpty()) {
            errors.add("name", "REQUIRED", "Vui lòng nhập ít nhất một điều kiện: họ tên, số điện thoại, số định danh, đơn vị hoặc xã/phường.",
                    "Give at least one of name, phone, citizenId, unit, commune.");
        }
        errors.throwIfAny();
        String filter = "a.username IS NULL AND a.erased_at IS NULL AND " + String.join(" AND ", where);
        long total = sql.one("SELECT COUNT(*) AS matches FROM participant p JOIN account a ON a.id = p.account_id WHERE "
                + filter, rs -> rs.getLong("matches"), values.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<ContestantSummary> items = sql.list("""
                SELECT a.id, a.full_name, p.citizen_id_cipher, p.phone_cipher, p.unit, p.commune, p.birth_date, a.enabled,
                       a.password_change_required, a.created_at
                FROM participant p JOIN account a ON a.id = p.account_id WHERE\s""" + filter
                        + " ORDER BY p.name_key, a.id LIMIT ? OFFSET ?",
                rs -> new ContestantSummary(rs.getLong("id"), rs.getString("full_name"),
                        Masking.citizenId(personalData.decrypt(rs.getBytes("citizen_id_cipher"))),
                        Masking.phone(personalData.decrypt(rs.getBytes("phone_cipher"))), rs.getString("unit"),
                        rs.getString("commune"), Sql.date(rs, "birth_date"), rs.getBoolean("enabled"),
                        rs.getBoolean("password_change_required"), Sql.instant(rs, "created_at")),
                paged.toArray());
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static void placeFilter(FieldErrors errors, List<String> where, List<Object> values, String field,
                                    @Nullable String raw, String column) {
        String text = FreeText.normalize(raw);
        if (text.isEmpty()) {
            return;
        }
        FreeText.check(errors, field, text);
        if (text.length() > 200) {
            errors.add(field, "TOO_LONG", "Nội dung tìm kiếm tối đa 200 ký tự.", "At most 200 characters.");
        }
        // the column's collation (utf8mb4_unicode_ci) ignores case and most accents
        where.add(column + " LIKE ? ESCAPE '!'");
        values.add(likePrefix(text));
    }

    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    ContestantFile file(long accountId) {
        accountOrNotFound(accountId);
        ContestantRecords.RegistrationRecord clear = records.registration(accountId, false).orElseThrow();
        ContestantRecords.RegistrationRecord masked = new ContestantRecords.RegistrationRecord(clear.accountId(),
                clear.fullName(), clear.displayName(), clear.citizenId(), clear.phone(),
                clear.email() == null ? null : Emails.masked(clear.email()), clear.birthDate(), clear.commune(),
                clear.unit(), clear.group(), clear.groupLabel(), clear.enabled(), clear.mustChangePassword(),
                clear.registeredAt(), clear.erasedAt());
        return new ContestantFile(masked, records.consent(accountId).orElseThrow(), records.attempts(accountId),
                records.results(accountId));
    }

    /** Citizen ID, phone and e-mail in clear, for a role that may see them; audited with the reason. */
    @Transactional
    Unmasked unmask(Actor actor, long accountId, Reason body) {
        String reason = reason(body == null ? null : body.reason());
        accountOrNotFound(accountId);
        ContestantRecords.RegistrationRecord clear = records.registration(accountId, true).orElseThrow();
        audit.record(actor, "SUPPORT_PERSONAL_DATA_VIEWED", "account", accountId, null,
                Map.of("reason", reason, "fields", List.of("citizenId", "phone", "email")));
        return new Unmasked(accountId, clear.citizenId(), clear.phone(), clear.email());
    }

    /**
     * One registration field corrected, with a reason; the audit entry holds before and after (citizen
     * ID, phone and e-mail masked). A number already registered by somebody else is refused (409).
     */
    @Transactional
    ContestantFile correct(Actor actor, long accountId, Correction body) {
        FieldErrors errors = new FieldErrors();
        String field = body == null || body.field() == null ? "" : body.field().strip();
        if (!FIELDS.contains(field)) {
            errors.add("field", "INVALID", "Trường cần sửa phải là một trong: họ tên, ngày sinh, số định danh, số điện thoại, "
                    + "email, đơn vị, xã/phường, đối tượng.", "field must be one of " + String.join(", ", FIELDS) + ".");
        }
        String reason = reasonOrError(errors, body == null ? null : body.reason());
        errors.throwIfAny();
        accounts.lockEnabled(accountId);
        ContestantRecords.RegistrationRecord before = records.registration(accountId, true).orElseThrow();
        String raw = body.value();
        Object shownBefore;
        Object shownAfter;
        switch (field) {
            case "fullName" -> {
                String name = registrations.checkFullName(errors, raw);
                errors.throwIfAny();
                accounts.correctFullName(accountId, name);
                shownBefore = before.fullName();
                shownAfter = name;
            }
            case "birthDate" -> {
                LocalDate date = birthDate(errors, raw);
                if (date != null) {
                    CitizenId.problem(before.citizenId(), date).ifPresent(m -> errors.add("value", "INVALID", m[0], m[1]));
                }
                errors.throwIfAny();
                accounts.correctBirthDate(accountId, date);
                shownBefore = before.birthDate().toString();
                shownAfter = date.toString();
            }
            case "citizenId" -> {
                String cid = CitizenId.normalize(FreeText.normalize(raw));
                if (cid.isEmpty()) {
                    errors.add("value", "REQUIRED", "Vui lòng nhập số định danh cá nhân.", "The citizen ID is required.");
                } else {
                    CitizenId.problem(cid, before.birthDate()).ifPresent(m -> errors.add("value", "INVALID", m[0], m[1]));
                }
                errors.throwIfAny();
                if (!accounts.correctCitizenId(accountId, cid)) {
                    throw taken("Số định danh này đã được dùng cho một tài khoản khác.");
                }
                shownBefore = Masking.citizenId(before.citizenId());
                shownAfter = Masking.citizenId(cid);
            }
            case "phone" -> {
                var phone = Phone.normalize(FreeText.normalize(raw));
                if (phone.isEmpty()) {
                    errors.add("value", "INVALID", "Số điện thoại di động không hợp lệ (ví dụ 0912345678).",
                            "Not a Vietnamese mobile number.");
                }
                errors.throwIfAny();
                if (!accounts.correctPhone(accountId, phone.get())) {
                    throw taken("Số điện thoại này đã được dùng cho một tài khoản khác.");
                }
                shownBefore = Masking.phone(before.phone());
                shownAfter = Masking.phone(phone.get());
            }
            case "email" -> {
                String email = atValue(errors, registrations.checkEmail(errors, raw));
                errors.throwIfAny();
                accounts.correctEmail(accountId, email.isEmpty() ? null : email);
                shownBefore = before.email() == null ? null : Emails.masked(before.email());
                shownAfter = email.isEmpty() ? null : Emails.masked(email);
            }
            case "unit" -> {
                String unit = atValue(errors, registrations.checkUnit(errors, raw));
                errors.throwIfAny();
                accounts.correctUnit(accountId, unit.isEmpty() ? null : unit);
                shownBefore = before.unit();
                shownAfter = unit.isEmpty() ? null : unit;
            }
            case "commune" -> {
                String commune = atValue(errors, registrations.checkCommune(errors, raw));
                errors.throwIfAny();
                accounts.correctCommune(accountId, commune);
                shownBefore = before.commune();
                shownAfter = commune;
            }
            default -> {
                String group = FreeText.normalize(raw).toUpperCase(Locale.ROOT);
                ParticipantGroup known = java.util.Arrays.stream(ParticipantGroup.values())
                        .filter(g -> g.name().equals(group)).findFirst().orElse(null);
                if (known == null) {
                    errors.add("value", "INVALID", "Đối tượng dự thi phải là OFFICIAL, UNION_MEMBER, STUDENT hoặc RESIDENT.",
                            "group must be OFFICIAL, UNION_MEMBER, STUDENT or RESIDENT.");
                }
                errors.throwIfAny();
                accounts.correctGroup(accountId, known);
                shownBefore = before.group();
                shownAfter = group;
            }
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put(field, shownBefore);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put(field, shownAfter);
        now.put("reason", reason);
        audit.record(actor, "SUPPORT_REGISTRATION_CORRECTED", "account", accountId, was, now);
        return file(accountId);
    }

    /** The shared checks report at the registration form's field; here the body's field is "value". */
    private static String atValue(FieldErrors errors, String checked) {
        FieldErrors moved = new FieldErrors();
        errors.list().forEach(e -> moved.add("value", e.code(), e.message(), e.messageEn()));
        moved.throwIfAny();
        return checked;
    }

    private @Nullable LocalDate birthDate(FieldErrors errors, @Nullable String raw) {
        String text = FreeText.normalize(raw);
        try {
            LocalDate date = LocalDate.parse(text);
            LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
            if (!BirthDates.plausible(date, today)) {
                errors.add("value", "OUT_OF_RANGE", "Ngày sinh không hợp lệ.", "Birth date is out of range.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add("value", "INVALID", "Ngày sinh phải có dạng YYYY-MM-DD.", "Birth date must be YYYY-MM-DD.");
            return null;
        }
    }

    private static ApiException taken(String vi) {
        return new ApiException(HttpStatus.CONFLICT, "ALREADY_REGISTERED", vi,
                "This number is already registered to another account.",
                List.of(new ApiError.FieldError("value", "TAKEN", vi, "Already registered to another account.")), Map.of());
    }

    @Transactional
    OneTimePassword resetPassword(Actor actor, long accountId, Reason body) {
        String reason = reason(body == null ? null : body.reason());
        String password = accounts.resetToOneTimePassword(actor, accountId, reason);
        return new OneTimePassword(password, "Mật khẩu dùng một lần chỉ hiển thị lần này. Hãy đọc cho thí sinh qua điện thoại; "
                + "ở lần đăng nhập tiếp theo, thí sinh phải đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc.");
    }

    @Transactional
    ContestantFile setEnabled(Actor actor, long accountId, boolean enabled, Reason body) {
        String reason = reason(body == null ? null : body.reason());
        accounts.setEnabled(actor, accountId, enabled, reason);
        return file(accountId);
    }

    private void accountOrNotFound(long accountId) {
        sql.one("SELECT a.id FROM account a JOIN participant p ON p.account_id = a.id "
                        + "WHERE a.id = ? AND a.username IS NULL AND a.erased_at IS NULL", rs -> rs.getLong("id"), accountId)
                .orElseThrow(() -> ApiException.notFound("thí sinh"));
    }

    static String reason(@Nullable String raw) {
        FieldErrors errors = new FieldErrors();
        String reason = reasonOrError(errors, raw);
        errors.throwIfAny();
        return reason;
    }

    private static String reasonOrError(FieldErrors errors, @Nullable String raw) {
        String reason = FreeText.normalize(raw);
        if (reason.length() < 5 || reason.length() > 500) {
            errors.add("reason", "REQUIRED", "Vui lòng ghi lý do (5–500 ký tự), ví dụ nội dung cuộc gọi của thí sinh.",
                    "A reason (5–500 characters) is required.");
        } else {
            FreeText.check(errors, "reason", reason);
        }
        return reason;
    }
}
