package vn.dongnai.contest.account;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How personal data looks wherever it is shown publicly or exported by default. */
public final class Masking {

    private Masking() {
    }

    /** "Nguyễn Văn An" → "Nguyễn V. A.": the family name and initials, enough to recognise oneself. */
    public static String displayName(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        if (words.length == 1) {
            return words[0];
        }
        return words[0] + " " + Arrays.stream(words, 1, words.length)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase() + ".")
                .collect(Collectors.joining(" "));
    }

    /** "075203001234" → "075******234"; an erased value ("") stays empty. */
    public static String citizenId(String citizenId) {
        if (citizenId.length() < 7) {
            return "*".repeat(citizenId.length());
        }
        return citizenId.substring(0, 3) + "*".repeat(citizenId.length() - 6) + citizenId.substring(citizenId.length() - 3);
    }

    /** "0912345678" → "091****678"; an erased value ("") stays empty. */
    public static String phone(String phone) {
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 3);
    }
}
