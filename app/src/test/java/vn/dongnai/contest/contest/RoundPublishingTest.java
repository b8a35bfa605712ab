package vn.dongnai.contest.contest;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.system.ApiError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoundPublishingTest {

    private static final Instant NOW = Instant.parse("2025-11-10T02:00:00Z");
    private static final Instant OPENS = NOW.plusSeconds(3600);
    private static final Instant CLOSES = NOW.plusSeconds(7 * 86400);

    private static List<RoundPublishing.Drawable> pool(int a, String difficulty, int n) {
        List<RoundPublishing.Drawable> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(new RoundPublishing.Drawable(a, difficulty));
        }
        return pool;
    }

    private static List<String> codes(List<ApiError.FieldError> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aRoundWithAWindowAheadAndAPoolLargeEnoughPasses() {
        var problems = RoundPublishing.check(OPENS, CLOSES, 5, List.of(new DrawRule.Part(1L, null, 2)),
                pool(1, "EASY", 6), List.of(), NOW);

        assertEquals(List.of(), problems);
    }

    @Test
    void aCloseBeforeTheOpenIsReportedAtClosesAt() {
        assertEquals(List.of("closesAt:CLOSES_BEFORE_OPENS"),
                codes(RoundPublishing.check(CLOSES, OPENS, 1, List.of(), pool(1, "EASY", 3), List.of(), NOW)));
    }

    @Test
    void aWindowThatIsAlreadyOverIsRefused() {
        assertEquals(List.of("closesAt:WINDOW_IN_PAST"), codes(RoundPublishing.check(NOW.minusSeconds(7200),
                NOW.minusSeconds(60), 1, List.of(), pool(1, "EASY", 3), List.of(), NOW)));
    }

    @Test
    void windowsThatShareEvenAMinuteOverlapButBackToBackWindowsDoNot() {
        var touching = new RoundPublishing.OtherRound(9, "Đợt 1", NOW, OPENS);
        var sharing = new RoundPublishing.OtherRound(9, "Đợt 1", NOW, OPENS.plusSeconds(60));

        assertEquals(List.of(), RoundPublishing.overlaps(OPENS, CLOSES, List.of(touching)));
        assertEquals(List.of("opensAt:WINDOW_OVERLAPS"), codes(RoundPublishing.overlaps(OPENS, CLOSES, List.of(sharing))));
    }

    @Test
    void aPoolSmallerThanTheDrawIsRefused() {
        assertEquals(List.of("questionCount:POOL_TOO_SMALL"),
                codes(RoundPublishing.check(OPENS, CLOSES, 10, List.of(), pool(1, "EASY", 9), List.of(), NOW)));
    }

    @Test
    void rulesAskingForMoreThanTheRoundDrawsAreRefused() {
        assertEquals(List.of("drawRules:DRAW_RULES_EXCEED_COUNT"), codes(RoundPublishing.ruleSum(3,
                List.of(new DrawRule.Part(1L, null, 2), new DrawRule.Part(null, "EASY", 2)))));
    }

    @Test
    void aRuleIsCheckedAgainstTheWorstDrawOfTheRulesBeforeIt() {
        // topic 1 has one easy and two hard questions, topic 2 one easy: "2 of topic 1" may take the
        // easy one, and then "2 easy" cannot be filled — it depends on luck, so it is refused
        List<RoundPublishing.Drawable> questions = new ArrayList<>(pool(1, "EASY", 1));
        questions.addAll(pool(1, "HARD", 2));
        questions.addAll(pool(2, "EASY", 1));
        List<DrawRule.Part> rules = List.of(new DrawRule.Part(1L, null, 2), new DrawRule.Part(null, "EASY", 2));

        assertEquals(List.of("drawRules[1]:RULE_POOL_TOO_SMALL"), codes(RoundPublishing.pool(4, rules, questions)));
    }

    @Test
    void overlappingRulesPassWhenEveryDrawCanFillThem() {
        List<RoundPublishing.Drawable> questions = new ArrayList<>(pool(1, "EASY", 2));
        questions.addAll(pool(2, "EASY", 2));
        List<DrawRule.Part> rules = List.of(new DrawRule.Part(1L, null, 2), new DrawRule.Part(null, "EASY", 2));

        assertEquals(List.of(), RoundPublishing.pool(4, rules, questions));
    }

    @Test
    void aRoundForOneAudienceCountsOnlyItsQuestionsAndThoseForEveryone() {
        List<RoundPublishing.Drawable> pool = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pool.add(new RoundPublishing.Drawable(1, "EASY", Audience.ALL));
            pool.add(new RoundPublishing.Drawable(1, "EASY", Audience.RESIDENTS));
            pool.add(new RoundPublishing.Drawable(2, "HARD", Audience.RESIDENTS));
        }
        pool.add(new RoundPublishing.Drawable(1, "EASY", Audience.OFFICIALS));

        var forOfficials = RoundPublishing.check(OPENS, CLOSES, 6, Audience.OFFICIALS, List.of(), pool, List.of(), NOW);
        var forResidents = RoundPublishing.check(OPENS, CLOSES, 12, Audience.RESIDENTS, List.of(), pool, List.of(), NOW);

        assertEquals(List.of("questionCount:POOL_TOO_SMALL"), codes(forOfficials), "4 for everyone + 1 for officials");
        assertEquals("Ngân hàng chỉ có 5 câu hỏi đang dùng dành cho cán bộ, công chức hoặc mọi đối tượng, ít hơn 6 câu mỗi lượt thi.",
                forOfficials.getFirst().message());
        assertEquals(List.of(), forResidents);
    }

    @Test
    void aRuleForOneAudienceIsCheckedAgainstThatAudienceAndEveryone() {
        List<RoundPublishing.Drawable> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.add(new RoundPublishing.Drawable(1, "HARD", Audience.OFFICIALS));
            pool.add(new RoundPublishing.Drawable(1, "HARD", Audience.RESIDENTS));
        }
        pool.add(new RoundPublishing.Drawable(1, "HARD", Audience.ALL));

        var problems = RoundPublishing.check(OPENS, CLOSES, 5, Audience.ALL,
                List.of(new DrawRule.Part(null, "HARD", Audience.RESIDENTS, 5)), pool, List.of(), NOW);

        assertEquals(List.of("drawRules[0]:RULE_POOL_TOO_SMALL"), codes(problems), "3 for residents + 1 for everyone");
    }
}
