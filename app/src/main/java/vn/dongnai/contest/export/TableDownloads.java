package vn.dongnai.contest.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The streaming .xlsx/CSV download of one table, for any feature (the support desk's participant
 * list, the award exports): rows go from MySQL into the file and the file into the response, with
 * the same formula neutralising and the same bounded pipe in between.
 */
@Singleton
public class TableDownloads {

    private final ExecutorService executor;

    TableDownloads(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.executor = executor;
    }

    public record Download(String fileName, MediaType mediaType, InputStream body) {
    }

    @FunctionalInterface
    public interface Rows {
        void write(TableWriter table) throws IOException;
    }

    /** "xlsx" (the default) or "csv"; anything else is a 400 naming the parameter. */
    public static void checkFormat(@Nullable String format) {
        ExportFormat.of(format);
    }

    /** Starts writing on a blocking thread and hands back the stream the response reads from. */
    public Download start(String baseName, @Nullable String format, String sheetName, Rows rows, List<String[]> about) {
        return start(baseName, ExportFormat.of(format), sheetName, rows, about);
    }

    /** The same, for a format the caller has already parsed. */
    public Download start(String baseName, ExportFormat parsed, String sheetName, Rows rows, List<String[]> about) {
        InputStream body = new ExportPipe().writeOn(executor, baseName, (sink, opened) -> {
            TableWriter table = parsed.open(sheetName, sink);
            opened.accept(table);
            rows.write(table);
            table.finish(about);
        });
        return new Download(baseName + "." + parsed.extension(), parsed.mediaType(), body);
    }
}
