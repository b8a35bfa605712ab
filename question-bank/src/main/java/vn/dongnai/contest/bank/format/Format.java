package vn.dongnai.contest.bank.format;

import java.util.List;
import java.util.Locale;

/** The four forms of the bank, told apart by file extension. */
public enum Format {
    /** The committed text form; a directory of these is a whole bank. */
    TEXT(List.of(".txt"), new TextFormat(), new TextFormat(), true),
    /** The Excel template. {@code .xlsm} is read as data only (macros dropped, never run) and never written. */
    EXCEL(List.of(".xlsx", ".xlsm"), new ExcelFormat(), new ExcelFormat(), true),
    CSV(List.of(".csv"), new CsvFormat(), new CsvFormat(), true),
    /** Moodle Aiken: keeps question, options and answer only. */
    AIKEN(List.of(".aiken"), new AikenFormat(), new AikenFormat(), false);

    private final List<String> extensions;
    private final BankReader reader;
    private final BankWriter writer;
    private final boolean keepsEverything;

    Format(List<String> extensions, BankReader reader, BankWriter writer, boolean keepsEverything) {
        this.extensions = extensions;
        this.reader = reader;
        this.writer = writer;
        this.keepsEverything = keepsEverything;
    }

    public BankReader reader() {
        return reader;
    }

    public BankWriter writer() {
        return writer;
    }

    /** False for Aiken, which loses topic, difficulty, explanation, source, id, audience and kind on export. */
    public boolean keepsEverything() {
        return keepsEverything;
    }

    public static Format forReading(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        throw unsupported(fileName);
    }

    /** As {@link #forReading} but without {@code .xlsm}: Excel refuses macro-less content under that name. */
    public static Format forWriting(String fileName) {
        Format format = forReading(fileName);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsm")) {
            throw unsupported(fileName);
        }
        return format;
    }

    private static BankFormatException unsupported(String fileName) {
        boolean legacyExcel = fileName.toLowerCase(Locale.ROOT).endsWith(".xls");
        return new BankFormatException("UNSUPPORTED_FORMAT",
                "Không hỗ trợ định dạng của " + fileName + "; dùng .txt, .xlsx, .csv hoặc .aiken."
                        + (legacyExcel ? " Tệp Excel 97–2003 (.xls): hãy lưu lại thành .xlsx." : ""),
                "Unsupported format for " + fileName + "; use .txt, .xlsx, .csv or .aiken."
                        + (legacyExcel ? " Excel 97–2003 (.xls) files: save them as .xlsx." : ""));
    }
}
