package vn.dongnai.contest.contest;

import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.BusinessRule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a round must satisfy before contestants can see it: its window opens before it closes and
 * is not over; it overlaps no other visible round of the contest; and the bank's active pool can
 * always fill the draw. Plain Java, every problem reported at its field.
 *
 * <p>The draw takes each rule's questions in order, then the rest of the pool. Rules may overlap
 * (a topic rule and a difficulty rule can want the same question), so each rule is checked
 * against the worst case: every earlier rule took as many questions this rule also needs as it
 * could. If that passes, no random draw can ever come up short.
 */
@BusinessRule
final class RoundPublishing {

    private static final DateTimeFormatter VIETNAM_TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** An active question of the bank, as the draw sees it. */
    record Drawable(long topicId, String difficulty, Audience audience) {

        Drawable(long topicId, String difficulty) {
            this(topicId, difficulty, Audience.ALL);
        }
    }

    /** Another published or closed round of the same contest. */
    record OtherRound(long id, String name, Instant opensAt, Instant closesAt) {
    }

    private RoundPublishing() {
    }

    static List<ApiError.FieldError> check(Instant opensAt, Instant closesAt, int questionCount, List<DrawRule.Part> rules,
                                           List<Drawable> pool, List<OtherRound> others, Instant now) {
        return check(opensAt, closesAt, questionCount, Audience.ALL, rules, pool, others, now);
    }

    /** @param audience the round's: the draw sees only the pool's questions for it and for everyone */
    static List<ApiError.FieldError> check(Instant opensAt, Instant closesAt, int questionCount, Audience audience,
                                           List<DrawRule.Part> rules, List<Drawable> pool, List<OtherRound> others, Instant now) {
        List<ApiError.FieldError> problems = new ArrayList<>(windowOrder(opensAt, closesAt));
        if (problems.isEmpty() && !closesAt.isAfter(now)) {
            problems.add(new ApiError.FieldError("closesAt", "WINDOW_IN_PAST",
                    "Thời gian kết thúc đợt thi đã qua.", "The round's window is already over."));
        }
        if (problems.isEmpty()) {
            problems.addAll(overlaps(opensAt, closesAt, others));
        }
        problems.addAll(ruleSum(questionCount, rules));
        problems.addAll(pool(questionCount, audience, rules, pool));
        return problems;
    }

    static List<ApiError.FieldError> windowOrder(Instant opensAt, Instant closesAt) {
        if (closesAt.isAfter(opensAt)) {
            return List.of();
        }
        return List.of(new ApiError.FieldError("closesAt", "CLOSES_BEFORE_OPENS",
                "Thời gian kết thúc phải sau thời gian bắt đầu.", "The round must close after it opens."));
    }

    static List<ApiError.FieldError> overlaps(Instant opensAt, Instant closesAt, List<OtherRound> others) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        for (OtherRound other : others) {
            if (opensAt.isBefore(other.closesAt()) && other.opensAt().isBefore(closesAt)) {
                problems.add(new ApiError.FieldError("opensAt", "WINDOW_OVERLAPS",
                        "Thời gian thi trùng với " + other.name() + " (" + VIETNAM_TIME.format(other.opensAt()) + " – "
                                + VIETNAM_TIME.format(other.closesAt()) + ").",
                        "The window overlaps round " + other.id() + " (" + other.name() + ", " + other.opensAt() + " – "
                                + other.closesAt() + ")."));
            }
        }
        return problems;
    }

    static List<ApiError.FieldError> ruleSum(int questionCount, List<DrawRule.Part> rules) {
        int sum = rules.stream().mapToInt(DrawRule.Part::count).sum();
        if (sum <= questionCount) {
            return List.of();
        }
        return List.of(new ApiError.FieldError("drawRules", "DRAW_RULES_EXCEED_COUNT",
                "Tổng số câu theo các quy tắc (" + sum + ") vượt số câu của đợt thi (" + questionCount + ").",
                "The draw rules ask for " + sum + " questions; the round draws " + questionCount + "."));
    }

    static List<ApiError.FieldError> pool(int questionCount, List<DrawRule.Part> rules, List<Drawable> pool) {
        return pool(questionCount, Audience.ALL, rules, pool);
    }

    static List<ApiError.FieldError> pool(int questionCount, Audience audience, List<DrawRule.Part> rules, List<Drawable> bank) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        List<Drawable> pool = bank.stream().filter(q -> q.audience().eligibleFor(audience)).toList();
        if (pool.size() < questionCount) {
            String forWhom = audience == Audience.ALL ? "" : " dành cho " + audience.label().toLowerCase(Locale.ROOT)
                    + " hoặc mọi đối tượng";
            String forWhomEn = audience == Audience.ALL ? "" : " for " + audience.code() + " or everyone";
            problems.add(new ApiError.FieldError("questionCount", "POOL_TOO_SMALL",
                    "Ngân hàng chỉ có " + pool.size() + " câu hỏi đang dùng" + forWhom + ", ít hơn " + questionCount
                            + " câu mỗi lượt thi.",
                    "The bank has " + pool.size() + " active questions" + forWhomEn + ", fewer than the " + questionCount
                            + " each attempt draws."));
        }
        for (int i = 0; i < rules.size(); i++) {
            DrawRule.Part rule = rules.get(i);
            long matching = pool.stream().filter(q -> matches(rule, q)).count();
            long takenByEarlier = 0;
            for (int j = 0; j < i; j++) {
                DrawRule.Part earlier = rules.get(j);
                long shared = pool.stream().filter(q -> matches(rule, q) && matches(earlier, q)).count();
                takenByEarlier += Math.min(earlier.count(), shared);
            }
            if (matching - takenByEarlier < rule.count()) {
                problems.add(new ApiError.FieldError("drawRules[" + i + "]", "RULE_POOL_TOO_SMALL",
                        "Quy tắc " + (i + 1) + " cần " + rule.count() + " câu nhưng ngân hàng chỉ bảo đảm được "
                                + Math.max(0, matching - takenByEarlier) + " câu phù hợp.",
                        "Rule " + (i + 1) + " needs " + rule.count() + " questions; the pool guarantees only "
                                + Math.max(0, matching - takenByEarlier) + " matching ones."));
            }
        }
        return problems;
    }

    private static boolean matches(DrawRule.Part rule, Drawable question) {
        return rule.matches(question.topicId(), question.difficulty(), question.audience());
    }
}
