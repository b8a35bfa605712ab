package vn.dongnai.contest.system;

import java.text.Normalizer;

/**
 * Free text that other people will see (a name, a unit, a commune on the public boards, a note):
 * one normal form — NFC, trimmed, inner white space collapsed — and no characters that hide or
 * disguise what is shown: control characters, zero-width characters, and the direction overrides
 * that can make "Nguyễn" display as something else.
 */
public final class FreeText {

    private FreeText() {
    }

    /** NFC-normalized, trimmed, inner white space collapsed; "" for null. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The same for text of several lines (rules, a description, a consent text): NFC and trimmed, lines kept. */
    public static String normalizeLines(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    }

    /**
     * The accent-insensitive key of a text, for search and matching: "  Nguyễn Thị  Đào " → "nguyen thi dao".
     * Diacritics removed (đ/Đ → d), lower case, trimmed, inner white space collapsed.
     */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(raw.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The first hidden or direction-changing character, or -1 when the text shows what it says. */
    public static int hiddenCharacterAt(String text) {
        return hiddenCharacterAt(text, false);
    }

    /** The same, where line breaks and tabs belong to the text (Markdown). */
    private static int hiddenCharacterAt(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hidden(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL          // C0, DEL, C1
                || type == Character.FORMAT       // zero-width space/joiners, LRM/RLM, LRE…RLO, LRI…PDI, BOM, soft hyphen
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /** Adds the field's error when its (normalized) text hides characters. */
    public static void check(FieldErrors errors, String field, String text) {
        check(errors, field, text, false);
    }

    /** The same for text of several lines (Markdown rules, a description). */
    public static void checkMultiline(FieldErrors errors, String field, String text) {
        check(errors, field, text, true);
    }

    private static void check(FieldErrors errors, String field, String text, boolean multiline) {
        if (text != null && hiddenCharacterAt(text, multiline) >= 0) {
            errors.add(field, "HIDDEN_CHARACTERS",
                    "Nội dung có ký tự ẩn hoặc ký tự điều khiển (không nhìn thấy được); vui lòng gõ lại bằng bàn phím.",
                    "The text contains invisible, control or direction-changing characters; please type it again.");
        }
    }
}
