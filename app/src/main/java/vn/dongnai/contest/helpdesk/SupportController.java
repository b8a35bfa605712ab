package vn.dongnai.contest.helpdesk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.export.TableDownloads;
import vn.dongnai.contest.staff.ContestGrants;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Page;

import java.util.List;

/**
 * {@code /api/admin/support/**}: the support desk (SUPPORT, and ADMIN). Unmasking personal data
 * is for the committee chair and ADMIN only, with a reason; so is an unmasked participant list.
 */
@Controller("/api/admin/support")
@Secured({Role.SUPPORT, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class SupportController {

    private static final List<String> EXPORTERS = List.of(Role.SUPPORT, Role.COMMITTEE_CHAIR, Role.ADMIN);
    private final SupportDesk desk;
    private final ParticipantExport participants;

    private final ContestGrants grants;

    SupportController(SupportDesk desk, ParticipantExport participants, ContestGrants grants) {
        this.grants = grants;
        this.desk = desk;
        this.participants = participants;
    }

    @Get("/contestants{?name,phone,citizenId,unit,commune,page,size}")
    Page<SupportDesk.ContestantSummary> search(@Nullable @QueryValue String name, @Nullable @QueryValue String phone,
                                               @Nullable @QueryValue String citizenId, @Nullable @QueryValue String unit,
                                               @Nullable @QueryValue String commune, @Nullable @QueryValue Integer page,
                                               @Nullable @QueryValue Integer size) {
        return desk.search(new SupportDesk.Search(name, phone, citizenId, unit, commune, page == null ? 0 : page,
                size == null ? 20 : size));
    }

    /** {@code ?ids=1,2,3}: masked names for any staff screen that knows contestants only by id. */
    @Get("/names{?ids}")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.SUPPORT, Role.ADMIN})
    List<SupportDesk.ContestantName> names(@Nullable @QueryValue String ids) {
        return desk.names(ids);
    }

    @Get("/contestants/{accountId}")
    SupportDesk.ContestantFile file(long accountId) {
        return desk.file(accountId);
    }

    @Post("/contestants/{accountId}/unmask")
    @Secured({Role.SUPPORT, Role.COMMITTEE_CHAIR, Role.ADMIN})
    SupportDesk.Unmasked unmask(long accountId, @Body SupportDesk.Reason body, Authentication authentication) {
        requireUnmaskRole(authentication);
        return desk.unmask(Actor.of(authentication), accountId, body);
    }

    @Put("/contestants/{accountId}/registration")
    SupportDesk.ContestantFile correct(long accountId, @Body SupportDesk.Correction body, Authentication authentication) {
        return desk.correct(Actor.of(authentication), accountId, body);
    }

    @Post("/contestants/{accountId}/password-reset")
    SupportDesk.OneTimePassword resetPassword(long accountId, @Body SupportDesk.Reason body, Authentication authentication) {
        return desk.resetPassword(Actor.of(authentication), accountId, body);
    }

    @Post("/contestants/{accountId}/disable")
    SupportDesk.ContestantFile disable(long accountId, @Body SupportDesk.Reason body, Authentication authentication) {
        return desk.setEnabled(Actor.of(authentication), accountId, false, body);
    }

    @Post("/contestants/{accountId}/enable")
    SupportDesk.ContestantFile enable(long accountId, @Body SupportDesk.Reason body, Authentication authentication) {
        return desk.setEnabled(Actor.of(authentication), accountId, true, body);
    }

    /** {@code ?format=xlsx|csv&contestId=} (only people who took part in it); {@code &unmasked=true&reason=…}. */
    @Get("/participants/export{?format,contestId,unmasked,reason}")
    @Secured({Role.SUPPORT, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<StreamedFile> export(@Nullable @QueryValue String format, @Nullable @QueryValue Long contestId,
                                      @Nullable @QueryValue Boolean unmasked, @Nullable @QueryValue String reason,
                                      Authentication authentication) {
        // the desk serves the whole province; the chair exports the contests granted (staff/ContestScopeFilter
        // checks the contestId), so never everyone at once
        if (contestId == null && !grants.platformWide(authentication, EXPORTERS)) {
            new FieldErrors().add("contestId", "REQUIRED", "Vui lòng chọn cuộc thi cần xuất danh sách.",
                    "Choose the contest to export.").throwIfAny();
        }
        boolean clear = Boolean.TRUE.equals(unmasked);
        String why = null;
        if (clear) {
            requireUnmaskRole(authentication);
            why = SupportDesk.reason(reason);
        }
        TableDownloads.Download download = participants.export(Actor.of(authentication), format, clear, why, contestId);
        return HttpResponse.ok(new StreamedFile(download.body(), download.mediaType()).attach(download.fileName()))
                .header("Cache-Control", "no-store");
    }

    private static void requireUnmaskRole(Authentication authentication) {
        if (!Masking.mayUnmask(authentication.getRoles())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "UNMASKED_NOT_ALLOWED",
                    "Chỉ Chủ tịch Hội đồng hoặc quản trị viên được xem dữ liệu cá nhân không che.",
                    "Only the committee chair or an ADMIN may see personal data unmasked.");
        }
    }
}
