package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /login}: contestants give their phone or citizen ID, staff their username. The
 * lookup by keyed hash means the login never needs the number in clear.
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountRepository accounts;
    private final RegistrationService registrations;
    private final Passwords passwords;
    private final RateLimiter rateLimiter;
    private final RateLimits limits;
    private final HttpClientAddressResolver addresses;

    LoginAuthenticationProvider(AccountRepository accounts, RegistrationService registrations, Passwords passwords,
                                RateLimiter rateLimiter, RateLimits limits, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.addresses = addresses;
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

        Optional<Account> found = registrations.identityHash(username)
                .flatMap(accounts::findContestantByIdentityHash)
                .or(() -> accounts.findByUsername(username));
        if (found.isEmpty()) {
            passwords.burnCheck(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Account account = found.get();
        if (!passwords.matches(password, account.passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!account.enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(String.valueOf(account.id()), account.roleList(),
                Map.of("name", account.fullName()));
    }
}
