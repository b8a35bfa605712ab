package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Mail;
import vn.dongnai.contest.system.Sql;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Quên mật khẩu. A request names a phone or citizen ID; when it belongs to an enabled contestant
 * with an e-mail address, a single-use link valid {@link #VALIDITY} is mailed. The caller always
 * gets the same answer, and the lookup, the link and the mail happen after the answer has left
 * (on a worker thread), so neither the answer nor its timing tells whether the account exists.
 * Following the link sets a new password and ends every session.
 */
@Singleton
class PasswordResets {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Links mailed to one account per hour, whatever number was typed: nobody floods a mailbox. */
    static final int PER_ACCOUNT_PER_HOUR = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Sql sql;
    private final Accounts accounts;
    private final RegistrationService registrations;
    private final Passwords passwords;
    private final RefreshTokenStore refreshTokens;
    private final SessionValidity sessions;
    private final LoginLockout lockout;
    private final AuditLog audit;
    private final Mail mail;
    private final Clock clock;
    private final String publicUrl;

    PasswordResets(Sql sql, Accounts accounts, RegistrationService registrations, Passwords passwords,
                   RefreshTokenStore refreshTokens, SessionValidity sessions, LoginLockout lockout, AuditLog audit,
                   Mail mail, Clock clock, @Value("${contest.public-url}") String publicUrl) {
        this.sql = sql;
        this.accounts = accounts;
        this.registrations = registrations;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.lockout = lockout;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Serdeable
    record ResetRequest(@Nullable String login) {
    }

    @Serdeable
    record ResetRequested(String message, String messageEn) {
    }

    @Serdeable
    record NewPassword(@Nullable String token, @Nullable String newPassword) {
    }

    /** A link to mail, once its row is committed. */
    record Mailing(long accountId, String email, String token, Instant expiresAt) {
    }

    static final ResetRequested ANSWER = new ResetRequested(
            "Nếu số điện thoại hoặc số định danh này đã đăng ký và tài khoản có địa chỉ email, một liên kết đặt lại "
                    + "mật khẩu (hiệu lực 30 phút, dùng một lần) đã được gửi tới email đó. Nếu bạn không khai email khi "
                    + "đăng ký hoặc không nhận được thư, vui lòng liên hệ bộ phận hỗ trợ của Ban tổ chức.",
            "If this phone or citizen ID is registered and its account has an e-mail address, a password reset link "
                    + "(valid 30 minutes, single use) has been sent there. Without an e-mail, call the support desk.");

    /** The typed phone or citizen ID, checked for form only (never against the accounts). */
    static String checkLogin(ResetRequest body) {
        String login = FreeText.normalize(body == null ? null : body.login());
        FieldErrors errors = new FieldErrors();
        if (login.isEmpty()) {
            errors.add("login", "REQUIRED", "Vui lòng nhập số điện thoại hoặc số định danh cá nhân đã dùng để đăng ký.",
                    "Enter the phone or citizen ID you registered with.");
        } else if (login.length() > 30 || (!CitizenId.normalize(login).matches("\\d{12}") && Phone.normalize(login).isEmpty())) {
            errors.add("login", "INVALID", "Vui lòng nhập số điện thoại di động (ví dụ 0912345678) hoặc số định danh 12 chữ số.",
                    "Enter a mobile number (e.g. 0912345678) or a 12-digit citizen ID.");
        }
        errors.throwIfAny();
        return login;
    }

    /** Runs after the answer: finds the account and writes its link, or does nothing at all. */
    @Transactional
    Optional<Mailing> issue(String login) {
        Optional<Account> found = registrations.identityHash(login).flatMap(accounts::contestantByIdentityHash)
                .filter(Account::enabled);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long accountId = found.get().id();
        sql.one("SELECT id FROM account WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), accountId);
        String email = sql.one("SELECT email FROM participant WHERE account_id = ?", rs -> rs.getString("email"), accountId)
                .orElse(null);
        Instant now = clock.instant();
        if (email == null) {
            audit.record(accountId, "public", "PASSWORD_RESET_REQUESTED", "account", accountId, null,
                    Map.of("outcome", "NO_EMAIL"));
            return Optional.empty();
        }
        // a locking read sees requests committed while this one waited for the account row
        long recent = sql.one("SELECT COUNT(*) AS links FROM password_reset WHERE account_id = ? AND created_at > ? FOR UPDATE",
                rs -> rs.getLong("links"), accountId, now.minus(Duration.ofHours(1))).orElse(0L);
        if (recent >= PER_ACCOUNT_PER_HOUR) {
            audit.record(accountId, "public", "PASSWORD_RESET_REQUESTED", "account", accountId, null,
                    Map.of("outcome", "LIMITED"));
            return Optional.empty();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = now.plus(VALIDITY);
        sql.update("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                RefreshTokenStore.sha256(token), accountId, now, expires);
        audit.record(accountId, "public", "PASSWORD_RESET_REQUESTED", "account", accountId, null,
                Map.of("outcome", "MAILED", "expiresAt", expires.toString()));
        return Optional.of(new Mailing(accountId, email, token, expires));
    }

    /**
     * The token travels in the page's #fragment, which browsers never send to a server, so it
     * appears in no access log or Referer header.
     */
    void mail(Mailing mailing) {
        if (!mail.configured()) {
            LOG.warn("Password reset link for account {} not sent: no SMTP server configured (SMTP_HOST)", mailing.accountId());
            return;
        }
        String link = publicUrl + "/#/reset-password?token=" + mailing.token();
        String text = """
                Xin chào,

                Ai đó (có thể là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản dự thi của bạn.
                Để đặt mật khẩu mới, hãy mở liên kết sau (dùng được một lần, hết hạn lúc %s, giờ Việt Nam):

                %s

                Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.
                Ban tổ chức không bao giờ hỏi mật khẩu của bạn qua điện thoại hay email.
                """.formatted(TIME.format(mailing.expiresAt()), link);
        try {
            mail.send(mailing.email(), "Đặt lại mật khẩu tài khoản dự thi", text);
        } catch (MessagingException | RuntimeException e) {
            // the address stays out of the log: it is personal data
            LOG.warn("Password reset mail for account {} not sent ({})", mailing.accountId(), e.getClass().getSimpleName());
        }
    }

    /** The link was followed: a new password, every session ended, the link (and any other) spent. */
    @Transactional
    void reset(NewPassword body) {
        FieldErrors errors = new FieldErrors();
        String token = body == null || body.token() == null ? "" : body.token().strip();
        if (token.isEmpty() || token.length() > 100) {
            errors.add("token", "INVALID", "Liên kết đặt lại mật khẩu không hợp lệ.", "The reset link is invalid.");
        }
        String password = body == null ? null : body.newPassword();
        if (!PasswordStrength.enoughForContestant(password)) {
            errors.add("newPassword", "WEAK", "Mật khẩu cần 8–64 ký tự, có cả chữ và số.",
                    "Password: 8–64 characters with letters and digits.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        record Link(long accountId, Instant expiresAt, boolean used) {
        }
        Optional<Link> link = sql.one("SELECT account_id, expires_at, used_at IS NOT NULL AS used FROM password_reset WHERE token_hash = ? FOR UPDATE",
                rs -> new Link(rs.getLong("account_id"), Sql.instant(rs, "expires_at"), rs.getBoolean("used")),
                (Object) RefreshTokenStore.sha256(token));
        if (link.isEmpty() || link.get().used() || !link.get().expiresAt().isAfter(now)) {
            new FieldErrors().add("token", "EXPIRED",
                    "Liên kết đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu một liên kết mới.",
                    "The link has expired or was already used; ask for a new one.").throwIfAny();
        }
        long accountId = link.get().accountId();
        boolean enabled = sql.one("SELECT enabled FROM account WHERE id = ? FOR UPDATE", rs -> rs.getBoolean("enabled"), accountId)
                .orElse(false);
        if (!enabled) {
            new FieldErrors().add("token", "EXPIRED",
                    "Liên kết đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu một liên kết mới.",
                    "The link has expired or was already used; ask for a new one.").throwIfAny();
        }
        sql.update("UPDATE account SET password_hash = ?, password_change_required = FALSE WHERE id = ?",
                passwords.hash(password), accountId);
        sql.update("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL", now, accountId);
        lockout.unlock(accountId);
        refreshTokens.revokeAll(accountId);
        sessions.endSessions(accountId);
        audit.record(accountId, "contestant", "PASSWORD_RESET_COMPLETED", "account", accountId, null,
                Map.of("sessionsEnded", true));
    }
}
