package vn.dongnai.contest.export;

import java.io.IOException;
import java.util.List;

/**
 * One table written row by row to a stream, as .xlsx or CSV: nothing is kept once a row is
 * written, so an export's memory does not grow with its length. Text cells are neutralised by
 * {@link Cells}; numbers stay numbers.
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> names) throws IOException;

    /** Cells are String, Number or null (an empty cell). */
    void row(Object... cells) throws IOException;

    /** Finishes the document; {@code about} (label, value) goes on a second sheet where the format has one. */
    void finish(List<String[]> about) throws IOException;

    @Override
    void close() throws IOException;
}
