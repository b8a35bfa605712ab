package vn.dongnai.contest.bank.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/** What the spreadsheet forms (Excel and CSV) share: the header row and one question per row. */
final class Tables {

    /** Organizers sometimes put a title or a note above the header; look a few rows down for it. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * One non-blank row.
     *
     * @param number     1-based row number as the spreadsheet shows it
     * @param cellIssues warnings about single cells (a formula, a date), by column; reported only
     *                   when the column is one the bank uses
     */
    record Row(int number, List<String> cells, Map<Integer, Issue> cellIssues) {
        Row(int number, List<String> cells) {
            this(number, cells, Map.of());
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Where the header is and which column holds what; the duplicates make the sheet unusable. */
    record Header(int index, int number, Map<Integer, Field> columns, List<String> ignored, List<Field> duplicated) {
    }

    private Tables() {
    }

    /** The header is the first row naming both a question and a correct-answer column. */
    static Optional<Header> findHeader(List<Row> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            Row row = rows.get(i);
            Map<Integer, Field> columns = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            List<Field> duplicated = new ArrayList<>();
            for (int column = 0; column < row.cells().size(); column++) {
                String title = row.cell(column);
                Optional<Field> field = Field.forHeader(title);
                if (field.isEmpty()) {
                    if (!title.isBlank()) {
                        ignored.add(title.strip());
                    }
                } else if (columns.containsValue(field.get())) {
                    duplicated.add(field.get());
                } else {
                    columns.put(column, field.get());
                }
            }
            if (columns.containsValue(Field.QUESTION) && columns.containsValue(Field.ANSWER)) {
                return Optional.of(new Header(i, row.number(), columns, ignored, duplicated));
            }
        }
        return Optional.empty();
    }

    static BankFormatException noHeader(String fileName) {
        return new BankFormatException("NO_HEADER",
                "Không tìm thấy hàng tiêu đề trong " + fileName
                        + ". Cần các cột: STT | Chủ đề | Mức độ | Câu hỏi | Đáp án A … F | Đáp án đúng | Giải thích | Nguồn | Đối tượng | Loại câu hỏi.",
                "No header row found in " + fileName
                        + ". Expected columns: STT | Chủ đề | Mức độ | Câu hỏi | Đáp án A … F | Đáp án đúng | Giải thích | Nguồn | Đối tượng | Loại câu hỏi.");
    }

    static Bank toBank(String fileName, List<Row> rows, Location.Unit unit, ReadOptions options, List<Issue> issues) {
        Header header = findHeader(rows).orElseThrow(() -> noHeader(fileName));
        checkColumns(fileName, header, options);
        if (!header.ignored().isEmpty()) {
            String names = String.join("', '", header.ignored());
            issues.add(Issue.warning(new Location(fileName, header.number(), unit), IssueCodes.IGNORED_COLUMNS,
                    "bỏ qua cột không thuộc mẫu: '" + names + "'.",
                    "ignored columns that are not in the template: '" + names + "'."));
        }
        List<Question> questions = new ArrayList<>();
        for (Row row : rows.subList(header.index() + 1, rows.size())) {
            Map<Field, String> raw = new EnumMap<>(Field.class);
            header.columns().forEach((column, field) -> raw.put(field, row.cell(column)));
            boolean blank = raw.entrySet().stream()
                    .allMatch(e -> e.getKey() == Field.SEQUENCE || e.getValue().isBlank());
            if (blank) {
                continue;
            }
            header.columns().keySet().stream()
                    .map(row.cellIssues()::get)
                    .filter(issue -> issue != null)
                    .forEach(issues::add);
            questions.add(Drafts.toQuestion(raw, new Location(fileName, row.number(), unit), options, issues));
            BankFiles.checkQuestionCount(fileName, questions.size());
        }
        return new Bank(List.of(), questions, issues);
    }

    private static void checkColumns(String fileName, Header header, ReadOptions options) {
        if (!header.duplicated().isEmpty()) {
            String names = header.duplicated().stream().map(Field::header).collect(Collectors.joining("', '"));
            throw new BankFormatException("DUPLICATE_COLUMN",
                    "Cột '" + names + "' xuất hiện hai lần ở hàng tiêu đề " + header.number() + " của " + fileName + ".",
                    "Column '" + names + "' appears twice in header row " + header.number() + " of " + fileName + ".");
        }
        List<Field> required = new ArrayList<>(List.of(Field.QUESTION, Field.OPTION_A, Field.OPTION_B, Field.ANSWER));
        if (options.defaultTopic() == null) {
            required.add(Field.TOPIC);
        }
        if (options.defaultLevel() == null) {
            required.add(Field.LEVEL);
        }
        required.removeAll(header.columns().values());
        if (!required.isEmpty()) {
            String names = required.stream().map(Field::header).collect(Collectors.joining("', '"));
            throw new BankFormatException("MISSING_COLUMNS",
                    "Hàng tiêu đề " + header.number() + " của " + fileName + " thiếu cột '" + names + "'.",
                    "Header row " + header.number() + " of " + fileName + " lacks column '" + names + "'.");
        }
    }
}
