package vn.dongnai.contest.bank;

import java.util.Optional;

/**
 * Who a question is written for (đối tượng). Some provinces run separate sets for officials and
 * for residents; a question for {@link #ALL} belongs in either set.
 */
public enum Audience implements Vocabulary {
    ALL("all", "Mọi đối tượng"),
    OFFICIALS("officials", "Cán bộ, công chức"),
    RESIDENTS("residents", "Người dân");

    private final String code;
    private final String label;

    Audience(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** {@code all}, {@code officials}, {@code residents}. */
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Reads the code or the Vietnamese label, any case, with or without diacritics; a spreadsheet
     * typed by hand may say "Người dân", "nguoi dan" or "residents".
     */
    public static Optional<Audience> parse(String text) {
        Optional<Audience> named = Vocabulary.parse(values(), text);
        if (named.isPresent() || text == null) {
            return named;
        }
        return switch (TextKeys.fold(text)) {
            case "tat ca", "moi nguoi", "chung" -> Optional.of(ALL);
            case "can bo", "cong chuc", "can bo cong chuc vien chuc" -> Optional.of(OFFICIALS);
            case "cong dan" -> Optional.of(RESIDENTS);
            default -> Optional.empty();
        };
    }

    /** True when a question for this audience may be drawn for a round set for {@code round}. */
    public boolean eligibleFor(Audience round) {
        return this == ALL || round == ALL || this == round;
    }
}
