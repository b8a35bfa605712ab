package vn.dongnai.contest.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** BCrypt, cost 10: about 60 ms a check on one core, slow for a guesser, bearable at a peak. */
@Singleton
public class Passwords {

    private static final int COST = 10;
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
}
