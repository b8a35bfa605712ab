package vn.dongnai.contest.bank.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Language;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.validation.BankMix;
import vn.dongnai.contest.bank.validation.BankStats;
import vn.dongnai.contest.bank.validation.BankValidator;

/** Renders {@link BankStats} as the plain-text report of {@code stats}, and the mix part for {@code validate}. */
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
                ? "Trùng lặp: " + stats.duplicates() + " câu trùng hẳn, " + stats.nearDuplicates() + " câu gần trùng, "
                        + stats.sameFacts() + " câu hỏi lại cùng nội dung\n"
                : "Duplicates: " + stats.duplicates() + " exact, " + stats.nearDuplicates() + " near, "
                        + stats.sameFacts() + " repeating a fact\n");
        text.append('\n').append(mix(stats.mix(), lang));
        text.append(vi
                ? "Kiểm tra: " + stats.errors() + " lỗi, " + stats.warnings() + " cảnh báo\n"
                : "Validation: " + stats.errors() + " errors, " + stats.warnings() + " warnings\n");
        return text.toString();
    }

    /**
     * The key-longest share and the questions per audience and per kind; {@code validate} prints it
     * too, so whoever writes questions sees the balance without a second command.
     */
    static String mix(BankMix mix, Language lang) {
        boolean vi = lang == Language.VI;
        Locale locale = vi ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
        StringBuilder text = new StringBuilder();
        text.append(String.format(locale, vi
                        ? "Đáp án đúng là phương án dài nhất: %d/%d câu (%.1f%%; nên ≤ %.0f%%)%n"
                        : "Correct option is the longest: %d/%d questions (%.1f%%; keep ≤ %.0f%%)%n",
                mix.keyLongest(), mix.answered(), mix.keyLongestPercent(), BankValidator.MAX_KEY_LONGEST_PERCENT));
        text.append(vi ? "Theo đối tượng:\n" : "By audience:\n");
        for (Audience audience : Audience.values()) {
            text.append(String.format(locale, "  %-18s %6d  %5.1f%%%n", vi ? audience.label() : audience.code(),
                    mix.byAudience().get(audience), mix.audiencePercent(audience)));
        }
        text.append(vi ? "Theo loại câu hỏi" : "By kind").append(String.format(locale, vi
                ? " (%d câu đã gắn loại, %d chưa gắn):%n" : " (%d tagged, %d untagged):%n", mix.tagged(), mix.untagged()));
        for (Kind kind : Kind.values()) {
            text.append(String.format(locale, "  %-24s %6d  %5.1f%%%n", vi ? kind.label() : kind.code(),
                    mix.byKind().get(kind), mix.kindPercent(kind)));
        }
        text.append(String.format(locale, vi
                        ? "  Thực hành + hiểu biết %.1f%% (cần ≥ %.0f%%), số liệu %.1f%% (≤ %.0f%%), cơ quan chủ trì %.1f%% (≤ %.0f%%)%n"
                        : "  Practice + understanding %.1f%% (need ≥ %.0f%%), figures %.1f%% (≤ %.0f%%), agency %.1f%% (≤ %.0f%%)%n",
                mix.kindPercent(Kind.PRACTICE, Kind.UNDERSTANDING), BankValidator.MIN_PRACTICE_PERCENT,
                mix.kindPercent(Kind.FIGURE), BankValidator.MAX_FIGURE_PERCENT,
                mix.kindPercent(Kind.AGENCY), BankValidator.MAX_AGENCY_PERCENT));
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
