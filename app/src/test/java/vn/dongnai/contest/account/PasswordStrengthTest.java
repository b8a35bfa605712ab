package vn.dongnai.contest.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which new passwords are accepted, for a contestant and for a staff member. */
class PasswordStrengthTest {

    @Test
    void eightLettersAndDigitsAreEnoughForAContestant() {
        assertTrue(PasswordStrength.enoughForContestant("matkhau1"));
    }

    @Test
    void aContestantPasswordWithoutADigitOrWithoutALetterIsRefused() {
        assertFalse(PasswordStrength.enoughForContestant("matkhaumoi"));
        assertFalse(PasswordStrength.enoughForContestant("12345678"));
    }

    @Test
    void aStaffPasswordNeedsTenCharactersWhereAContestantsNeedsEight() {
        assertFalse(PasswordStrength.enoughForStaff("matkhau12"));
        assertTrue(PasswordStrength.enoughForStaff("matkhau123"));
    }

    @Test
    void noPasswordAndOneLongerThanSixtyFourCharactersAreRefused() {
        assertFalse(PasswordStrength.enoughForContestant(null));
        assertFalse(PasswordStrength.enoughForStaff(null));
        assertFalse(PasswordStrength.enoughForContestant("a1".repeat(33)));
    }
}
