package vn.dongnai.contest.award;

/**
 * Text for spreadsheet cells. A value a spreadsheet could read as a formula — starting with
 * = + - @ (or their full-width forms), a tab or a carriage return — gets a leading apostrophe, so
 * a unit named "=HYPERLINK(…)" stays text in Excel or LibreOffice, whichever format it is opened
 * from (OWASP "CSV injection"). Plain Java.
 */
final class Cells {

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private Cells() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
