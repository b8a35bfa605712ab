package vn.dongnai.contest.bank;

import java.util.Optional;

/**
 * A word of the bank's own vocabulary (difficulty, audience, kind): a code that files carry and a
 * Vietnamese label that people read and retype. One way to read either back.
 */
public interface Vocabulary {

    /** The word the committed text form and the spreadsheets use. */
    String code();

    /** The Vietnamese label shown to organizers. */
    String label();

    /**
     * The value whose code or label the text is, any case, with or without diacritics: a spreadsheet
     * typed by hand on a phone may say "Trung bình", "trung binh" or "medium".
     */
    static <V extends Vocabulary> Optional<V> parse(V[] values, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = TextKeys.fold(text);
        for (V value : values) {
            if (key.equals(TextKeys.fold(value.code())) || key.equals(TextKeys.fold(value.label()))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
