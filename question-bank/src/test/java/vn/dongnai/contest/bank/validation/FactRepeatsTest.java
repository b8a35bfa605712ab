package vn.dongnai.contest.bank.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

class FactRepeatsTest {

    private static final String[] AGENCIES = {"Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh",
            "Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Tư pháp", "Sở Công Thương"};
    private static final String[] TASKS = {"tuyên truyền", "đào tạo", "số hóa", "kết nối", "đánh giá", "hướng dẫn", "kiểm tra",
            "tổng hợp", "xây dựng", "vận hành", "khảo sát", "bảo đảm", "nâng cấp", "công bố", "phổ biến", "hỗ trợ"};
    private static final String[] OBJECTS = {"hồ sơ", "dữ liệu", "cổng dịch vụ công", "tài khoản", "thủ tục", "hệ thống",
            "nền tảng", "kho lưu trữ", "chữ ký số", "tổng đài", "ứng dụng", "điểm phục vụ"};

    private static Question question(int i, String text, String key) {
        return new Question(null, Fixtures.SERVICES, Level.MEDIUM, text, List.of(key, "Sở Y tế", "Sở Xây dựng", "Báo Đồng Nai"),
                0, null, null, Location.line("a.txt", i + 1));
    }

    @Test
    void datesAndAmountsAreComparedAsWholeWords() {
        assertEquals(2, FactRepeats.keyWords("Ngày 10/10").size());
        assertTrue(FactRepeats.keyWords("Ngày Đổi mới sáng tạo quốc gia (01/10)").contains("01x10"));
        assertTrue(FactRepeats.keyWords("80.375.000 đồng").contains("80x375x000"));
    }

    @Test
    void tenThousandAgencyQuestionsAreComparedWithoutTryingEveryPair() {
        // the worst shape for the key index: few distinct keys sharing common words ("sở", "và")
        Random random = new Random(7);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String text = "Cơ quan nào chủ trì " + TASKS[random.nextInt(TASKS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                    + " " + TASKS[random.nextInt(TASKS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " số " + i + "?";
            questions.add(question(i, text, AGENCIES[random.nextInt(AGENCIES.length)]));
        }

        long started = System.nanoTime();
        List<FactRepeats.Pair> pairs = FactRepeats.find(questions);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < 10_000, "took " + millis + " ms (a few hundred on a laptop)");
        assertTrue(pairs.stream().allMatch(p -> p.first() < p.second()));
    }
}
