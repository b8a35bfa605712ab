package vn.dongnai.contest.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import vn.dongnai.contest.system.ApiException;

import java.io.IOException;
import java.io.OutputStream;

/** The two file formats every table download offers: .xlsx (the default) and CSV. */
public enum ExportFormat {
    XLSX, CSV;

    public static final MediaType XLSX_TYPE =
            new MediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV_TYPE = new MediaType("text/csv; charset=utf-8");

    /** "xlsx" (also when absent) or "csv"; anything else is a 400 naming the parameter. */
    public static ExportFormat of(@Nullable String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("xlsx")) {
            return XLSX;
        }
        if (text.equalsIgnoreCase("csv")) {
            return CSV;
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_FORMAT", "Định dạng tệp phải là xlsx hoặc csv.",
                "format must be xlsx or csv.");
    }

    public String extension() {
        return name().toLowerCase();
    }

    public MediaType mediaType() {
        return this == XLSX ? XLSX_TYPE : CSV_TYPE;
    }

    /** A streaming writer of this format for one table. */
    public TableWriter open(String sheetName, OutputStream out) throws IOException {
        return this == XLSX ? new XlsxTable(out, sheetName) : new CsvTable(out);
    }
}
