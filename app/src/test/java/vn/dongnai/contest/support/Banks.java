package vn.dongnai.contest.support;

import io.micronaut.context.ApplicationContext;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.List;

/** Question banks for organizer tests, with codes the validator accepts ({@code kt<tag>-001}). */
public final class Banks {

    private Banks() {
    }

    public record Made(long id, String name, String prefix) {
    }

    /**
     * {@code count} questions: topics alternate "Chủ đề A" / "Chủ đề B", difficulty cycles easy,
     * medium, hard, the key cycles A–D; every text differs enough not to look like a duplicate.
     */
    /** Letters only (codes must be well-formed), five of them, never fewer. */
    public static String tag() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return random.ints(5, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    public static Made create(ApplicationContext context, int count) {
        String tag = tag();
        String prefix = "kt" + tag;
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(question(prefix, i, i % 4));
        }
        BankImporter importer = context.getBean(BankImporter.class);
        String name = "Ngân hàng kiểm thử " + tag;
        long id = importer.bankNamed(name);
        importer.importBank(id, Bank.of(questions), null);
        return new Made(id, name, prefix);
    }

    public static Question question(String prefix, int i, int key) {
        String[] subjects = {"dịch vụ công trực tuyến", "định danh điện tử", "chữ ký số", "cải cách hành chính",
                "chuyển đổi số", "một cửa liên thông", "dữ liệu dân cư", "Cổng Dịch vụ công"};
        String[] verbs = {"lợi ích chính", "cơ quan chủ trì", "mục tiêu năm 2025", "văn bản quy định",
                "đối tượng áp dụng", "kênh hỗ trợ", "thời hạn hoàn thành"};
        String text = "Câu " + (i + 1) + ": " + verbs[i % verbs.length] + " của " + subjects[(i / verbs.length) % subjects.length]
                + " theo kế hoạch số " + (100 + i) + " là gì?";
        return new Question(String.format("%s-%03d", prefix, i + 1), i % 2 == 0 ? "Chủ đề A" : "Chủ đề B",
                Level.values()[i % 3], text,
                List.of("Phương án thứ nhất " + i, "Phương án thứ hai " + i, "Phương án thứ ba " + i, "Phương án thứ tư " + i),
                key, null, "002_4edf477e206f9b12.txt", null);
    }

    public static long topicId(Sql sql, long bankId, String name) {
        return sql.one("SELECT id FROM topic WHERE bank_id = ? AND name = ?", rs -> rs.getLong("id"), bankId, name).orElseThrow();
    }
}
