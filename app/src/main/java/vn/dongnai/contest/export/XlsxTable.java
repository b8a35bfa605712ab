package vn.dongnai.contest.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An .xlsx table with fastexcel's streaming writer. Strings are written inline rather than to the
 * shared-strings table, which fastexcel keeps in memory until the end (200,000 rows of distinct
 * names would grow it without bound), and rows are flushed to the zip every {@link #FLUSH_EVERY}.
 */
final class XlsxTable implements TableWriter {

    static final int FLUSH_EVERY = 1000;

    private final OutputStream out;
    private final Workbook workbook;
    private Worksheet sheet;
    private int row;
    private boolean finished;

    XlsxTable(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new Workbook(out, "Contest platform", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    /**
     * Ends the current sheet and goes on in a new one (a workbook of several tables, such as the
     * final report's); rows written afterwards land there.
     */
    void nextSheet(String sheetName) throws IOException {
        sheet.finish();
        sheet = workbook.newWorksheet(sheetName);
        row = 0;
    }

    @Override
    public void header(List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.inlineString(0, c, names.get(c));
            sheet.width(c, Math.max(10, Math.min(40, names.get(c).length() + 4)));
        }
        sheet.range(0, 0, 0, names.size() - 1).style().bold().wrapText(true).set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(Object... cells) throws IOException {
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else if (value != null) {
                sheet.inlineString(row, c, Cells.text(value.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish(List<String[]> about) throws IOException {
        sheet.finish();
        Worksheet info = workbook.newWorksheet("Thông tin");
        info.width(0, 34);
        info.width(1, 80);
        for (int r = 0; r < about.size(); r++) {
            info.inlineString(r, 0, Cells.text(about.get(r)[0]));
            info.inlineString(r, 1, Cells.text(about.get(r)[1]));
        }
        info.finish();
        workbook.finish();
        finished = true;
        out.close();
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            out.close();
        }
    }
}
