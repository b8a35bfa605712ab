package vn.dongnai.contest.award;

import io.micronaut.http.HttpStatus;
import vn.dongnai.contest.system.ApiException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The awards API's own refusals, in both languages. */
final class AwardErrors {

    private AwardErrors() {
    }

    static ApiException locked() {
        return new ApiException(HttpStatus.CONFLICT, "AWARDS_LOCKED",
                "Kết quả đã được ký duyệt; chỉ quản trị viên mở khóa (có lý do) mới được xét lại.",
                "The decision is signed off; only an ADMIN unlock (with a reason) allows recomputing it.");
    }

    static ApiException notFrozen() {
        return new ApiException(HttpStatus.CONFLICT, "RANKING_NOT_FROZEN",
                "Chưa có bảng xếp hạng chính thức: đợt thi (hoặc mọi đợt của cuộc thi) phải được khóa trước.",
                "No frozen ranking yet: the round (or every round of the contest) must be closed first.");
    }

    static ApiException noRules() {
        return new ApiException(HttpStatus.CONFLICT, "NO_PRIZE_RULES",
                "Chưa có cơ cấu giải thưởng cho phạm vi này.", "No prize tiers are set for this scope.");
    }

    static ApiException noDecision() {
        return new ApiException(HttpStatus.NOT_FOUND, "NO_DECISION",
                "Chưa có dự kiến kết quả xét giải.", "No award decision has been drafted yet.");
    }

    static ApiException wrongStatus(String status, String expected) {
        return new ApiException(HttpStatus.CONFLICT, "WRONG_STATUS",
                "Kết quả đang ở trạng thái " + status + ", cần " + expected + ".",
                "The decision is " + status + "; this needs " + expected + ".", List.of(),
                Map.of("status", status, "expected", expected));
    }

    static ApiException rankingChanged(String drafted, String current) {
        return new ApiException(HttpStatus.CONFLICT, "RANKING_CHANGED",
                "Bảng xếp hạng chính thức đã thay đổi từ khi lập dự kiến; cần lập lại dự kiến.",
                "The frozen ranking changed since the draft; draft again.", List.of(),
                Map.of("draftedRankingHash", drafted, "currentRankingHash", current));
    }

    /** A step the decision's lifecycle refuses, as the API answers it. */
    static ApiException of(AwardDecisionLifecycle.Refusal refusal) {
        return switch (refusal) {
            case AwardDecisionLifecycle.Refusal.NoDecision r -> noDecision();
            case AwardDecisionLifecycle.Refusal.Locked r -> locked();
            case AwardDecisionLifecycle.Refusal.WrongStatus r -> wrongStatus(r.status(), r.expected());
            case AwardDecisionLifecycle.Refusal.NotFrozen r -> notFrozen();
            case AwardDecisionLifecycle.Refusal.NoRules r -> noRules();
            case AwardDecisionLifecycle.Refusal.DraftChanged r -> new ApiException(HttpStatus.CONFLICT, "DRAFT_CHANGED",
                    "Dự kiến đã được lập lại sau khi bạn xem; hãy xem lại trước khi ký.",
                    "The draft changed since the version you reviewed; review it again.", List.of(),
                    Map.of("currentVersion", r.currentVersion()));
            case AwardDecisionLifecycle.Refusal.RankingChanged r -> rankingChanged(r.drafted(), r.current());
            case AwardDecisionLifecycle.Refusal.RoundsNotSigned r -> new ApiException(HttpStatus.CONFLICT,
                    "ROUND_AWARDS_NOT_SIGNED", "Cần ký duyệt kết quả của mọi đợt thi trước kết quả toàn cuộc thi.",
                    "Every round's decision must be signed before the contest's.", List.of(), Map.of("rounds", r.rounds()));
            case AwardDecisionLifecycle.Refusal.DraftOutdated r -> new ApiException(HttpStatus.CONFLICT, "DRAFT_OUTDATED",
                    "Kết quả tính lại không còn khớp dự kiến (quy định, danh sách loại trừ hoặc đợt khác đã thay đổi); cần lập lại dự kiến.",
                    "Computing again gives different winners (rules, exclusions or other scopes changed); draft again.");
            case AwardDecisionLifecycle.Refusal.FlagsPending r -> flagsPending(r.places());
            case AwardDecisionLifecycle.Refusal.IdentityNotVerified r -> new ApiException(HttpStatus.CONFLICT,
                    "IDENTITY_NOT_VERIFIED",
                    "Còn " + r.accountIds().size() + " người đoạt giải chưa được hội đồng xác minh danh tính (đối chiếu giấy tờ); "
                            + "cần xác minh trước khi ký.",
                    r.accountIds().size() + " winner(s) have no verified identity yet; verify them before signing.", List.of(),
                    Map.of("accountIds", r.accountIds()));
        };
    }

    /** 409 PRIZE_FLAGS_PENDING, with the places the committee must decide on first. */
    static ApiException flagsPending(List<PrizeFlagRule.Flagged> flagged) {
        return new ApiException(HttpStatus.CONFLICT, "PRIZE_FLAGS_PENDING",
                "Chưa thể ký duyệt: " + flagged.size() + " người đoạt giải còn cảnh báo chưa được hội đồng rà soát — "
                        + PrizeFlagRule.describe(flagged)
                        + ". Hãy loại hoặc xác nhận không vi phạm trong mục Rà soát bài thi rồi ký duyệt lại"
                        + " (loại một người đoạt giải thì cần lập lại dự kiến).",
                "Cannot sign: " + flagged.size() + " prize winner(s) still have undecided review flags; "
                        + "decide them in the review queue, then sign again (draft again if a winner is disqualified).",
                List.of(), Map.of("winners", flagged.stream().map(AwardErrors::detail).toList()));
    }

    /** One flagged place as the refusal's details carry it. */
    private static Map<String, Object> detail(PrizeFlagRule.Flagged f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("tier", f.tier());
        d.put("rank", f.rank());
        d.put("accountId", f.accountId());
        d.put("displayName", f.displayName());
        d.put("rounds", f.rounds());
        d.put("flags", f.flags());
        d.put("flagLabels", f.flagLabels());
        return d;
    }

    static ApiException reasonRequired() {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "REASON_REQUIRED",
                "Cần nêu lý do (5–500 ký tự).", "A reason (5–500 characters) is required.");
    }

    /** 5–500 characters after trimming, or a 422. */
    static String reason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.length() < 5 || reason.length() > 500) {
            throw reasonRequired();
        }
        return reason;
    }
}
