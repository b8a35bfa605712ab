package vn.dongnai.contest.bank.format;

/**
 * The one guard against spreadsheet formulas in exported text (OWASP "CSV injection"). A value that
 * Excel or LibreOffice could run as a formula — starting with = + - @ (or their full-width forms),
 * a tab or a carriage return — is written with a leading apostrophe, so a unit named
 * "=HYPERLINK(…)" stays text whichever format it is opened from. Every export (question banks,
 * rankings, winners, reports) writes its text cells through {@link #neutralize}.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private FormulaGuard() {
    }

    /** The value as a spreadsheet will show it as text; "" for null. */
    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value a {@link #neutralize}d cell stood for: its guarding apostrophe dropped. */
    public static String restore(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }
}
