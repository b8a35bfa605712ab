package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How personal data looks wherever it is shown publicly or exported by default, and who may see it
 * in clear: the committee chair and ADMIN (who holds every staff right), always with a stated
 * reason that the caller audits. Everyone else, the support desk included, sees it masked.
 */
@BusinessRule
public final class Masking {

    private Masking() {
    }

    /** Whether a staff member holding {@code roles} may see citizen ID, phone and e-mail unmasked. */
    public static boolean mayUnmask(Collection<String> roles) {
        return roles.contains(Role.COMMITTEE_CHAIR) || roles.contains(Role.ADMIN);
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
