package vn.dongnai.contest.bank.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/**
 * The organizers' Excel template. Read with fastexcel-reader (streaming; cells are read, formulas
 * never evaluated) after {@link XlsxGuard} has vetted the zip; written with fastexcel, header bold
 * and frozen, with drop-down lists for difficulty and the correct letter.
 */
final class ExcelFormat implements BankReader, BankWriter {

    /** Columns past the template's are never read; a stray cell at column XFD costs nothing. */
    private static final int MAX_COLUMNS = 64;
    private static final String SHEET_NAME = "Câu hỏi";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final XlsxGuard guard;

    ExcelFormat() {
        this(new XlsxGuard(XlsxGuard.DEFAULT));
    }

    ExcelFormat(XlsxGuard guard) {
        this.guard = guard;
    }

    @Override
    public Bank read(String fileName, byte[] content, ReadOptions options) {
        List<Issue> issues = new ArrayList<>();
        byte[] vetted = guard.sanitize(fileName, content, issues);
        // Third-party parser on hostile input: whatever it throws becomes one clear format error.
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(vetted), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<Tables.Row> rows = readRows(fileName, sheet);
                if (Tables.findHeader(rows).isPresent()) {
                    return Tables.toBank(fileName, rows, Location.Unit.ROW, options, issues);
                }
            }
            throw Tables.noHeader(fileName);
        } catch (BankFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BankFormatException("XLSX_MALFORMED",
                    "Không đọc được tệp Excel " + fileName + ": cấu trúc tệp bị hỏng hoặc không đúng chuẩn .xlsx.",
                    "Cannot read Excel file " + fileName + ": its structure is damaged or not standard .xlsx.", e);
        }
    }

    private static List<Tables.Row> readRows(String fileName, Sheet sheet) throws IOException {
        List<Tables.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                Map<Integer, Issue> cellIssues = new HashMap<>();
                for (int column = 0; column < Math.min(row.getCellCount(), MAX_COLUMNS); column++) {
                    cells.add(cellText(fileName, row.getRowNum(), row.getCell(column), cellIssues));
                }
                if (cells.stream().anyMatch(text -> !text.isBlank())) {
                    rows.add(new Tables.Row(row.getRowNum(), cells, cellIssues));
                    if (rows.size() > BankFiles.MAX_QUESTIONS + Tables.HEADER_SEARCH_ROWS) {
                        throw BankFiles.tooManyQuestions(fileName);
                    }
                }
            }
        }
        return rows;
    }

    /** The text a person sees in the cell; anything that is not plain text leaves a warning. */
    static String cellText(String fileName, int rowNumber, Cell cell, Map<Integer, Issue> cellIssues) {
        if (cell == null) {
            return "";
        }
        Location at = Location.row(fileName, rowNumber);
        String address = cell.getAddress().toString();
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return switch (cell.getType()) {
            case STRING -> cell.getValue() == null ? "" : cell.getValue().toString();
            case NUMBER -> numberText(cell, at, address, cellIssues);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case FORMULA, ERROR -> {
                String text = raw.isEmpty() && cell.getFormula() != null ? "=" + cell.getFormula() : raw;
                String formula = cell.getFormula() == null ? raw : "=" + cell.getFormula();
                cellIssues.put(cell.getColumnIndex(), Issue.warning(at, IssueCodes.FORMULA_CELL,
                        "ô " + address + " chứa công thức " + formula + "; công thức không được tính, dùng nguyên văn '"
                                + text + "'. Hãy dán giá trị (Paste Values).",
                        "cell " + address + " holds formula " + formula + "; formulas are never evaluated, its literal '"
                                + text + "' is used. Paste the values instead."));
                yield text;
            }
            case EMPTY -> "";
        };
    }

    /** Excel turns typed dates and percentages into numbers; give back what the organizer typed. */
    private static String numberText(Cell cell, Location at, String address, Map<Integer, Issue> cellIssues) {
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString();
        String bareFormat = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        if (!bareFormat.contains("general") && (bareFormat.contains("d") || bareFormat.contains("y"))) {
            String date = cell.asDate().toLocalDate().format(VIETNAMESE_DATE);
            cellIssues.put(cell.getColumnIndex(), Issue.warning(at, IssueCodes.DATE_CELL,
                    "ô " + address + " là ngày tháng; đã đọc thành '" + date + "'. Nên định dạng cột là Văn bản (Text).",
                    "cell " + address + " is a date; it was read as '" + date + "'. Format the column as Text."));
            return date;
        }
        BigDecimal number = cell.asNumber();
        if (bareFormat.contains("%")) {
            return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return number.stripTrailingZeros().toPlainString();
    }

    @Override
    public void write(Bank bank, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "question-bank", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        List<Field> columns = List.of(Field.values());
        writeSheet(sheet, columns, bank.questions());
        workbook.finish();
    }

    /** The empty template to download: the headers, one example row and a short how-to sheet. */
    void writeTemplate(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "question-bank", "1.0");
        List<Field> columns = List.of(Field.values()).subList(0, Field.ID.ordinal());
        writeSheet(workbook.newWorksheet(SHEET_NAME), columns, List.of(EXAMPLE));
        Worksheet help = workbook.newWorksheet("Hướng dẫn");
        help.width(0, 110);
        for (int i = 0; i < HELP.size(); i++) {
            help.value(i, 0, HELP.get(i));
        }
        help.style(0, 0).bold().set();
        workbook.finish();
    }

    private static void writeSheet(Worksheet sheet, List<Field> columns, List<Question> questions) {
        int last = columns.size() - 1;
        for (int c = 0; c <= last; c++) {
            sheet.width(c, width(columns.get(c)));
            sheet.value(0, c, columns.get(c).header());
        }
        sheet.range(0, 0, 0, last).style()
                .bold().fillColor("DDEBF7").wrapText(true).verticalAlignment("center")
                .borderStyle("thin").set();
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, last);
        for (int r = 0; r < questions.size(); r++) {
            List<String> values = Sheets.values(r + 1, questions.get(r));
            for (int c = 0; c <= last; c++) {
                Field field = columns.get(c);
                String value = values.get(field.ordinal());
                if (field == Field.SEQUENCE) {
                    sheet.value(r + 1, c, r + 1);
                } else if (!value.isEmpty()) {
                    sheet.value(r + 1, c, value);
                }
            }
        }
        if (!questions.isEmpty()) {
            sheet.range(1, 0, questions.size(), last).style().wrapText(true).verticalAlignment("top").set();
        }
        // Drop-downs well past the data, so rows the organizer adds get them too.
        int lastRow = questions.size() + 1_000;
        String levels = String.join(",", List.of(Level.values()).stream().map(Level::label).toList());
        sheet.range(1, columns.indexOf(Field.LEVEL), lastRow, columns.indexOf(Field.LEVEL))
                .validateWithListByFormula("\"" + levels + "\"");
        sheet.range(1, columns.indexOf(Field.ANSWER), lastRow, columns.indexOf(Field.ANSWER))
                .validateWithListByFormula("\"A,B,C,D,E,F\"");
        String audiences = String.join(",", List.of(Audience.values()).stream().map(Audience::code).toList());
        sheet.range(1, columns.indexOf(Field.AUDIENCE), lastRow, columns.indexOf(Field.AUDIENCE))
                .validateWithListByFormula("\"" + audiences + "\"");
        String kinds = String.join(",", List.of(Kind.values()).stream().map(Kind::code).toList());
        sheet.range(1, columns.indexOf(Field.KIND), lastRow, columns.indexOf(Field.KIND))
                .validateWithListByFormula("\"" + kinds + "\"");
    }

    private static double width(Field field) {
        return switch (field) {
            case SEQUENCE -> 6;
            case TOPIC -> 26;
            case LEVEL, ANSWER -> 12;
            case AUDIENCE, KIND -> 14;
            case QUESTION -> 60;
            case EXPLANATION -> 45;
            case SOURCE -> 36;
            case ID -> 14;
            default -> 28;
        };
    }

    /** The worked example from docs/question-bank-format.md, so the template shows a real row. */
    private static final Question EXAMPLE = new Question(null, "Dịch vụ công trực tuyến", Level.EASY,
            "Kế hoạch 104/KH-UBND của UBND tỉnh Đồng Nai được ban hành ngày nào?",
            List.of("24/3/2025", "17/12/2024", "10/10/2025", "29/6/2025"), 0,
            "Kế hoạch số 104/KH-UBND ngày 24/3/2025 triển khai Quyết định 1588/QĐ-TTg.",
            "Kế hoạch số 104/KH-UBND ngày 24/3/2025 của UBND tỉnh Đồng Nai, phần mở đầu", Location.NONE, Audience.ALL,
            Kind.FIGURE);

    private static final List<String> HELP = List.of(
            "Cách điền ngân hàng câu hỏi",
            "Mỗi hàng của trang 'Câu hỏi' là một câu hỏi; giữ nguyên hàng tiêu đề. Hàng ví dụ có thể xoá hoặc sửa.",
            "Chủ đề: tên chủ đề bằng tiếng Việt có dấu. Mức độ: Dễ, Trung bình hoặc Khó.",
            "Đáp án A … F: từ 2 đến 6 phương án, điền liên tiếp từ A, không bỏ trống ở giữa, không trùng nhau.",
            "Đáp án đúng: một chữ cái (A–F) chỉ vào một phương án đã điền.",
            "Nguồn: văn bản và mục/điều có thể kiểm tra đáp án. Giải thích: không bắt buộc.",
            "Đối tượng: all (mọi đối tượng), officials (cán bộ, công chức) hoặc residents (người dân); để trống là all.",
            "Loại câu hỏi (không bắt buộc): practice (thực hành), understanding (hiểu biết), figure (số liệu, mốc thời gian), agency (cơ quan chủ trì), wording (nội dung văn bản).",
            "Giới hạn: câu hỏi tối đa 1000 ký tự, mỗi phương án 300, giải thích 2000, nguồn 300.",
            "Chỉ nhập giá trị: công thức không được tính. Ngày tháng nên nhập dạng văn bản (ví dụ 24/3/2025).",
            "Không dùng 'Tất cả các đáp án trên' hay 'Không có đáp án nào đúng': các phương án được xáo trộn khi thi.");
}
