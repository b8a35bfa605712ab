package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@Singleton
public class RegistrationService {

    static final String CITIZEN_ID = "cid";
    static final String PHONE = "phone";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ '\\-.][\\p{L}\\p{M}]+)*\\.?");

    private final PersonalData personalData;
    private final Passwords passwords;
    private final Clock clock;
    private final BotCheck botCheck;
    // looked up on first use, for the same reason as LoginAuthenticationProvider's lockout
    private final Provider<RegistrationCatalog> catalog;
    private final String consentVersion;
    // looked up on first use (the same cycle as the catalog's)
    private final Provider<Sql> sql;

    RegistrationService(PersonalData personalData, Passwords passwords, Clock clock, BotCheck botCheck,
                        Provider<RegistrationCatalog> catalog,
                        @Value("${contest.consent.current-version}") String consentVersion, Provider<Sql> sql) {
        this.sql = sql;
        this.personalData = personalData;
        this.passwords = passwords;
        this.clock = clock;
        this.botCheck = botCheck;
        this.catalog = catalog;
        this.consentVersion = consentVersion;
    }

    public String consentVersion() {
        return consentVersion;
    }

    /** The keyed hash the login looks a contestant up by, if the text is a phone or citizen ID. */
    public Optional<byte[]> identityHash(String username) {
        String citizenId = CitizenId.normalize(username);
        if (citizenId.matches("\\d{12}")) {
            return Optional.of(personalData.hash(CITIZEN_ID, citizenId));
        }
        return Phone.normalize(username).map(phone -> personalData.hash(PHONE, phone));
    }

    public byte[] citizenIdHash(String citizenId) {
        return personalData.hash(CITIZEN_ID, CitizenId.normalize(citizenId));
    }

    /** @param phone a phone number as {@link Phone#normalize} gives it */
    public byte[] phoneHash(String phone) {
        return personalData.hash(PHONE, phone);
    }

    @Transactional
    public long register(Registration form, ClientOrigin.@Nullable Origin origin) {
        Checked checked = check(form);
        // spent only once the form is valid, so correcting a typo does not cost another proof of work;
        // spent before the uniqueness check, so one solution cannot probe which numbers are registered
        if (botCheck.enabled() && !botCheck.consume(form.altcha())) {
            new FieldErrors().add("altcha", "USED", "Mã kiểm tra chống máy tự động đã được dùng, vui lòng gửi lại.",
                    "This bot-check solution was already used; submit again.").throwIfAny();
        }
        byte[] citizenIdHash = personalData.hash(CITIZEN_ID, checked.citizenId);
        byte[] phoneHash = personalData.hash(PHONE, checked.phone);
        List<ApiError.FieldError> taken = new ArrayList<>();
        if (registered("citizen_id_hash", citizenIdHash)) {
            taken.add(new ApiError.FieldError("citizenId", "TAKEN",
                    "Số định danh này đã được dùng để đăng ký.", "This citizen ID is already registered."));
        }
        if (registered("phone_hash", phoneHash)) {
            taken.add(new ApiError.FieldError("phone", "TAKEN",
                    "Số điện thoại này đã được dùng để đăng ký.", "This phone number is already registered."));
        }
        if (!taken.isEmpty()) {
            throw alreadyRegistered(taken);
        }
        Instant now = clock.instant();
        try {
            long accountId = sql.get().insert("""
                    INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at)
                    VALUES (NULL, ?, ?, ?, TRUE, ?)""",
                    checked.fullName, passwords.hash(form.password()), Role.CONTESTANT, now);
            sql.get().update("""
                    INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, email,
                                             birth_date, commune, unit, participant_group, display_name, consent_version,
                                             consent_at, name_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    accountId, citizenIdHash, personalData.encrypt(checked.citizenId), phoneHash,
                    personalData.encrypt(checked.phone), checked.email, checked.birthDate, checked.commune, checked.unit,
                    checked.group.name(), Masking.displayName(checked.fullName), consentVersion, now,
                    NameKeys.of(checked.fullName));
            if (origin != null) {
                sql.get().update("""
                        INSERT INTO registration_origin (account_id, ip_hash, network_hash, agent_hash, device_hash, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", accountId, origin.ipHash(), origin.networkHash(),
                        origin.agentHash(), origin.deviceHash(), now);
            }
            return accountId;
        } catch (RuntimeException e) {
            // two registrations with the same number at the same instant: the unique keys decide
            if (Sql.isDuplicateKey(e)) {
                throw alreadyRegistered(List.of());
            }
            throw e;
        }
    }

