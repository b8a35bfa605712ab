package vn.dongnai.contest.bank.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;

/**
 * The counts a committee checks before drawing rounds from a bank: how many questions per topic and
 * difficulty (the round rules draw by both), whether correct letters are spread evenly (a bank where
 * A is right half the time teaches guessing), how many duplicates and repeated facts there are, and
 * the {@link BankMix}: how often the key is the longest option, and the questions per audience and kind.
 *
 * @param byTopic        questions per topic and difficulty, topics in bank order
 * @param topicTotals    questions per topic, counting those whose difficulty is unknown
 * @param letterCounts   how often each letter A–F is the correct one (index 0 = A)
 * @param duplicates     questions repeating an earlier one exactly
 * @param nearDuplicates questions nearly repeating an earlier one
 * @param sameFacts      questions asking a fact an earlier one asks, in other words
 * @param mix            key-longest share and the questions per audience and per kind
 */
public record BankStats(
        Map<String, Map<Level, Integer>> byTopic,
        Map<String, Integer> topicTotals,
        int total,
        List<Integer> letterCounts,
        long duplicates,
        long nearDuplicates,
        long sameFacts,
        BankMix mix,
        int errors,
        int warnings) {

    /** Label under which questions without a topic are counted. */
    public static final String NO_TOPIC = "—";

    public BankStats {
        byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        topicTotals = Collections.unmodifiableMap(new LinkedHashMap<>(topicTotals));
        letterCounts = List.copyOf(letterCounts);
    }

    public static BankStats of(Bank bank, ValidationReport report) {
        Map<String, Map<Level, Integer>> byTopic = new LinkedHashMap<>();
        Map<String, Integer> topicTotals = new LinkedHashMap<>();
        bank.topics().forEach(topic -> {
            byTopic.put(topic, new EnumMap<>(Level.class));
            topicTotals.put(topic, 0);
        });
        List<Integer> letters = new ArrayList<>(Collections.nCopies(Question.MAX_OPTIONS, 0));
        for (Question question : bank.questions()) {
            String topic = question.topic() == null ? NO_TOPIC : question.topic();
            Map<Level, Integer> levels = byTopic.computeIfAbsent(topic, t -> new EnumMap<>(Level.class));
            topicTotals.merge(topic, 1, Integer::sum);
            if (question.level() != null) {
                levels.merge(question.level(), 1, Integer::sum);
            }
            int index = question.correctIndex();
            if (index >= 0 && index < letters.size()) {
                letters.set(index, letters.get(index) + 1);
            }
        }
        return new BankStats(byTopic, topicTotals, bank.questions().size(), letters,
                report.count(IssueCodes.DUPLICATE_QUESTION), report.count(IssueCodes.NEAR_DUPLICATE),
                report.count(IssueCodes.SAME_FACT), BankMix.of(bank), report.errors().size(), report.warnings().size());
    }

    public int count(String topic, Level level) {
        return byTopic.getOrDefault(topic, Map.of()).getOrDefault(level, 0);
    }

    public int count(Level level) {
        return byTopic.values().stream().mapToInt(levels -> levels.getOrDefault(level, 0)).sum();
    }

    /** Share of questions whose correct answer is {@code letter} (0 = A), in percent. */
    public double letterPercent(int letter) {
        return total == 0 ? 0 : 100.0 * letterCounts.get(letter) / total;
    }
}
