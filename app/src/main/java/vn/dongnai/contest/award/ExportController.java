package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.export.ExportFormat;
import vn.dongnai.contest.export.TableDownloads;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;

/**
 * Downloads: {@code ?format=xlsx|csv}; {@code &unmasked=true&reason=…} shows citizen ID and phone
 * in clear, for the committee chair or an ADMIN only. The request log never records query strings.
 */
@Controller("/api/admin")
@Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

    private final AwardScopes scopes;
    private final AwardExports exports;

    ExportController(AwardScopes scopes, AwardExports exports) {
        this.scopes = scopes;
        this.exports = exports;
    }

    @Get("/rounds/{roundId}/exports/ranking")
    HttpResponse<StreamedFile> ranking(long roundId, @QueryValue @Nullable String format,
                                       @QueryValue @Nullable Boolean unmasked, @QueryValue @Nullable String reason,
                                       Authentication authentication) {
        return file(exports.ranking(roundId, request(format, unmasked, reason, authentication)));
    }

    @Get("/rounds/{roundId}/exports/winners")
    HttpResponse<StreamedFile> roundWinners(long roundId, @QueryValue @Nullable String format,
                                            @QueryValue @Nullable Boolean unmasked, @QueryValue @Nullable String reason,
                                            Authentication authentication) {
        return file(exports.winners(scopes.round(roundId), request(format, unmasked, reason, authentication)));
    }

    @Get("/contests/{contestId}/exports/winners")
    HttpResponse<StreamedFile> contestWinners(long contestId, @QueryValue @Nullable String format,
                                              @QueryValue @Nullable Boolean unmasked, @QueryValue @Nullable String reason,
                                              Authentication authentication) {
        return file(exports.winners(scopes.contest(contestId), request(format, unmasked, reason, authentication)));
    }

    @Get("/contests/{contestId}/exports/collective")
    HttpResponse<StreamedFile> collective(long contestId, @QueryValue @Nullable String format,
                                          Authentication authentication) {
        return file(exports.collective(scopes.contest(contestId), request(format, false, null, authentication)));
    }

    private static AwardExports.Request request(@Nullable String format, @Nullable Boolean unmasked,
                                                @Nullable String reason, Authentication authentication) {
        ExportFormat parsed = ExportFormat.of(format);
        Actor actor = Actor.of(authentication);
        if (!Boolean.TRUE.equals(unmasked)) {
            return new AwardExports.Request(parsed, false, null, actor.id(), actor.name());
        }
        if (!Masking.mayUnmask(authentication.getRoles())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "UNMASKED_NOT_ALLOWED",
                    "Chỉ Chủ tịch Hội đồng hoặc quản trị viên được xuất dữ liệu cá nhân không che.",
                    "Only the committee chair or an ADMIN may export personal data unmasked.");
        }
        return new AwardExports.Request(parsed, true, AwardErrors.reason(reason), actor.id(), actor.name());
    }

    private static HttpResponse<StreamedFile> file(TableDownloads.Download download) {
        return HttpResponse.ok(new StreamedFile(download.body(), download.mediaType()).attach(download.fileName()))
                .header("Cache-Control", "no-store");
    }
}
