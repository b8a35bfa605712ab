package vn.dongnai.contest.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** BCrypt, cost 10: about 60 ms a check on one core, slow for a guesser, bearable at a peak. */
@Singleton
public class Passwords {

    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    // a real hash to compare against when the account does not exist, so timing tells nothing
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void burnCheck(String password) {
        matches(password, DUMMY);
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

    /** Staff passwords open the organizer console: 10–64 characters with letters and digits. */
    static boolean strongEnoughForStaff(String password) {
        return password != null && password.length() >= 10 && password.length() <= 64
                && password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }
}
