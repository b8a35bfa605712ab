package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.FreeText;

import java.util.regex.Pattern;

/** Which e-mail addresses are accepted, and how one is shown where it must not be read in full (the audit log, the support desk). */
@BusinessRule
public final class Emails {

    private static final Pattern FORM = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private Emails() {
    }

    /** A local part, an "@" and a domain with a dot; at most 254 characters, nothing hidden in it. */
    public static boolean wellFormed(String email) {
        return email.length() <= 254 && FORM.matcher(email).matches() && FreeText.hiddenCharacterAt(email) < 0;
    }

    /** "an.nguyen@example.vn" → "a***@example.vn". */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
