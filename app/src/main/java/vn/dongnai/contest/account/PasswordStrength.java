package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;

/**
 * Which new passwords are accepted: letters and digits, at most 64 characters; a contestant's at
 * least 8, a staff member's at least 10, since a staff password opens the organizer console.
 */
@BusinessRule
final class PasswordStrength {

    private PasswordStrength() {
    }

    /** For registration, "my account" and a reset link; null is no password. */
    static boolean enoughForContestant(String password) {
        return lettersAndDigits(password, 8);
    }

    /** For a staff account's own or initial password; null is no password. */
    static boolean enoughForStaff(String password) {
        return lettersAndDigits(password, 10);
    }

    private static boolean lettersAndDigits(String password, int shortest) {
        return password != null && password.length() >= shortest && password.length() <= 64
                && password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }
}
