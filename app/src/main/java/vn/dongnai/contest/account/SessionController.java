package vn.dongnai.contest.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.system.ApiException;

import java.util.List;

@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    private final RefreshTokenStore refreshTokens;
    private final SessionValidity sessions;
    private final Accounts accounts;
    private final ContestantRecords records;
    private final AccountNotices notices;

    SessionController(RefreshTokenStore refreshTokens, SessionValidity sessions, Accounts accounts,
                      ContestantRecords records, AccountNotices notices) {
        this.notices = notices;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.records = records;
    }

    /** Ends every session of the caller: access tokens within seconds on every node, refresh tokens at once. */
    @Post("/logout")
    HttpResponse<Void> logout(Authentication authentication) {
        long id = Principals.accountId(authentication);
        refreshTokens.revokeAll(id);
        sessions.endSessions(id);
        return HttpResponse.noContent();
    }

    /** Who am I: enough for a page header, nothing more personal than the person already knows. */
    @Get("/me")
    Me me(Authentication authentication) {
        long id = Principals.accountId(authentication);
        Account account = accounts.byId(id).orElseThrow(() -> ApiException.notFound("tài khoản"));
        var participant = records.header(id);
        return new Me(id, account.fullName(), account.roleList(),
                participant.map(ContestantRecords.Header::displayName).orElse(account.fullName()),
                participant.map(ContestantRecords.Header::commune).orElse(null),
                participant.map(ContestantRecords.Header::unit).orElse(null), notices.unseen(id),
                Boolean.TRUE.equals(authentication.getAttributes().get(PasswordChangeRequired.CLAIM)));
    }

    /** A notice has been read: it is not shown again. */
    @Post("/me/notices/{noticeId}/seen")
    HttpResponse<Void> seen(long noticeId, Authentication authentication) {
        if (!notices.markSeen(Principals.accountId(authentication), noticeId)) {
            throw ApiException.notFound("thông báo");
        }
        return HttpResponse.noContent();
    }

    /** {@code mustChangePassword}: this session was opened with a password the support desk set; the page asks for a new one. */
    @Serdeable
    record Me(long id, String fullName, List<String> roles, String displayName, String commune, String unit,
              List<AccountNotices.Notice> notices, boolean mustChangePassword) {
    }
}
