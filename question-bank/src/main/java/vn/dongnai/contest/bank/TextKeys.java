package vn.dongnai.contest.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The two ways the library compares human-written text. */
public final class TextKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKeys() {
    }

    /**
     * Key for comparing questions and options: NFC, lower case, punctuation dropped, spaces collapsed.
     * Diacritics stay, because in Vietnamese they change the word ("dễ" is not "dê").
     */
    public static String comparable(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(nfc).replaceAll(" ").strip();
    }

    /**
     * Key for matching labels people retype (column headers, difficulty, catch-all phrases):
     * like {@link #comparable} but also without diacritics, so "Dap an dung" matches "Đáp án đúng".
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return comparable(bare);
    }
}
