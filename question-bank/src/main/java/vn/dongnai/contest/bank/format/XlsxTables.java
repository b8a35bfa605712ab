package vn.dongnai.contest.bank.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of any other workbook the platform accepts (the unit and commune
 * catalogs) with the same defences as a bank upload: the size limit, {@link XlsxGuard}'s zip and
 * entity checks, and cells read as the text a person sees, formulas never evaluated.
 */
public final class XlsxTables {

    /** Far more rows than a province has units or communes; beyond it a file is refused. */
    public static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 32;

    /** A non-empty row as Excel numbers it, cells in column order (blank cells as empty strings). */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private XlsxTables() {
    }

    public static List<Row> readFirstSheet(String fileName, InputStream in) {
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new BankFormatException("NOT_XLSX", "Tệp " + fileName + " không phải tệp Excel .xlsx.",
                    "File " + fileName + " is not an Excel .xlsx file.");
        }
        byte[] vetted;
        try {
            vetted = new XlsxGuard(XlsxGuard.DEFAULT).sanitize(fileName, BankFiles.readBounded(fileName, in),
                    new ArrayList<>());
        } catch (IOException e) {
            throw new BankFormatException("IO_ERROR", "Không đọc được " + fileName + ".", "Cannot read " + fileName + ".", e);
        }
        // Third-party parser on hostile input: whatever it throws becomes one clear format error.
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(vetted),
                new ReadingOptions(true, false))) {
            Optional<Sheet> first = workbook.getSheet(0);
            return first.isEmpty() ? List.of() : rows(fileName, first.get());
        } catch (BankFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BankFormatException("XLSX_MALFORMED",
                    "Không đọc được tệp Excel " + fileName + ": cấu trúc tệp bị hỏng hoặc không đúng chuẩn .xlsx.",
                    "Cannot read Excel file " + fileName + ": its structure is damaged or not standard .xlsx.", e);
        }
    }

    private static List<Row> rows(String fileName, Sheet sheet) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
            for (Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator(); it.hasNext(); ) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.min(row.getCellCount(), MAX_COLUMNS); column++) {
                    cells.add(ExcelFormat.cellText(fileName, row.getRowNum(), row.getCell(column), new HashMap<>()).strip());
                }
                if (cells.stream().anyMatch(text -> !text.isBlank())) {
                    rows.add(new Row(row.getRowNum(), List.copyOf(cells)));
                    if (rows.size() > MAX_ROWS) {
                        throw new BankFormatException("TOO_MANY_ROWS",
                                fileName + " có hơn " + MAX_ROWS + " dòng.", fileName + " has more than " + MAX_ROWS + " rows.");
                    }
                }
            }
        }
        return rows;
    }
}