    /** Whether a registration already holds this keyed hash in {@code column} (citizen ID or phone). */
    private boolean registered(String column, byte[] hash) {
        return sql.get().one("SELECT account_id FROM participant WHERE " + column + " = ?",
                rs -> rs.getLong("account_id"), (Object) hash).isPresent();
    }

    /**
     * The number is taken: either it is the person's own account, or somebody registered it first.
     * The answer says how to claim the identity back, since the real person cannot register.
     */
    private static ApiException alreadyRegistered(List<ApiError.FieldError> fields) {
        return new ApiException(HttpStatus.CONFLICT, "ALREADY_REGISTERED",
                "Số định danh hoặc số điện thoại đã được đăng ký. Nếu đó là tài khoản của bạn, vui lòng đăng nhập "
                        + "(hoặc dùng \"Quên mật khẩu\"). Nếu bạn chưa từng đăng ký, có thể ai đó đã dùng thông tin của bạn: "
                        + "hãy gửi yêu cầu xác minh danh tính để Ban tổ chức kiểm tra và trả lại cho bạn.",
                "The citizen ID or phone number is already registered. If it is yours, log in; if you never "
                        + "registered, somebody may have used your details: send an identity claim.",
                fields, Map.of("identityClaim", "/api/identity-claims"));
    }

    private record Checked(String fullName, String citizenId, String phone, String email,
                           LocalDate birthDate, String commune, String unit, ParticipantGroup group) {
    }

