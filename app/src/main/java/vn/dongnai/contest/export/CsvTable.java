package vn.dongnai.contest.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV table (RFC 4180: comma, CRLF, quotes doubled) in UTF-8 with a byte-order mark, which is
 * what makes Excel read Vietnamese diacritics as UTF-8 instead of the Windows code page.
 */
final class CsvTable implements TableWriter {

    private final Writer out;

    CsvTable(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.out.write('\uFEFF');
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names.toArray());
    }

    @Override
    public void row(Object... cells) throws IOException {
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            Object value = cells[c];
            if (value instanceof BigDecimal decimal) {
                out.write(decimal.toPlainString());
            } else if (value instanceof Number number) {
                out.write(number.toString());
            } else if (value != null) {
                out.write(quoted(Cells.text(value.toString())));
            }
        }
        out.write("\r\n");
    }

    static String quoted(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** CSV has one table only: the information sheet of the .xlsx has no place here. */
    @Override
    public void finish(List<String[]> about) throws IOException {
        out.close();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
