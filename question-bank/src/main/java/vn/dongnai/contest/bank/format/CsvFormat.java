package vn.dongnai.contest.bank.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/**
 * CSV with the template's columns (RFC 4180 quoting). Reads UTF-8 with or without BOM, comma or
 * semicolon separated (Excel in a Vietnamese locale saves with semicolons); writes BOM + comma +
 * CRLF, which Excel opens with the diacritics intact.
 *
 * <p>Values that Excel would run as a formula (see {@link FormulaGuard}) are written with a
 * leading apostrophe, and that apostrophe is dropped again on read, so an exported bank cannot
 * inject a formula into an organizer's spreadsheet and still round-trips unchanged.
 */
final class CsvFormat implements BankReader, BankWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    @Override
    public Bank read(String fileName, byte[] content, ReadOptions options) {
        String text = Utf8.decode(fileName, content);
        List<Tables.Row> rows = parse(fileName, text, detectDelimiter(text));
        return Tables.toBank(fileName, rows, Location.Unit.ROW, options, new ArrayList<Issue>());
    }

    /** The header decides: whichever of ';' and ',' it uses more, outside quotes. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** RFC 4180; a row's number is its record number, which is the row Excel shows for the file. */
    static List<Tables.Row> parse(String fileName, String text, char delimiter) {
        List<Tables.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int record = 1;
        int rowLimit = BankFiles.MAX_QUESTIONS + Tables.HEADER_SEARCH_ROWS;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == delimiter) {
                cells.add(unguard(cell.toString()));
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(unguard(cell.toString()));
                addRow(rows, record++, cells);
                if (rows.size() > rowLimit) {
                    throw BankFiles.tooManyQuestions(fileName);
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new BankFormatException("UNCLOSED_QUOTE",
                    "Dấu ngoặc kép mở ở hàng " + record + " của " + fileName + " không được đóng.",
                    "A double quote opened in row " + record + " of " + fileName + " is never closed.");
        }
        if (cellStarted || !cells.isEmpty()) {
            cells.add(unguard(cell.toString()));
            addRow(rows, record, cells);
        }
        return rows;
    }

    private static void addRow(List<Tables.Row> rows, int number, List<String> cells) {
        if (cells.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(new Tables.Row(number, cells));
        }
    }

    private static String unguard(String value) {
        return FormulaGuard.restore(value);
    }

    @Override
    public void write(Bank bank, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        appendRow(text, Field.values().length, i -> Field.values()[i].header());
        int number = 1;
        for (Question question : bank.questions()) {
            List<String> values = Sheets.values(number++, question);
            appendRow(text, values.size(), values::get);
        }
        out.write(BOM);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void appendRow(StringBuilder text, int size, IntFunction<String> value) {
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(guard(value.apply(i))));
        }
        text.append("\r\n");
    }

    private static String guard(String value) {
        return FormulaGuard.neutralize(value);
    }

    private static String quote(String value) {
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r')
                || !value.equals(value.strip());
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
