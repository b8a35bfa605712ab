package vn.dongnai.contest.bank.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.TextKeys;

/**
 * Finds the same fact asked twice: two questions whose keys say the same thing and whose stems
 * (with their explanations, which quote the plan's sentence the fact comes from) are about the same
 * thing. Comparing stems alone misses a fact re-asked in other words; comparing keys alone joins
 * every question whose answer is "Sở Khoa học và Công nghệ".
 *
 * <p>Keys match when their word sets overlap by Jaccard at least {@link #KEY_JACCARD}, or when one
 * key's words all appear in the other ("Chatbot" in "Trí tuệ nhân tạo (AI) và hệ thống tương tác tự
 * động (Chatbot)"), which needs more proof from the stems. Stems are compared by cosine similarity
 * of TF-IDF weighted words, the weights taken from the bank itself, so the phrases every question
 * repeats ("Theo Kế hoạch 104/KH-UBND") count for little.
 *
 * <p>Stems are joined by prefix filtering (as {@link NearDuplicates} does for bigrams), so a bank
 * of 10,000 questions is not compared pair by pair.
 *
 * <p>Tuned on the 271-question bank audited in 2025 (git history of {@code question-bank/bank}): the
 * audit counted 32 facts asked more than once; these thresholds find 28 such groups, all but one
 * confirmed by reading, where stem similarity alone found 2.
 */
final class FactRepeats {

    static final double KEY_JACCARD = 0.6;
    static final double STEM_SIMILARITY = 0.6;
    static final double CONTAINED_KEY_STEM_SIMILARITY = 0.75;

    /** Dates and figures stay one word: "10/10" is not "01/10", "80.375.000" is one amount. */
    private static final Pattern INSIDE_NUMBER = Pattern.compile("(?<=\\d)[/.,:-](?=\\d)");

    /** Indices into the question list, {@code first < second}. */
    record Pair(int first, int second, double similarity) {
    }

    private FactRepeats() {
    }

    static List<Pair> find(List<Question> questions) {
        int n = questions.size();
        List<Set<String>> keys = new ArrayList<>(n);
        List<Map<String, Double>> stems = new ArrayList<>(n);
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> termCounts = new ArrayList<>(n);
        for (Question question : questions) {
            keys.add(question.correctOption().map(FactRepeats::keyWords).orElse(Set.of()));
            Map<String, Integer> counts = new HashMap<>();
            String context = question.text() + (question.explanation() == null ? "" : " " + question.explanation());
            for (String word : words(context)) {
                counts.merge(word, 1, Integer::sum);
            }
            counts.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            termCounts.add(counts);
        }
        for (Map<String, Integer> counts : termCounts) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> term : counts.entrySet()) {
                double weight = (1 + Math.log(term.getValue())) * Math.log((double) n / documentFrequency.get(term.getKey()) + 1);
                vector.put(term.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((word, weight) -> length == 0 ? 0 : weight / length);
            stems.add(vector);
        }

        // Prefix filtering: a stem is indexed under its heaviest words, as many as it takes for the
        // rest to weigh less than the lowest threshold; a later stem reaching that similarity must
        // contain one of them (what it shares outside them adds up to less). So each question is
        // compared only with the few earlier ones it can match, not with every other question.
        Map<String, List<Integer>> byHeavyWord = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String word : stems.get(i).keySet()) {
                candidates.addAll(byHeavyWord.getOrDefault(word, List.of()));
            }
            for (int j : candidates) {
                // the key sets are a few words: compare them before the longer stem vectors
                double needed = keysMatch(keys.get(j), keys.get(i));
                if (needed <= 1) {
                    double stem = cosine(stems.get(j), stems.get(i));
                    if (stem >= needed) {
                        pairs.add(new Pair(j, i, stem));
                    }
                }
            }
            for (String word : prefix(stems.get(i))) {
                byHeavyWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        pairs.sort((a, b) -> a.second() != b.second() ? Integer.compare(a.second(), b.second())
                : Integer.compare(a.first(), b.first()));
        return pairs;
    }

    /** The stem similarity two questions need to count as one fact, given their keys; above 1 when the keys differ. */
    private static double keysMatch(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Double.MAX_VALUE;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        double jaccard = (double) shared / (a.size() + b.size() - shared);
        if (jaccard >= KEY_JACCARD) {
            return STEM_SIMILARITY;
        }
        return shared == Math.min(a.size(), b.size()) ? CONTAINED_KEY_STEM_SIMILARITY : Double.MAX_VALUE;
    }

    /** The heaviest words of a unit vector, until what is left weighs less than {@link #STEM_SIMILARITY}. */
    private static List<String> prefix(Map<String, Double> vector) {
        List<Map.Entry<String, Double>> words = new ArrayList<>(vector.entrySet());
        words.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        double needed = 1 - STEM_SIMILARITY * STEM_SIMILARITY;
        double taken = 0;
        List<String> prefix = new ArrayList<>();
        for (Map.Entry<String, Double> word : words) {
            // slack for rounding, so a pair right at the threshold is never filtered out
            if (taken > needed + 1e-9) {
                break;
            }
            prefix.add(word.getKey());
            taken += word.getValue() * word.getValue();
        }
        return prefix;
    }

    static Set<String> keyWords(String key) {
        return new HashSet<>(words(INSIDE_NUMBER.matcher(key).replaceAll("x")));
    }

    private static List<String> words(String text) {
        String key = TextKeys.comparable(text);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> term : small.entrySet()) {
            Double other = large.get(term.getKey());
            if (other != null) {
                sum += term.getValue() * other;
            }
        }
        return sum;
    }
}
