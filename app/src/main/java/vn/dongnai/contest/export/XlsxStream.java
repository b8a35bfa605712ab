package vn.dongnai.contest.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The streaming .xlsx writer of one or several sheets, for any feature (the audit log's export, the reports): rows are
 * written on a blocking thread as they are read, and the file reaches the client in chunks, so a
 * long export never sits in memory. Text cells are neutralised against formulas like every export's.
 */
public final class XlsxStream {

    /** Writes the rows of the one table; cells are String, Number or null. */
    @FunctionalInterface
    public interface Rows {
        void write(Table table) throws IOException;
    }

    /** The table being written. */
    public interface Table {
        void header(List<String> names) throws IOException;

        void row(Object... cells) throws IOException;
    }

    /** Writes a workbook of several tables, one sheet each, in the order they are asked for. */
    @FunctionalInterface
    public interface Sheets {
        void write(Book book) throws IOException;
    }

    /** Where the tables of a several-sheet workbook go. */
    public interface Book {
        /** Starts the next sheet; the previous one is finished and can no longer be written. */
        Table sheet(String name) throws IOException;
    }

    private XlsxStream() {
    }

    /**
     * Starts writing on {@code executor} and returns what the response reads; {@code about}
     * (label, value) goes on a second sheet "Thông tin".
     */
    public static InputStream start(String sheetName, Rows rows, List<String[]> about, ExecutorService executor) {
        return new ExportPipe().writeOn(executor, sheetName, (sink, opened) -> {
            XlsxTable table = new XlsxTable(sink, sheetName);
            opened.accept(table);
            rows.write(tableOf(table));
            table.finish(about);
        });
    }

    /**
     * As {@link #start}, for a workbook of several sheets (at least one); {@code about} goes on a
     * last sheet "Thông tin". The same streaming writer and formula neutralising as every export.
     */
    public static InputStream startBook(String name, Sheets sheets, List<String[]> about, ExecutorService executor) {
        return new ExportPipe().writeOn(executor, name, (sink, opened) -> {
            XlsxTable[] book = new XlsxTable[1];
            sheets.write(sheetName -> {
                if (book[0] == null) {
                    book[0] = new XlsxTable(sink, sheetName);
                    opened.accept(book[0]);
                } else {
                    book[0].nextSheet(sheetName);
                }
                return tableOf(book[0]);
            });
            if (book[0] == null) {
                throw new IllegalStateException("a workbook needs at least one sheet");
            }
            book[0].finish(about);
        });
    }

    private static Table tableOf(XlsxTable writer) {
        return new Table() {
            @Override
            public void header(List<String> names) {
                writer.header(names);
            }

            @Override
            public void row(Object... cells) throws IOException {
                writer.row(cells);
            }
        };
    }
}
