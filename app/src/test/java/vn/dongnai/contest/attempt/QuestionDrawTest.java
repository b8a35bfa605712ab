package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
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
        var rules = List.of(new QuestionDraw.Rule(1L, null, 4), new QuestionDraw.Rule(null, "HARD", 3));

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
                () -> QuestionDraw.draw(pool(), List.of(new QuestionDraw.Rule(1L, "EASY", 8)), 10, new Random()));
    }

    @Test
    void rulesAskingForMoreThanTheRoundDrawsAreRefused() {
        assertThrows(QuestionDraw.PoolTooSmallException.class,
                () -> QuestionDraw.draw(pool(), List.of(new QuestionDraw.Rule(null, "EASY", 12)), 10, new Random()));
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
        var rules = List.of(new QuestionDraw.Rule(1L, null, Audience.RESIDENTS, 5));
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
}
