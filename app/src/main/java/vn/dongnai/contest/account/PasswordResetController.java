package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * {@code POST /api/password-reset} (ask for a link) and {@code POST /api/password-reset/confirm}
 * (set a new password with it). Limited per client address and per number typed; the account's
 * own limit is applied out of sight, so a limit never tells that an account exists.
 */
@Controller("/api/password-reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetController {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetController.class);

    private final PasswordResets resets;
    private final RateLimiter rateLimiter;
    private final HttpClientAddressResolver addresses;
    private final ExecutorService executor;
    private final int perAddressPerHour;

    PasswordResetController(PasswordResets resets, RateLimiter rateLimiter, HttpClientAddressResolver addresses,
                            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                            @Value("${contest.rate-limit.password-reset-per-ip-per-hour:20}") int perAddressPerHour) {
        this.resets = resets;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.executor = executor;
        this.perAddressPerHour = perAddressPerHour;
    }

    @Post
    HttpResponse<PasswordResets.ResetRequested> request(HttpRequest<?> request, @Body PasswordResets.ResetRequest body) {
        rateLimiter.check("reset-ip", String.valueOf(addresses.resolve(request)), perAddressPerHour, Duration.ofHours(1));
        String login = PasswordResets.checkLogin(body);
        rateLimiter.check("reset-name", LoginNames.normalized(login), 5, Duration.ofHours(1));
        executor.execute(() -> {
            try {
                resets.issue(login).ifPresent(resets::mail);
            } catch (RuntimeException e) {
                LOG.warn("Password reset request not processed ({})", e.getClass().getSimpleName());
            }
        });
        return HttpResponse.status(HttpStatus.ACCEPTED).body(PasswordResets.ANSWER);
    }

    @Post("/confirm")
    HttpResponse<Void> confirm(HttpRequest<?> request, @Body PasswordResets.NewPassword body) {
        rateLimiter.check("reset-confirm-ip", String.valueOf(addresses.resolve(request)), perAddressPerHour,
                Duration.ofHours(1));
        resets.reset(body);
        return HttpResponse.noContent();
    }
}
