package vn.dongnai.contest.account;

/** How an e-mail address is shown where it must not be read in full (the audit log, the support desk). */
public final class Emails {

    private Emails() {
    }

    /** "an.nguyen@example.vn" → "a***@example.vn". */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
