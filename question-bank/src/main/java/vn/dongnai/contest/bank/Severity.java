package vn.dongnai.contest.bank;

/** An ERROR stops a bank from being imported; a WARNING is worth a look but does not. */
public enum Severity {
    ERROR("LỖI", "ERROR"),
    WARNING("CẢNH BÁO", "WARNING");

    private final String vi;
    private final String en;

    Severity(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(Language language) {
        return language == Language.VI ? vi : en;
    }
}
