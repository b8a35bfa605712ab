package vn.dongnai.contest.bank.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds pairs of texts whose word-bigram sets have a Jaccard similarity at or above a threshold,
 * without comparing every pair: an all-pairs similarity join with prefix filtering. Bigrams are
 * ranked rarest first; two sets that reach the threshold must share one of the first
 * {@code |s| - ceil(t·|s|) + 1} ranks of each, so only those are indexed and probed, and a length
 * filter drops sets too small to qualify. On 5,000 questions this checks a few thousand candidate
 * pairs instead of twelve million.
 */
final class NearDuplicates {

    /** Indices into the input list, {@code first < second}. */
    record Pair(int first, int second, double similarity) {
    }

    /** Slack for the floating-point product t·|s|, so a boundary set is never filtered out. */
    private static final double EPSILON = 1e-9;

    private NearDuplicates() {
    }

    /**
     * @param keys texts already normalized (lower case, no punctuation, single spaces)
     * @return pairs ordered by their later text, then the earlier one
     */
    static List<Pair> find(List<String> keys, double threshold) {
        int[][] sets = rankedShingleSets(keys);
        Integer[] bySize = IntStream.range(0, sets.length).boxed().toArray(Integer[]::new);
        Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> sets[i].length).thenComparingInt(i -> i));

        Map<Integer, List<Integer>> index = new HashMap<>();
        int[] lastProbedBy = new int[sets.length];
        Arrays.fill(lastProbedBy, -1);
        List<Pair> pairs = new ArrayList<>();
        for (int x : bySize) {
            int[] set = sets[x];
            if (set.length == 0) {
                continue;
            }
            int prefix = set.length - (int) Math.ceil(threshold * set.length - EPSILON) + 1;
            double minSize = threshold * set.length - EPSILON;
            for (int p = 0; p < prefix; p++) {
                for (int y : index.getOrDefault(set[p], List.of())) {
                    if (lastProbedBy[y] != x && sets[y].length >= minSize) {
                        lastProbedBy[y] = x;
                        double similarity = jaccard(set, sets[y]);
                        if (similarity >= threshold - EPSILON) {
                            pairs.add(new Pair(Math.min(x, y), Math.max(x, y), similarity));
                        }
                    }
                }
            }
            for (int p = 0; p < prefix; p++) {
                index.computeIfAbsent(set[p], k -> new ArrayList<>()).add(x);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::second).thenComparingInt(Pair::first));
        return pairs;
    }

    /** Each text as the sorted ranks of its distinct bigrams (unigrams for a one-word text). */
    private static int[][] rankedShingleSets(List<String> keys) {
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> frequency = new ArrayList<>();
        int[][] sets = new int[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            Set<Integer> set = new LinkedHashSet<>();
            for (String shingle : shingles(keys.get(i))) {
                int id = ids.computeIfAbsent(shingle, s -> {
                    frequency.add(0);
                    return frequency.size() - 1;
                });
                if (set.add(id)) {
                    frequency.set(id, frequency.get(id) + 1);
                }
            }
            sets[i] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        Integer[] order = IntStream.range(0, frequency.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer id) -> frequency.get(id)).thenComparingInt(id -> id));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        for (int[] set : sets) {
            for (int j = 0; j < set.length; j++) {
                set[j] = rank[set[j]];
            }
            Arrays.sort(set);
        }
        return sets;
    }

    private static List<String> shingles(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        String[] words = key.split(" ");
        if (words.length == 1) {
            return List.of(words[0]);
        }
        List<String> bigrams = new ArrayList<>(words.length - 1);
        for (int i = 0; i + 1 < words.length; i++) {
            bigrams.add(words[i] + ' ' + words[i + 1]);
        }
        return bigrams;
    }

    private static double jaccard(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
