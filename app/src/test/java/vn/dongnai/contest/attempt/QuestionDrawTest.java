package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.question.Candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionDrawTest {

    /** 60 questions: topics 1..3 × EASY/MEDIUM/HARD, 4 options each. */
    private static List<Candidate> pool() {
        List<Candidate> pool = new ArrayList<>();
        String[] levels = {"EASY", "MEDIUM", "HARD"};
        for (int i = 0; i < 60; i++) {
            long base = 1000L + i * 10;
            pool.add(new Candidate(i + 1, i % 3 + 1, levels[(i / 3) % 3], new long[]{base, base + 1, base + 2, base + 3}));
        }
        return pool;
    }

    @Test
    void drawsTheRequestedCountWithoutRepeats() {
        List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(pool(), List.of(), 20, new Random(1));
        assertEquals(20, drawn.size());
        assertEquals(20, drawn.stream().map(QuestionDraw.Drawn::versionId).distinct().count());
    }

    @Test
    void eachRuleGetsItsCountFromMatchingQuestions() {
        List<Candidate> pool = pool();
        Map<Long, Candidate> byId = new HashMap<>();
        pool.forEach(c -> byId.put(c.versionId(), c));
        var rules = List.of(new DrawRule.Part(1L, null, 4), new DrawRule.Part(null, "HARD", 3));

        for (int seed = 0; seed < 50; seed++) {
            List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(pool, rules, 10, new Random(seed));
            assertTrue(drawn.stream().filter(d -> byId.get(d.versionId()).topicId() == 1).count() >= 4);
            assertTrue(drawn.stream().filter(d -> byId.get(d.versionId()).difficulty().equals("HARD")).count() >= 3);
            assertEquals(10, drawn.size());
        }
    }

    @Test
    void optionsAreAPermutationOfTheQuestionsOwnOptions() {
        Map<Long, Candidate> byId = new HashMap<>();
        pool().forEach(c -> byId.put(c.versionId(), c));
        for (QuestionDraw.Drawn drawn : QuestionDraw.draw(pool(), List.of(), 30, new Random(7))) {
            long[] own = byId.get(drawn.versionId()).optionIds().clone();
            long[] shown = drawn.optionOrder().clone();
            Arrays.sort(own);
            Arrays.sort(shown);
            assertTrue(Arrays.equals(own, shown));
        }
    }

    @Test
    void everyQuestionAndEveryOptionPlaceIsEquallyLikely() {
        List<Candidate> pool = pool();
        int draws = 6000;
        Map<Long, Integer> picked = new HashMap<>();
        int[] firstOptionPlace = new int[4];
        Random random = new Random(42);
        for (int n = 0; n < draws; n++) {
            for (QuestionDraw.Drawn d : QuestionDraw.draw(pool, List.of(), 10, random)) {
                picked.merge(d.versionId(), 1, Integer::sum);
                long first = 1000L + (d.versionId() - 1) * 10;
                for (int place = 0; place < 4; place++) {
                    if (d.optionOrder()[place] == first) {
                        firstOptionPlace[place]++;
                    }
                }
            }
        }
        double expected = draws * 10.0 / pool.size();
        picked.values().forEach(count -> assertTrue(Math.abs(count - expected) < expected * 0.15,
                "each question drawn about " + expected + " times, got " + count));
        double perPlace = draws * 10.0 / 4;
        for (int count : firstOptionPlace) {
            assertTrue(Math.abs(count - perPlace) < perPlace * 0.05, "option A lands on each place a quarter of the time");
        }
    }

    @Test
    void aPoolSmallerThanTheDrawIsRefused() {
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(pool(), List.of(), 61, new Random()));
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(pool(), List.of(new DrawRule.Part(1L, "EASY", 8)), 10, new Random()));
    }

    @Test
    void rulesAskingForMoreThanTheRoundDrawsAreRefused() {
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(pool(), List.of(new DrawRule.Part(null, "EASY", 12)), 10, new Random()));
    }

    @Test
    void twoAttemptsRarelySeeTheSameOrder() {
        Set<List<Long>> orders = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            orders.add(QuestionDraw.draw(pool(), List.of(), 10, random).stream().map(QuestionDraw.Drawn::versionId).toList());
        }
        assertEquals(100, orders.size());
    }

    /** 30 questions: versions 1–10 for everyone, 11–20 for officials, 21–30 for residents; topic 1 or 2 alternating. */
    private static List<Candidate> byAudience() {
        List<Candidate> pool = new ArrayList<>();
        Audience[] audiences = {Audience.ALL, Audience.OFFICIALS, Audience.RESIDENTS};
        for (int i = 0; i < 30; i++) {
            long base = 5000L + i * 10;
            pool.add(new Candidate(i + 1, i % 2 + 1, "EASY", audiences[i / 10], new long[]{base, base + 1, base + 2, base + 3}));
        }
        return pool;
    }

    private static Audience audienceOf(long versionId) {
        return versionId <= 10 ? Audience.ALL : versionId <= 20 ? Audience.OFFICIALS : Audience.RESIDENTS;
    }

    @Test
    void aRoundForOfficialsDrawsOnlyQuestionsForOfficialsAndForEveryone() {
        Set<Long> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            for (QuestionDraw.Drawn d : QuestionDraw.draw(byAudience(), Audience.OFFICIALS, List.of(), 12, new Random(seed))) {
                assertTrue(audienceOf(d.versionId()) != Audience.RESIDENTS, "version " + d.versionId() + " is for residents");
                seen.add(d.versionId());
            }
        }
        assertEquals(20, seen.size(), "every question for officials or for everyone gets drawn sometimes");
    }

    @Test
    void aRoundForEveryoneDrawsFromEveryAudience() {
        Set<Audience> seen = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            QuestionDraw.draw(byAudience(), Audience.ALL, List.of(), 12, new Random(seed))
                    .forEach(d -> seen.add(audienceOf(d.versionId())));
        }
        assertEquals(Set.of(Audience.ALL, Audience.OFFICIALS, Audience.RESIDENTS), seen);
    }

    @Test
    void aRuleForResidentsInARoundForEveryoneTakesResidentsAndEveryoneQuestionsOnly() {
        var rules = List.of(new DrawRule.Part(1L, null, Audience.RESIDENTS, 5));
        for (int seed = 0; seed < 100; seed++) {
            List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(byAudience(), Audience.ALL, rules, 5, new Random(seed));
            for (QuestionDraw.Drawn d : drawn) {
                assertTrue(audienceOf(d.versionId()) != Audience.OFFICIALS, "version " + d.versionId() + " is for officials");
                assertEquals(1, (d.versionId() - 1) % 2 + 1, "the rule's topic");
            }
        }
    }

    @Test
    void aRoundForResidentsCannotDrawMoreThanItsAudienceAndEveryoneHave() {
        assertEquals(20, QuestionDraw.draw(byAudience(), Audience.RESIDENTS, List.of(), 20, new Random(1)).size());
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(byAudience(), Audience.RESIDENTS, List.of(), 21, new Random(1)));
    }

    // ---- no repeats: a later attempt draws first from what the contestant has not seen ----------

    /** {@code n} questions of one topic and difficulty, version ids {@code from..from+n-1}. */
    private static List<Candidate> plain(long from, int n, long topic) {
        List<Candidate> pool = new ArrayList<>();
        for (long id = from; id < from + n; id++) {
            pool.add(new Candidate(id, topic, "EASY", new long[]{id * 10, id * 10 + 1, id * 10 + 2, id * 10 + 3}));
        }
        return pool;
    }

    private static Set<Long> ids(List<QuestionDraw.Drawn> drawn) {
        Set<Long> ids = new HashSet<>();
        drawn.forEach(d -> ids.add(d.versionId()));
        return ids;
    }

    /** What an attempt showed, as the engine passes it to the next draw: each version last shown at {@code at}. */
    private static Map<Long, Long> shownAt(Map<Long, Long> before, List<QuestionDraw.Drawn> drawn, long at) {
        Map<Long, Long> after = new HashMap<>(before);
        drawn.forEach(d -> after.put(d.versionId(), at));
        return after;
    }

    private static QuestionDraw.Drawn[] draw(List<Candidate> pool, List<DrawRule.Part> rules, int count,
                                             Map<Long, Long> seen, long seed) {
        return QuestionDraw.draw(pool, Audience.ALL, rules, count, seen, new Random(seed)).toArray(QuestionDraw.Drawn[]::new);
    }

    @Test
    void aSecondAttemptOnAPoolTwiceTheDrawSeesOnlyNewQuestions() {
        List<Candidate> pool = plain(1, 20, 1);
        for (int seed = 0; seed < 100; seed++) {
            List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, List.of(), 10, Map.of(), new Random(seed));
            List<QuestionDraw.Drawn> second = List.of(draw(pool, List.of(), 10, shownAt(Map.of(), first, 1), seed + 1000));
            Set<Long> overlap = ids(first);
            overlap.retainAll(ids(second));
            assertEquals(Set.of(), overlap, "seed " + seed);
            assertEquals(10, second.size());
        }
    }

    @Test
    void whenThePoolEqualsTheDrawEveryLaterAttemptShowsTheSameQuestionsAgain() {
        List<Candidate> pool = plain(1, 10, 1);
        List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, List.of(), 10, Map.of(), new Random(1));
        List<QuestionDraw.Drawn> second = List.of(draw(pool, List.of(), 10, shownAt(Map.of(), first, 1), 2));
        assertEquals(ids(first), ids(second));
        assertEquals(10, ids(second).size(), "no question twice in one attempt");
    }

    @Test
    void whenThePoolIsOneMoreThanTheDrawTheOneUnseenQuestionIsAlwaysDrawn() {
        List<Candidate> pool = plain(1, 11, 1);
        for (int seed = 0; seed < 50; seed++) {
            List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, List.of(), 10, Map.of(), new Random(seed));
            Set<Long> unseen = new HashSet<>(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L));
            unseen.removeAll(ids(first));
            Set<Long> second = ids(List.of(draw(pool, List.of(), 10, shownAt(Map.of(), first, 1), seed + 1)));
            assertTrue(second.containsAll(unseen), "seed " + seed + ": the unseen question " + unseen + " is drawn");
            assertEquals(10, second.size());
        }
    }

    @Test
    void onAPoolOfOneAndAHalfDrawsTheThirdAttemptTakesTheLeastRecentlySeenFirst() {
        List<Candidate> pool = plain(1, 30, 1);
        for (int seed = 0; seed < 50; seed++) {
            List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, List.of(), 20, Map.of(), new Random(seed));
            Map<Long, Long> afterFirst = shownAt(Map.of(), first, 100);
            List<QuestionDraw.Drawn> second = List.of(draw(pool, List.of(), 20, afterFirst, seed + 1));
            Set<Long> neverShownBefore = new HashSet<>(ids(second));
            neverShownBefore.removeAll(ids(first));
            assertEquals(10, neverShownBefore.size(), "the second attempt takes all 10 unseen, then 10 seen");

            Map<Long, Long> afterSecond = shownAt(afterFirst, second, 200);
            Set<Long> onlyInFirst = new HashSet<>(ids(first));
            onlyInFirst.removeAll(ids(second));
            assertEquals(10, onlyInFirst.size());
            Set<Long> third = ids(List.of(draw(pool, List.of(), 20, afterSecond, seed + 2)));
            assertTrue(third.containsAll(onlyInFirst), "questions last seen in the first attempt come before the second's");
            assertEquals(20, third.size());
        }
    }

    @Test
    void aTopicQuotaStillHoldsExactlyAndFallsBackToSeenQuestionsOnlyInsideItsOwnTopic() {
        // topic 1 has 5 questions (ids 1-5), topic 2 has 40 (ids 101-140); the round draws 4 + 6
        List<Candidate> pool = new ArrayList<>(plain(1, 5, 1));
        pool.addAll(plain(101, 40, 2));
        var rules = List.of(new DrawRule.Part(1L, null, 4), new DrawRule.Part(2L, null, 6));
        for (int seed = 0; seed < 50; seed++) {
            List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, rules, 10, Map.of(), new Random(seed));
            List<QuestionDraw.Drawn> second = List.of(draw(pool, rules, 10, shownAt(Map.of(), first, 1), seed + 7));
            Set<Long> secondIds = ids(second);
            assertEquals(4, secondIds.stream().filter(id -> id <= 5).count(), "exactly 4 of topic 1");
            assertEquals(6, secondIds.stream().filter(id -> id > 100).count(), "exactly 6 of topic 2");
            Set<Long> topicOneUnseen = new HashSet<>(Set.of(1L, 2L, 3L, 4L, 5L));
            topicOneUnseen.removeAll(ids(first));
            assertTrue(secondIds.containsAll(topicOneUnseen), "topic 1's one unseen question comes first");
            Set<Long> repeated = new HashSet<>(secondIds);
            repeated.retainAll(ids(first));
            assertTrue(repeated.stream().allMatch(id -> id <= 5), "only topic 1, whose unseen ran out, repeats: " + repeated);
        }
    }

    @Test
    void theRestOfThePoolAfterTheRulesAlsoPrefersUnseenQuestions() {
        // a difficulty rule for 2 HARD questions, the other 8 from anywhere: 12 questions in all
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            pool.add(new Candidate(id, 1, id <= 3 ? "HARD" : "EASY", new long[]{id * 10, id * 10 + 1}));
        }
        var rules = List.of(new DrawRule.Part(null, "HARD", 2));
        List<QuestionDraw.Drawn> first = QuestionDraw.draw(pool, Audience.ALL, rules, 10, Map.of(), new Random(5));
        Set<Long> unseen = new HashSet<>();
        for (long id = 1; id <= 12; id++) {
            unseen.add(id);
        }
        unseen.removeAll(ids(first));
        Set<Long> second = ids(List.of(draw(pool, rules, 10, shownAt(Map.of(), first, 1), 6)));
        assertTrue(second.containsAll(unseen), "both questions left out the first time are drawn: " + unseen);
        assertTrue(second.stream().filter(id -> id <= 3).count() >= 2, "the HARD rule still holds");
    }

    @Test
    void unseenQuestionsAreStillDrawnUniformly() {
        List<Candidate> pool = plain(1, 40, 1);
        Map<Long, Long> seen = new HashMap<>();
        for (long id = 1; id <= 10; id++) {
            seen.put(id, 1L);
        }
        Map<Long, Integer> picked = new HashMap<>();
        Random random = new Random(11);
        int draws = 3000;
        for (int n = 0; n < draws; n++) {
            for (QuestionDraw.Drawn d : QuestionDraw.draw(pool, Audience.ALL, List.of(), 10, seen, random)) {
                picked.merge(d.versionId(), 1, Integer::sum);
            }
        }
        assertTrue(picked.keySet().stream().noneMatch(id -> id <= 10), "no seen question while 30 unseen remain");
        double expected = draws * 10.0 / 30;
        picked.values().forEach(count -> assertTrue(Math.abs(count - expected) < expected * 0.15,
                "each unseen question drawn about " + expected + " times, got " + count));
    }

    @Test
    void questionsSeenButNoLongerInThePoolChangeNothing() {
        List<Candidate> pool = plain(1, 10, 1);
        Map<Long, Long> retiredOnly = Map.of(500L, 1L, 501L, 2L);
        assertEquals(QuestionDraw.draw(pool, Audience.ALL, List.of(), 10, Map.of(), new Random(3)).stream()
                        .map(QuestionDraw.Drawn::versionId).toList(),
                List.of(draw(pool, List.of(), 10, retiredOnly, 3)).stream().map(QuestionDraw.Drawn::versionId).toList(),
                "the same seed draws the same questions");
    }

    @Test
    void seenQuestionsNeverMakeASmallPoolLookBigEnough() {
        Map<Long, Long> seen = Map.of(1L, 1L, 2L, 1L);
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(plain(1, 9, 1), Audience.ALL, List.of(), 10, seen, new Random(1)));
    }
}
