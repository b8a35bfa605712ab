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

        // Only questions sharing a key word can have matching keys.
        Map<String, List<Integer>> byKeyWord = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String word : keys.get(i)) {
                List<Integer> earlier = byKeyWord.computeIfAbsent(word, w -> new ArrayList<>());
                candidates.addAll(earlier);
                earlier.add(i);
            }
            for (int j : candidates) {
                double stem = cosine(stems.get(j), stems.get(i));
                double needed = keysMatch(keys.get(j), keys.get(i));
                if (stem >= needed) {
                    pairs.add(new Pair(j, i, stem));
                }
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
