package vn.dongnai.contest.bank.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.TextKeys;

class NearDuplicatesTest {

    private static final String[] WORDS = ("kế hoạch ủy ban nhân dân tỉnh đồng nai dịch vụ công trực tuyến chuyển đổi số "
            + "cải cách hành chính người dân doanh nghiệp hồ sơ thủ tục năm mục tiêu tỷ lệ đạt bao nhiêu theo quyết định "
            + "nghị quyết chương trình sở khoa học công nghệ thông tin truyền thông cơ quan đơn vị nhiệm vụ giải pháp").split(" ");

    @Test
    void findsTheSameQuestionWithOneWordChanged() {
        List<String> keys = List.of(
                key("Kế hoạch 104/KH-UBND đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt bao nhiêu?"),
                key("Chuyển đổi số quốc gia là ngày nào?"),
                key("Kế hoạch 104/KH-UBND đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 là bao nhiêu?"));

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(keys, 0.5);

        assertEquals(1, pairs.size());
        assertEquals(0, pairs.getFirst().first());
        assertEquals(2, pairs.getFirst().second());
    }

    @Test
    void findsEveryPairAnExhaustiveComparisonFinds() {
        List<String> keys = randomQuestions(400, 12);
        double threshold = 0.6;

        List<NearDuplicates.Pair> fast = NearDuplicates.find(keys, threshold);

        int expected = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (bruteJaccard(keys.get(i), keys.get(j)) >= threshold) {
                    expected++;
                }
            }
        }
        assertTrue(expected > 0, "the fixture should contain near duplicates");
        assertEquals(expected, fast.size());
    }

    @Test
    void checksFiveThousandQuestionsInWellUnderASecondOrTwo() {
        List<String> keys = randomQuestions(5_000, 20);

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> NearDuplicates.find(keys, 0.8));
    }

    /** Random questions from a small vocabulary, with every tenth one a slight rewording of another. */
    private static List<String> randomQuestions(int count, int length) {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 10 == 9) {
                String[] words = keys.get(random.nextInt(keys.size())).split(" ");
                words[random.nextInt(words.length)] = WORDS[random.nextInt(WORDS.length)];
                keys.add(String.join(" ", words));
            } else {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < length; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                keys.add(text.toString());
            }
        }
        return keys;
    }

    private static double bruteJaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / (x.size() + y.size() - shared.size());
    }

    private static Set<String> bigrams(String key) {
        String[] words = key.split(" ");
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            set.add(words[i] + " " + words[i + 1]);
        }
        return set;
    }

    private static String key(String text) {
        return TextKeys.comparable(text);
    }
}
