package vn.dongnai.contest.bank.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dongnai.contest.bank.Language;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.validation.BankStats;

/** Renders {@link BankStats} as the plain-text report of {@code stats}. */
final class StatsTable {

    private static final int ALWAYS_SHOWN_LETTERS = 4;

    private StatsTable() {
    }

    static String render(String name, BankStats stats, Language lang) {
        boolean vi = lang == Language.VI;
        Locale locale = vi ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
        List<String> header = new ArrayList<>();
        header.add(vi ? "Chủ đề" : "Topic");
        for (Level level : Level.values()) {
            header.add(vi ? level.label() : capitalize(level.english()));
        }
        header.add(vi ? "Tổng" : "Total");

        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Level, Integer>> topic : stats.byTopic().entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(topic.getKey());
            for (Level level : Level.values()) {
                row.add(String.valueOf(topic.getValue().getOrDefault(level, 0)));
            }
            row.add(String.valueOf(stats.topicTotals().getOrDefault(topic.getKey(), 0)));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(vi ? "Tổng cộng" : "All topics");
        for (Level level : Level.values()) {
            totals.add(String.valueOf(stats.count(level)));
        }
        totals.add(String.valueOf(stats.total()));

        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows, totals)) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(vi
                ? "Ngân hàng " + name + ": " + stats.total() + " câu hỏi, " + stats.byTopic().size() + " chủ đề\n\n"
                : "Bank " + name + ": " + stats.total() + " questions, " + stats.byTopic().size() + " topics\n\n");
        appendRow(text, header, widths);
        rows.forEach(row -> appendRow(text, row, widths));
        appendRow(text, totals, widths);

        text.append('\n').append(vi ? "Đáp án đúng theo chữ cái:\n" : "Correct answers by letter:\n");
        for (int letter = 0; letter < Question.MAX_OPTIONS; letter++) {
            if (letter < ALWAYS_SHOWN_LETTERS || stats.letterCounts().get(letter) > 0) {
                text.append(String.format(locale, "  %c %6d  %5.1f%%%n",
                        Question.letter(letter), stats.letterCounts().get(letter), stats.letterPercent(letter)));
            }
        }
        text.append('\n').append(vi
                ? "Trùng lặp: " + stats.duplicates() + " câu trùng hẳn, " + stats.nearDuplicates() + " câu gần trùng\n"
                : "Duplicates: " + stats.duplicates() + " exact, " + stats.nearDuplicates() + " near\n");
        text.append(vi
                ? "Kiểm tra: " + stats.errors() + " lỗi, " + stats.warnings() + " cảnh báo\n"
                : "Validation: " + stats.errors() + " errors, " + stats.warnings() + " warnings\n");
        return text.toString();
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows, List<String> totals) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        all.add(totals);
        return all;
    }

    /** Topic left-aligned, counts right-aligned. */
    private static void appendRow(StringBuilder text, List<String> row, int[] widths) {
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            text.append(c == 0 ? cell + pad : "  " + pad + cell);
        }
        text.append('\n');
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
