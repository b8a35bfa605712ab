package vn.dongnai.contest.bank;

/**
 * Where a question or a problem sits in its file, so every message can send the reader to it.
 *
 * @param file   the file name as the user knows it, or {@code null} when built in memory
 * @param number 1-based line (text forms) or row (spreadsheets, as Excel numbers them); 0 for none
 */
public record Location(String file, int number, Unit unit) {

    /** Text forms are read in lines; spreadsheets in rows, matching what Excel shows. */
    public enum Unit { LINE, ROW }

    public static final Location NONE = new Location(null, 0, Unit.LINE);

    public Location {
        if (unit == null) {
            unit = Unit.LINE;
        }
    }

    public static Location line(String file, int number) {
        return new Location(file, number, Unit.LINE);
    }

    public static Location row(String file, int number) {
        return new Location(file, number, Unit.ROW);
    }

    /** "Dòng 12 (a.txt)" — Vietnamese users say dòng for Excel rows too. */
    public String describe(Language language) {
        String where = number > 0
                ? (language == Language.VI ? "Dòng " : unit == Unit.ROW ? "Row " : "Line ") + number
                : "";
        if (file == null) {
            return where.isEmpty() ? (language == Language.VI ? "Ngân hàng" : "Bank") : where;
        }
        return where.isEmpty() ? file : where + " (" + file + ")";
    }
}
