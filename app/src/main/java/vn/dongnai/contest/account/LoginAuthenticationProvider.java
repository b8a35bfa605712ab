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
import vn.dongnai.contest.system.RateLimiter;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /login}: contestants give their phone or citizen ID, staff their username. The
 * lookup by keyed hash means the login never needs the number in clear. Staff accounts are
 * locked after repeated wrong passwords ({@link StaffLockout}).
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountRepository accounts;
    private final RegistrationService registrations;
    private final Passwords passwords;
    private final RateLimiter rateLimiter;
    private final RateLimits limits;
    private final HttpClientAddressResolver addresses;
    private final BotCheck botCheck;
    // looked up on first use: security creates authentication providers while Micronaut Data is
    // still starting, and the lockout's SQL needs Micronaut Data (an eager reference is a cycle)
    private final Provider<StaffLockout> lockout;

    LoginAuthenticationProvider(AccountRepository accounts, RegistrationService registrations, Passwords passwords,
                                RateLimiter rateLimiter, RateLimits limits, HttpClientAddressResolver addresses,
                                BotCheck botCheck, Provider<StaffLockout> lockout) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.addresses = addresses;
        this.botCheck = botCheck;
        this.lockout = lockout;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String username = RegistrationService.text(authRequest.getIdentity());
        String password = authRequest.getSecret() == null ? "" : authRequest.getSecret();
        if (request != null) {
            rateLimiter.check("login-ip", String.valueOf(addresses.resolve(request)),
                    limits.loginPerIpPerMinute(), Duration.ofMinutes(1));
        }
        rateLimiter.check("login-user", username, limits.loginPerUsernamePerMinute(), Duration.ofMinutes(1));
        if (botCheck.loginNeedsCheck(username)) {
            requireSolvedBotCheck(request);
        }

        Optional<Account> found = registrations.identityHash(username)
                .flatMap(accounts::findContestantByIdentityHash)
                .or(() -> accounts.findByUsername(username));
        if (found.isEmpty()) {
            passwords.burnCheck(password);
            botCheck.loginFailed(username);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Account account = found.get();
        boolean staff = account.username() != null;
        if (staff && lockout.get().locked(account.id())) {
            // still one BCrypt check, so a locked account answers in the same time as any other
            passwords.burnCheck(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            botCheck.loginFailed(username);
            if (staff) {
                lockout.get().failed(account);
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!account.enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        botCheck.loginSucceeded(username);
        if (staff) {
            lockout.get().succeeded(account.id());
        }
        return AuthenticationResponse.success(String.valueOf(account.id()), account.roleList(),
                Map.of("name", account.fullName()));
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
