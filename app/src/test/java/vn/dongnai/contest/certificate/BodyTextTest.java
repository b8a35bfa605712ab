package vn.dongnai.contest.certificate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyTextTest {

    private static final Map<String, String> VALUES = Map.of("name", "Nguyễn Văn An", "unit", "", "prize", "Giải Ba",
            "contest", "Tìm hiểu về Chuyển đổi số", "round", "Đợt 2", "date", "ngày 06 tháng 12 năm 2026");

    @Test
    void placeholdersAreFilledWithTheCertificatesData() {
        assertEquals("Đạt Giải Ba — Đợt 2", BodyText.fill("Đạt {prize} — {round}", VALUES));
    }

    @Test
    void aLineWhoseOnlyPlaceholderIsEmptyIsLeftOut() {
        assertNull(BodyText.fill("Đơn vị: {unit}", VALUES));
    }

    @Test
    void aLineWithSomePlaceholderFilledStays() {
        assertEquals("Nguyễn Văn An —", BodyText.fill("{name} — {unit}", VALUES));
    }

    @Test
    void aLineWithoutPlaceholdersIsPrintedAsWritten() {
        assertEquals("Ban Tổ chức chứng nhận", BodyText.fill("Ban Tổ chức chứng nhận", VALUES));
    }

    @Test
    void aDollarSignOrBackslashInANameIsNotReadAsAReplacementPattern() {
        assertEquals("Đơn vị: Phòng $1 \\ B", BodyText.fill("Đơn vị: {unit}", Map.of("unit", "Phòng $1 \\ B")));
    }

    @Test
    void unknownPlaceholdersAreNamedOnceEachInOrder() {
        assertEquals(List.of("ten", "giai"), BodyText.unknown("{ten} {name} {giai} {ten}"));
        assertTrue(BodyText.unknown("{name}, {unit}, {prize}, {contest}, {round}, {date}").isEmpty());
    }

    @Test
    void onlyALineThatIsJustThePlaceholderPrintsLarge() {
        assertTrue(BodyText.isOnly("  {name} ", "name"));
        assertFalse(BodyText.isOnly("Ông/Bà {name}", "name"));
    }

    @Test
    void verificationCodesAreSixteenUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertTrue(VerificationCodes.wellFormed(code), code);
            assertFalse(code.matches(".*[ILOU].*"), code);
            assertTrue(seen.add(code), "repeated " + code);
        }
        assertFalse(VerificationCodes.wellFormed("7kq2m9xab3cd4efg"));
        assertFalse(VerificationCodes.wellFormed("7KQ2M9XAB3CD4EF"));
        assertFalse(VerificationCodes.wellFormed("7KQ2M9XAB3CD4EFI"));
    }
}
