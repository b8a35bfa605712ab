package vn.dongnai.contest.award;

import io.micronaut.http.HttpStatus;
import vn.dongnai.contest.system.ApiException;

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
