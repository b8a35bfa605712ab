package vn.dongnai.contest.bank;

/**
 * One problem found while reading or validating a bank. Both messages already start with the
 * location ("Dòng 12 (a.txt): ..."), so they can be shown as they are.
 *
 * @param code stable machine-readable name of the rule, e.g. {@code ANSWER_MISSING}
 */
public record Issue(Severity severity, Location location, String code, String messageVi, String messageEn) {

    public static Issue error(Location at, String code, String vi, String en) {
        return of(Severity.ERROR, at, code, vi, en);
    }

    public static Issue warning(Location at, String code, String vi, String en) {
        return of(Severity.WARNING, at, code, vi, en);
    }

    private static Issue of(Severity severity, Location at, String code, String vi, String en) {
        return new Issue(severity, at, code,
                at.describe(Language.VI) + ": " + vi,
                at.describe(Language.EN) + ": " + en);
    }

    /** The 1-based row or line the issue is about (0 when it concerns the whole bank). */
    public int rowOrLine() {
        return location.number();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message(Language language) {
        return language == Language.VI ? messageVi : messageEn;
    }
}