    private Checked check(Registration form) {
        FieldErrors errors = new FieldErrors();

        String fullName = checkFullName(errors, form.fullName());

        LocalDate birthDate = null;
        String rawBirthDate = FreeText.normalize(form.birthDate());
        if (rawBirthDate.isEmpty()) {
            errors.add("birthDate", "REQUIRED", "Vui lòng nhập ngày sinh.", "Birth date is required.");
        } else {
            try {
                birthDate = LocalDate.parse(rawBirthDate);
                LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
                if (!BirthDates.plausible(birthDate, today)) {
                    errors.add("birthDate", "OUT_OF_RANGE", "Ngày sinh không hợp lệ.", "Birth date is out of range.");
                    birthDate = null;
                }
            } catch (DateTimeParseException e) {
                errors.add("birthDate", "INVALID", "Ngày sinh phải có dạng YYYY-MM-DD.", "Birth date must be YYYY-MM-DD.");
            }
        }

        String citizenId = CitizenId.normalize(form.citizenId());
        if (citizenId.isEmpty()) {
            errors.add("citizenId", "REQUIRED", "Vui lòng nhập số định danh cá nhân (CCCD).", "Citizen ID is required.");
        } else {
            CitizenId.problem(citizenId, birthDate)
                    .ifPresent(m -> errors.add("citizenId", "INVALID", m[0], m[1]));
        }

        Optional<String> phone = Phone.normalize(form.phone());
        if (FreeText.normalize(form.phone()).isEmpty()) {
            errors.add("phone", "REQUIRED", "Vui lòng nhập số điện thoại.", "Phone is required.");
        } else if (phone.isEmpty()) {
            errors.add("phone", "INVALID", "Số điện thoại di động không hợp lệ (ví dụ 0912345678 hoặc +84912345678).",
                    "Not a Vietnamese mobile number (e.g. 0912345678 or +84912345678).");
        }

        String email = checkEmail(errors, form.email());
        String commune = checkCommune(errors, form.commune());
        String unit = checkUnit(errors, form.unit());

        ParticipantGroup group = null;
        try {
            group = ParticipantGroup.valueOf(FreeText.normalize(form.group()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("group", "INVALID", "Vui lòng chọn đối tượng dự thi.",
                    "Group must be one of OFFICIAL, UNION_MEMBER, STUDENT, RESIDENT.");
        }

        if (!PasswordStrength.enoughForContestant(form.password())) {
            errors.add("password", "WEAK", "Mật khẩu cần 8–64 ký tự, có cả chữ và số.",
                    "Password: 8–64 characters with letters and digits.");
        }

        Registration.Consent consent = form.consent();
        // JSON true and nothing else: 1, "true" or [true] are not somebody ticking the box
        if (consent == null || !Boolean.TRUE.equals(consent.accepted())) {
            errors.add("consent", "REQUIRED", "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.",
                    "Consent to personal data processing is required.");
        } else if (!consentVersion.equals(consent.version())) {
            errors.add("consent.version", "OUTDATED", "Nội dung đồng ý đã được cập nhật, vui lòng đọc lại và xác nhận.",
                    "The consent text has changed; read and accept the current version.");
        }

        if (botCheck.enabled()) {
            if (FreeText.normalize(form.altcha()).isEmpty()) {
                errors.add("altcha", "REQUIRED", "Chưa hoàn tất bước kiểm tra chống máy tự động, vui lòng thử lại.",
                        "The bot check (ALTCHA) is required.");
            } else if (!botCheck.verify(form.altcha())) {
                errors.add("altcha", "INVALID", "Bước kiểm tra chống máy tự động không hợp lệ hoặc đã hết hạn, vui lòng gửi lại.",
                        "The bot check (ALTCHA) is invalid or expired; submit again.");
            }
        }

        errors.throwIfAny();
        return new Checked(fullName, citizenId, phone.orElseThrow(), email.isEmpty() ? null : email,
                birthDate, commune, unit.isEmpty() ? null : unit, group);
    }

    /** A person's full name as registration accepts it. Shared with the support desk's corrections. */
    public String checkFullName(FieldErrors errors, @Nullable String raw) {
        String fullName = FreeText.normalize(raw);
        if (fullName.isEmpty()) {
            errors.add("fullName", "REQUIRED", "Vui lòng nhập họ và tên.", "Full name is required.");
        } else if (fullName.length() > 100 || !NAME.matcher(fullName).matches() || !fullName.contains(" ")) {
            errors.add("fullName", "INVALID", "Họ và tên chỉ gồm chữ cái (có dấu), ít nhất hai từ, tối đa 100 ký tự.",
                    "Full name: letters only, at least two words, at most 100 characters.");
        }
        return fullName;
    }

    /** An optional e-mail address, lower-cased; "" when none. Shared with "my account" and the support desk. */
    public String checkEmail(FieldErrors errors, @Nullable String raw) {
        String email = FreeText.normalize(raw).toLowerCase(Locale.ROOT);
        if (!email.isEmpty() && !Emails.wellFormed(email)) {
            errors.add("email", "INVALID", "Địa chỉ email không hợp lệ.", "Invalid email address.");
        }
        return email;
    }

    /** The commune (required), by its official name when the catalog lists it. Shared with "my account". */
    public String checkCommune(FieldErrors errors, @Nullable String raw) {
        String commune = FreeText.normalize(raw);
        if (FreeText.hiddenCharacterAt(commune) >= 0) {
            FreeText.check(errors, "commune", commune);
        } else if (commune.isEmpty()) {
            errors.add("commune", "REQUIRED", "Vui lòng chọn xã, phường nơi bạn sinh sống hoặc làm việc.",
                    "Commune is required.");
        } else if (commune.length() > 150) {
            errors.add("commune", "TOO_LONG", "Tên xã, phường quá dài (tối đa 150 ký tự).", "Commune is too long.");
        } else {
            RegistrationCatalog.Match match = catalog.get().commune(commune);
            if (!match.listEmpty() && match.officialName().isEmpty()) {
                errors.add("commune", "NOT_IN_CATALOG", "Vui lòng chọn xã, phường trong danh sách.",
                        "Choose a commune from the list (GET /api/catalog/communes).");
            }
            commune = match.officialName().orElse(commune);
        }
        return commune;
    }

    /** The unit (optional; "" when none), by its official name when the catalog lists it. Shared with "my account". */
    public String checkUnit(FieldErrors errors, @Nullable String raw) {
        String unit = FreeText.normalize(raw);
        if (FreeText.hiddenCharacterAt(unit) >= 0) {
            FreeText.check(errors, "unit", unit);
        } else if (unit.length() > 200) {
            errors.add("unit", "TOO_LONG", "Tên đơn vị quá dài (tối đa 200 ký tự).", "Unit is too long.");
        } else if (!unit.isEmpty()) {
            RegistrationCatalog.Match match = catalog.get().unit(unit);
            if (!match.listEmpty() && match.officialName().isEmpty()) {
                errors.add("unit", "NOT_IN_CATALOG", "Vui lòng chọn đơn vị trong danh sách.",
                        "Choose a unit from the list (GET /api/catalog/units).");
            }
            unit = match.officialName().orElse(unit);
        }
        return unit;
    }

}
