package vn.dongnai.contest.bank;

import java.util.Locale;

/** The two languages every user-facing message is written in; Vietnamese comes first. */
public enum Language {
    VI, EN;

    /** Accepts "vi"/"en" (any case); anything else is {@code null} so callers can report it. */
    public static Language parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> null;
        };
    }
}
