package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /login}: contestants give their phone or citizen ID, staff their username. The
 * lookup by keyed hash means the login never needs the number in clear. Every limit and counter
 * keys on the account (or, for an unknown name, on the name as {@link LoginNames} normalises it),
 * so typing a number another way buys no extra guesses. Wrong passwords switch on the bot check
 * for the account and lock it from the guessing address ({@link LoginLockout}).
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final Accounts accounts;
    private final RegistrationService registrations;
    private final Passwords passwords;
    private final RateLimiter rateLimiter;
    private final RateLimits limits;
    private final HttpClientAddressResolver addresses;
    private final BotCheck botCheck;
    private final PersonalData personalData;
    private final Clock clock;
    // looked up on first use: security creates authentication providers while Micronaut Data is
    // still starting, and the lockout's SQL needs Micronaut Data (an eager reference is a cycle)
    private final Provider<LoginLockout> lockout;
    private final Provider<AccountNotices> notices;
    private final Provider<PasswordChangeRequired> mustChangePassword;
    private final Provider<SessionValidity> sessions;

    LoginAuthenticationProvider(Accounts accounts, RegistrationService registrations, Passwords passwords,
                                RateLimiter rateLimiter, RateLimits limits, HttpClientAddressResolver addresses,
                                BotCheck botCheck, PersonalData personalData, Clock clock,
                                Provider<LoginLockout> lockout, Provider<AccountNotices> notices,
                                Provider<PasswordChangeRequired> mustChangePassword, Provider<SessionValidity> sessions) {
        this.sessions = sessions;
        this.notices = notices;
        this.mustChangePassword = mustChangePassword;
        this.accounts = accounts;
        this.registrations = registrations;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.addresses = addresses;
        this.botCheck = botCheck;
        this.personalData = personalData;
        this.clock = clock;
        this.lockout = lockout;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String username = FreeText.normalize(authRequest.getIdentity());
        String password = authRequest.getSecret() == null ? "" : authRequest.getSecret();
        String address = request == null ? "" : String.valueOf(addresses.resolve(request));
        if (request != null) {
            rateLimiter.check("login-ip", address, limits.loginPerIpPerMinute(), Duration.ofMinutes(1));
        }
        long readAt = System.nanoTime();
        Optional<Account> found = username.length() > 254 ? Optional.empty()
                : registrations.identityHash(username).flatMap(accounts::contestantByIdentityHash)
                        .or(() -> accounts.byUsername(username));
        String name = found.map(a -> LoginNames.ofAccount(a.id())).orElseGet(() -> LoginNames.normalized(username));
        rateLimiter.check("login-user", name, limits.loginPerUsernamePerMinute(), Duration.ofMinutes(1));
        if (botCheck.loginNeedsCheck(name)) {
            requireSolvedBotCheck(request);
        }
        if (found.isEmpty()) {
            passwords.burnCheck(password);
            botCheck.loginFailed(name);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Account account = found.get();
        byte[] addressHash = personalData.hash("ip", address);
        lockout.get().refuseIfLocked(account.id(), addressHash);
        if (!passwords.matches(password, account.passwordHash())) {
            botCheck.loginFailed(name);
            lockout.get().failed(account, addressHash);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!account.enabled()) {
            // the right password for a disabled account: say why, when there is a notice (an identity transferred)
            var notice = notices.get().latest(account.id());
            if (notice.isPresent()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "ACCOUNT_DISABLED", notice.get().message(), notice.get().messageEn());
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        botCheck.loginSucceeded(name);
        lockout.get().succeeded(account.id(), addressHash);
        // the row just read knows when the account's sessions were last ended: its first request needs no lookup
        sessions.get().warm(account.id(), account.sessionsValidAfter(), readAt);
        return AuthenticationResponse.success(String.valueOf(account.id()), account.roleList(),
                SessionValidity.claims(account.fullName(), clock.instant(), mustChangePassword.get().of(account.id())));
    }

    /**
     * After repeated failures for a username, a login must carry a solved, unused ALTCHA challenge:
     * {@code "altcha"} in the JSON body next to username and password (or an {@code X-Altcha} header).
     */
    private void requireSolvedBotCheck(@Nullable HttpRequest<B> request) {
        String payload = request == null ? null : altchaOf(request);
        if (payload == null || payload.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BOT_CHECK_REQUIRED",
                    "Bạn đã nhập sai nhiều lần. Vui lòng hoàn tất bước kiểm tra chống máy tự động rồi đăng nhập lại.",
                    "Too many failed logins: solve the bot check (altcha) and log in again.");
        }
        if (!botCheck.verifyAndConsume(payload)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BOT_CHECK_FAILED",
                    "Bước kiểm tra chống máy tự động không hợp lệ hoặc đã hết hạn, vui lòng thử lại.",
                    "The bot check (altcha) is invalid, expired or already used.");
        }
    }

    private static @Nullable String altchaOf(HttpRequest<?> request) {
        String header = request.getHeaders().get("X-Altcha");
        if (header != null) {
            return header;
        }
        return request.getAttribute(LoginBodyFilter.ALTCHA_ATTRIBUTE, String.class).orElse(null);
    }
}
