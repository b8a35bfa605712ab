package vn.dongnai.contest.account;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.system.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataRulesTest {

    @Test
    void aCitizenIdNeedsTwelveDigitsAProvinceCodeAndTheBirthYear() {
        LocalDate born1990 = LocalDate.of(1990, 1, 1);
        LocalDate born2004 = LocalDate.of(2004, 1, 1);
        assertTrue(CitizenId.problem("075090001234", born1990).isEmpty());
        assertTrue(CitizenId.problem("079304001234", born2004).isEmpty(), "a woman born in 2004: century digit 3");
        assertTrue(CitizenId.problem("07509000123", born1990).isPresent(), "11 digits");
        assertTrue(CitizenId.problem("003090001234", born1990).isPresent(), "003 is no province");
        assertTrue(CitizenId.problem("075085001234", born1990).isPresent(), "says born in 1985");
        assertEquals("075090001234", CitizenId.normalize(" 075 090.001 234 "));
    }

    @Test
    void mobileNumbersAreAcceptedInNationalAndInternationalForm() {
        assertEquals(Optional.of("0912345678"), Phone.normalize("0912 345 678"));
        assertEquals(Optional.of("0912345678"), Phone.normalize("+84912345678"));
        assertEquals(Optional.of("0387654321"), Phone.normalize("84387654321"));
        assertTrue(Phone.normalize("0212345678").isEmpty(), "02x is a landline");
        assertTrue(Phone.normalize("091234567").isEmpty());
        assertTrue(Phone.normalize("abc").isEmpty());
    }

    @Test
    void publicNamesAndNumbersAreMasked() {
        assertEquals("Nguyễn V. A.", Masking.displayName("Nguyễn Văn An"));
        assertEquals("Đặng T. Đ.", Masking.displayName("Đặng thị Đào"));
        assertEquals("Lan", Masking.displayName("Lan"));
        assertEquals("075******234", Masking.citizenId("075090001234"));
        assertEquals("091****678", Masking.phone("0912345678"));
    }

    @Test
    void aChildOfSixMayRegisterButNotOneOfFive() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertTrue(BirthDates.plausible(LocalDate.of(2020, 3, 1), today));
        assertFalse(BirthDates.plausible(LocalDate.of(2020, 3, 2), today));
    }

    @Test
    void aBirthYearBefore1900IsATypo() {
        assertFalse(BirthDates.plausible(LocalDate.of(1899, 12, 31), LocalDate.of(2026, 3, 1)));
        assertTrue(BirthDates.plausible(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void anOrdinaryAddressIsAcceptedAndShownMasked() {
        assertTrue(Emails.wellFormed("an.nguyen@sotuphap.dongnai.gov.vn"));
        assertEquals("a***@sotuphap.dongnai.gov.vn", Emails.masked("an.nguyen@sotuphap.dongnai.gov.vn"));
    }

    @Test
    void anAddressWithoutADomainOrWithAHiddenCharacterIsRefused() {
        assertFalse(Emails.wellFormed("an.nguyen"));
        assertFalse(Emails.wellFormed("an@localhost"));
        assertFalse(Emails.wellFormed("an\u200B@example.vn"));
        assertFalse(Emails.wellFormed("a".repeat(250) + "@example.vn"));
    }

    @Test
    void theCommitteeChairMaySeePersonalDataUnmasked() {
        assertTrue(Masking.mayUnmask(List.of(Role.COMMITTEE, Role.COMMITTEE_CHAIR)));
    }

    @Test
    void anAdminMaySeePersonalDataUnmasked() {
        assertTrue(Masking.mayUnmask(List.of(Role.ADMIN)));
    }

    @Test
    void theSupportDeskAnOrganizerAndACommitteeMemberSeeItMasked() {
        assertFalse(Masking.mayUnmask(List.of(Role.SUPPORT)));
        assertFalse(Masking.mayUnmask(List.of(Role.ORGANIZER, Role.COMMITTEE)));
        assertFalse(Masking.mayUnmask(List.of(Role.CONTESTANT)));
        assertFalse(Masking.mayUnmask(List.of()));
    }
}
