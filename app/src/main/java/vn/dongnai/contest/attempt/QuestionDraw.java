package vn.dongnai.contest.attempt;

import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.question.Candidate;
import vn.dongnai.contest.system.BusinessRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws an attempt's questions by the round's draw rule ({@link DrawRule}): each part's count from
 * the questions matching its topic, difficulty and/or audience, then the rest from the whole pool, uniformly and without replacement; the order
 * of questions and of each question's options is shuffled too. A round set for one audience draws
 * only from that audience's questions and those for everyone.
 *
 * <p>No repeats (không lặp câu đã gặp): given what the contestant was already shown, each rule's
 * bucket (and the rest of the pool) draws first, uniformly, from the questions they have not seen;
 * only when that bucket has too few unseen ones does it take seen ones, least recently seen first
 * (ties at random). A bucket never borrows from another, so the rules' counts hold as without it.
 * Rules are served in order: when two rules overlap (a topic and a difficulty), the first may take
 * unseen questions the second also wanted, as it may take any question the second wanted today.
 */
@BusinessRule
public final class QuestionDraw {

    /** A drawn question: its version and its option ids in the order this attempt shows them. */
    public record Drawn(long versionId, long[] optionOrder) {
    }

    public static final class PoolTooSmallException extends RuntimeException {
        PoolTooSmallException(String message) {
            super(message);
        }
    }

    private QuestionDraw() {
    }

    public static List<Drawn> draw(List<Candidate> pool, List<DrawRule.Part> rules, int count, Random random) {
        return draw(pool, Audience.ALL, rules, count, random);
    }

    /** @param audience the round's audience: only questions for it and for everyone are drawn */
    public static List<Drawn> draw(List<Candidate> pool, Audience audience, List<DrawRule.Part> rules, int count, Random random) {
        return draw(pool, audience, rules, count, Map.of(), random);
    }

    /**
     * @param lastShown what this contestant was shown before: version id (of the pool's current
     *                  version) → when it was last shown, any number that grows with time (epoch
     *                  millis); absent means never shown. Versions no longer in the pool are ignored.
     */
    public static List<Drawn> draw(List<Candidate> pool, Audience audience, List<DrawRule.Part> rules, int count,
                                   Map<Long, Long> lastShown, Random random) {
        if (audience != Audience.ALL) {
            List<Candidate> eligible = new ArrayList<>(pool.size());
            for (Candidate c : pool) {
                if (c.audience().eligibleFor(audience)) {
                    eligible.add(c);
                }
            }
            pool = eligible;
        }
        Set<Long> taken = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>(count);
        for (DrawRule.Part rule : rules) {
            List<Candidate> matching = new ArrayList<>();
            for (Candidate c : pool) {
                if (rule.matches(c.topicId(), c.difficulty(), c.audience()) && !taken.contains(c.versionId())) {
                    matching.add(c);
                }
            }
            takeInto(chosen, taken, matching, rule.count(), lastShown, random, rule);
        }
        if (chosen.size() > count) {
            throw new PoolTooSmallException("rules ask for " + chosen.size() + " questions, the round draws " + count);
        }
        List<Candidate> rest = new ArrayList<>(pool.size());
        for (Candidate c : pool) {
            if (!taken.contains(c.versionId())) {
                rest.add(c);
            }
        }
        takeInto(chosen, taken, rest, count - chosen.size(), lastShown, random, null);
        Collections.shuffle(chosen, random);
        return chosen.stream().map(c -> new Drawn(c.versionId(), shuffled(c.optionIds(), random))).toList();
    }

    /**
     * Takes {@code n} of {@code from}, which the caller built for this draw: unseen questions first,
     * then seen ones, least recently seen first. {@code rule} is null for the rest of the pool; the
     * message is built only on failure, as every start of a peak draws.
     */
    private static void takeInto(List<Candidate> chosen, Set<Long> taken, List<Candidate> from, int n,
                                 Map<Long, Long> lastShown, Random random, DrawRule.Part rule) {
        if (from.size() < n) {
            String what = rule == null ? "the rest of the pool" : "rule " + rule;
            throw new PoolTooSmallException(what + " needs " + n + " questions, the pool has " + from.size());
        }
        if (lastShown.isEmpty()) {
            pick(chosen, taken, from, n, random);
            return;
        }
        List<Candidate> unseen = new ArrayList<>(from.size());
        List<Candidate> seen = new ArrayList<>();
        for (Candidate c : from) {
            (lastShown.containsKey(c.versionId()) ? seen : unseen).add(c);
        }
        int fromUnseen = Math.min(n, unseen.size());
        pick(chosen, taken, unseen, fromUnseen, random);
        if (fromUnseen < n) {
            // shuffled before the stable sort, so questions last shown in the same attempt come out at random
            Collections.shuffle(seen, random);
            seen.sort(Comparator.comparingLong(c -> lastShown.get(c.versionId())));
            for (Candidate c : seen.subList(0, n - fromUnseen)) {
                chosen.add(c);
                taken.add(c.versionId());
            }
        }
    }

    /** Partial Fisher–Yates over {@code from}: n uniform picks without replacement cost O(n). */
    private static void pick(List<Candidate> chosen, Set<Long> taken, List<Candidate> from, int n, Random random) {
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(from.size() - i);
            Collections.swap(from, i, j);
            chosen.add(from.get(i));
            taken.add(from.get(i).versionId());
        }
    }

    private static long[] shuffled(long[] options, Random random) {
        long[] copy = options.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return copy;
    }
}
