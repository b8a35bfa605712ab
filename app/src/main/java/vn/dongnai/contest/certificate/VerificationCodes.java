package vn.dongnai.contest.certificate;

import vn.dongnai.contest.system.BusinessRule;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Verification codes: 16 characters of Crockford's base 32 (no I, L, O, U, so nothing is misread
 * when typed from paper) from 80 random bits — unguessable, and unrelated to the person or the
 * order certificates were issued in.
 */
@BusinessRule
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORM = Pattern.compile("[0-9A-HJKMNP-TV-Z]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(16);
        long high = 0;
        int bits = 0;
        for (byte b : bytes) {
            high = (high << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                code.append(ALPHABET[(int) ((high >> bits) & 31)]);
            }
        }
        return code.toString();
    }

    /** Only something that could be a code reaches the database. */
    static boolean wellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
