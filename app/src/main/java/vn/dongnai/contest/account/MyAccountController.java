package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Tài khoản của tôi, for the contestant behind the token. */
@Controller("/api/me")
@Secured(Role.CONTESTANT)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyAccountController {

    private final MyAccount account;
    private final AccountErasure erasure;
    private final AccessRefreshTokenGenerator tokens;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    MyAccountController(MyAccount account, AccountErasure erasure, AccessRefreshTokenGenerator tokens,
                        RateLimiter rateLimiter, Clock clock) {
        this.account = account;
        this.erasure = erasure;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    @Get("/account")
    MyAccount.Mine view(Authentication authentication) {
        return account.view(Principals.accountId(authentication));
    }

    @Put("/account")
    MyAccount.Mine correct(@Body MyAccount.Corrections body, Authentication authentication) {
        return account.correct(Principals.accountId(authentication), body);
    }

    /**
     * Every session ends, this one included; the answer carries a new session's tokens, so the
     * person carries on (and a password the support desk read out stops working everywhere).
     */
    @Post("/password")
    HttpResponse<AccessRefreshToken> changePassword(@Body MyAccount.PasswordChange body, Authentication authentication) {
        long id = Principals.accountId(authentication);
        // a stolen session must not be able to guess the current password at leisure
        rateLimiter.check("my-password", Long.toString(id), 10, Duration.ofHours(1));
        account.changePassword(id, body);
        Object name = authentication.getAttributes().get("name");
        Authentication renewed = Authentication.build(authentication.getName(), List.of(Role.CONTESTANT),
                SessionValidity.claims(name == null ? "" : name.toString(), clock.instant()));
        return tokens.generate(renewed).map(HttpResponse::ok)
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
    }

    @Get("/data-export")
    HttpResponse<byte[]> export(Authentication authentication) {
        long id = Principals.accountId(authentication);
        rateLimiter.check("my-data", Long.toString(id), 10, Duration.ofHours(1));
        return HttpResponse.ok(account.export(id)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"du-lieu-cua-toi.json\"")
                .header("Cache-Control", "no-store");
    }

    @Get("/deletion")
    AccountErasure.DeletionStatus deletion(Authentication authentication) {
        return erasure.status(Principals.accountId(authentication)).orElseThrow(() -> ApiException.notFound("yêu cầu xóa tài khoản"));
    }

    @Post("/deletion")
    AccountErasure.DeletionStatus requestDeletion(@Body AccountErasure.DeletionBody body, Authentication authentication) {
        long id = Principals.accountId(authentication);
        rateLimiter.check("my-deletion", Long.toString(id), 10, Duration.ofHours(1));
        return erasure.request(id, body);
    }

    @Delete("/deletion")
    AccountErasure.DeletionStatus cancelDeletion(Authentication authentication) {
        return erasure.cancel(Principals.accountId(authentication)).orElseThrow(() -> ApiException.notFound("yêu cầu xóa tài khoản đang chờ"));
    }
}
