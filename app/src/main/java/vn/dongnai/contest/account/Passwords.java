package vn.dongnai.contest.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * BCrypt, cost 10: about 60 ms a check on one core, slow for a guesser, bearable at a peak.
 * BCrypt reads at most 72 bytes, and a Vietnamese password of 64 characters can take 96: such a
 * password is first reduced with SHA-512 (the library's own long-password strategy), so every
 * character counts. Shorter passwords are hashed exactly as before, so existing hashes keep working.
 */
@Singleton
public class Passwords {

    private static final int COST = 10;
    /** Far beyond any form's limit: a login with more is simply wrong, and never costs a hash. */
    static final int MAX_CHECKED_LENGTH = 1024;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final BCrypt.Hasher HASHER = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private static final BCrypt.Verifyer VERIFIER = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private static final BCrypt.Verifyer PLAIN_VERIFIER = BCrypt.verifyer(VERSION);
    private static final SecureRandom RANDOM = new SecureRandom();
    // a real hash to compare against when the account does not exist, so timing tells nothing
    private static final String DUMMY = HASHER.hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_CHECKED_LENGTH) {
            burnCheck("");
            return false;
        }
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        byte[] stored = hash.getBytes(StandardCharsets.UTF_8);
        if (VERIFIER.verify(bytes, stored).verified) {
            return true;
        }
        // exactly 71–72 bytes were hashed as they were before the long-password strategy
        return bytes.length >= 71 && bytes.length <= 72 && PLAIN_VERIFIER.verify(bytes, stored).verified;
    }

    public void burnCheck(String password) {
        String checked = password == null || password.length() > MAX_CHECKED_LENGTH ? "" : password;
        VERIFIER.verify(checked.getBytes(StandardCharsets.UTF_8), DUMMY.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary password an ADMIN hands over: 16 characters without look-alikes (0/O, 1/l/I). */
    String generateTemporary() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        // at least one digit, which the staff password rule asks for
        password.setCharAt(RANDOM.nextInt(16), (char) ('2' + RANDOM.nextInt(8)));
        return password.toString();
    }
}
