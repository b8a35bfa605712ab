package vn.dongnai.contest.review;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.FreeText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When an entry deserves a human look. Each rule only raises a flag with its evidence; deciding is
 * the committee's job. Plain Java, thresholds from configuration.
 */
@BusinessRule
final class ReviewRules {

    static final String FAST_FINISH = "FAST_FINISH";
    static final String SHARED_ADDRESS = "SHARED_ADDRESS";
    static final String SHARED_DEVICE = "SHARED_DEVICE";
    static final String IDENTICAL_ANSWERS = "IDENTICAL_ANSWERS";

    /**
     * @param fastSecondsPerQuestion  an attempt faster than this per question is implausible…
     * @param fastMinCorrectRatio     …when it also got at least this share right (clicking through
     *                                quickly and getting most wrong harms nobody)
     * @param accountsPerAddress      this many accounts behind one client address (offices and schools
     *                                share one, so the default is generous)
     * @param accountsPerDevice       this many accounts from one address with one User-Agent
     * @param identicalMinAnswers     identical answer sets count only with at least this many answers…
     * @param identicalMinWrong       …and this many shared wrong answers (identical perfect papers are
     *                                no evidence of anything)
     */
    record Thresholds(int fastSecondsPerQuestion, double fastMinCorrectRatio, int accountsPerAddress,
                      int accountsPerDevice, int identicalMinAnswers, int identicalMinWrong) {
    }

    record Flag(long accountId, String kind, Map<String, Object> evidence) {
    }

    record ClosedAttempt(long attemptId, long accountId, String status, int questionCount, int correctCount,
                         long durationMs) {
    }

    /** Accounts seen behind one address (or one address and User-Agent); {@code tag} names it without revealing it. */
    record SharedOrigin(String tag, Set<Long> accountIds) {
    }

    /** The exact set of (question version, chosen option) of a graded attempt. */
    record AnswerSet(long attemptId, long accountId, String signature, int answered, int wrong) {
    }

    private ReviewRules() {
    }

    static List<Flag> fastFinishes(List<ClosedAttempt> attempts, Thresholds t) {
        List<Flag> flags = new ArrayList<>();
        for (ClosedAttempt a : attempts) {
            long thresholdMs = (long) a.questionCount() * t.fastSecondsPerQuestion() * 1000L;
            boolean submitted = "SUBMITTED".equals(a.status());
            if (submitted && a.durationMs() < thresholdMs && a.questionCount() > 0
                    && a.correctCount() >= Math.ceil(t.fastMinCorrectRatio() * a.questionCount())) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("attemptId", a.attemptId());
                evidence.put("durationMs", a.durationMs());
                evidence.put("thresholdMs", thresholdMs);
                evidence.put("correctCount", a.correctCount());
                evidence.put("questionCount", a.questionCount());
                flags.add(new Flag(a.accountId(), FAST_FINISH, evidence));
            }
        }
        return flags;
    }

    static List<Flag> sharedOrigins(String kind, List<SharedOrigin> groups, int threshold) {
        return sharedOrigins(kind, groups, threshold, Integer.MAX_VALUE, Map.of());
    }

    /**
     * Many accounts behind one address or device, where colleagues are not suspects: accounts that
     * declare the same unit (đơn vị) behind one origin are an office sharing a connection or a
     * computer, so together they count as one towards {@code threshold}; they raise the flag on their
     * own only from {@code sameUnitThreshold} accounts of that unit.
     *
     * @param units each account's declared unit, when it has one
     */
    static List<Flag> sharedOrigins(String kind, List<SharedOrigin> groups, int threshold, int sameUnitThreshold,
                                    Map<Long, String> units) {
        List<Flag> flags = new ArrayList<>();
        for (SharedOrigin group : groups) {
            Map<String, Integer> perUnit = new LinkedHashMap<>();
            for (long account : group.accountIds()) {
                String unit = unitKey(units.get(account));
                if (unit != null) {
                    perUnit.merge(unit, 1, Integer::sum);
                }
            }
            int colleagues = perUnit.values().stream().filter(n -> n > 1).mapToInt(Integer::intValue).sum();
            long offices = perUnit.values().stream().filter(n -> n > 1).count();
            long parties = group.accountIds().size() - colleagues + offices;
            boolean bigOffice = perUnit.values().stream().anyMatch(n -> n >= sameUnitThreshold);
            if (parties < threshold && !bigOffice) {
                continue;
            }
            for (long account : group.accountIds()) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put(SHARED_ADDRESS.equals(kind) ? "address" : "device", group.tag());
                evidence.put("accounts", group.accountIds().size());
                if (colleagues > 0) {
                    evidence.put("sameUnitAccounts", colleagues);
                }
                evidence.put("otherAccounts", others(group.accountIds(), account));
                flags.add(new Flag(account, kind, evidence));
            }
        }
        return flags;
    }

    static List<Flag> identicalAnswers(List<AnswerSet> sets, Thresholds t) {
        Map<String, List<AnswerSet>> bySignature = new LinkedHashMap<>();
        for (AnswerSet set : sets) {
            if (set.answered() >= t.identicalMinAnswers() && set.wrong() >= t.identicalMinWrong()) {
                bySignature.computeIfAbsent(set.signature(), s -> new ArrayList<>()).add(set);
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (List<AnswerSet> same : bySignature.values()) {
            Set<Long> accounts = new TreeSet<>();
            same.forEach(s -> accounts.add(s.accountId()));
            if (accounts.size() < 2) {
                continue;
            }
            Set<Long> flagged = new LinkedHashSet<>();
            for (AnswerSet set : same) {
                if (!flagged.add(set.accountId())) {
                    continue;
                }
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("attemptIds", same.stream().map(AnswerSet::attemptId).sorted().toList());
                evidence.put("answered", set.answered());
                evidence.put("sharedWrongAnswers", set.wrong());
                evidence.put("otherAccounts", others(accounts, set.accountId()));
                flags.add(new Flag(set.accountId(), IDENTICAL_ANSWERS, evidence));
            }
        }
        return flags;
    }

    /** One office however its members typed it: normalized, case ignored; null when none was declared. */
    private static String unitKey(String unit) {
        String key = FreeText.normalize(unit).toLowerCase(java.util.Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    private static List<Long> others(Set<Long> accounts, long self) {
        return accounts.stream().filter(a -> a != self).sorted().limit(50).toList();
    }
}
