package vn.dongnai.contest.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared-origin flags and offices: colleagues of one declared unit count as one until there are many. */
class OfficeColleaguesTest {

    private static ReviewRules.SharedOrigin device(Long... accounts) {
        return new ReviewRules.SharedOrigin("abc123def456", Set.of(accounts));
    }

    private static List<ReviewRules.Flag> flags(ReviewRules.SharedOrigin group, Map<Long, String> units) {
        return ReviewRules.sharedOrigins(ReviewRules.SHARED_DEVICE, List.of(group), 3, 15, units);
    }

    @Test
    void fiveColleaguesOfOneUnitOnTheOfficeComputerRaiseNoFlag() {
        Map<Long, String> units = Map.of(1L, "Sở Tư pháp", 2L, "Sở Tư pháp", 3L, "sở tư pháp ", 4L, "Sở Tư pháp",
                5L, "Sở Tư pháp");

        assertEquals(List.of(), flags(device(1L, 2L, 3L, 4L, 5L), units));
    }

    @Test
    void threeStrangersOnOneDeviceStillRaiseTheFlagForEachOfThem() {
        Map<Long, String> units = Map.of(1L, "Sở Tư pháp", 2L, "UBND phường Trấn Biên");

        List<ReviewRules.Flag> flags = flags(device(1L, 2L, 3L), units);

        assertEquals(3, flags.size());
        assertEquals(3, flags.getFirst().evidence().get("accounts"));
    }

    @Test
    void anOfficePlusTwoOutsidersCountsAsThreeAndSaysHowManyAreColleagues() {
        Map<Long, String> units = Map.of(1L, "Sở Tư pháp", 2L, "Sở Tư pháp", 3L, "Sở Tư pháp", 4L, "Trường THPT Ngô Quyền");

        List<ReviewRules.Flag> flags = flags(device(1L, 2L, 3L, 4L, 5L), units);

        assertEquals(5, flags.size());
        assertEquals(3, flags.getFirst().evidence().get("sameUnitAccounts"));
    }

    @Test
    void anImplausiblyBigOfficeOnOneDeviceRaisesTheFlagAtTheSameUnitThreshold() {
        Long[] ids = new Long[15];
        Map<Long, String> units = new java.util.HashMap<>();
        for (int i = 0; i < 15; i++) {
            ids[i] = (long) i + 1;
            units.put((long) i + 1, "Sở Tư pháp");
        }

        assertEquals(15, flags(device(ids), units).size());
        assertEquals(List.of(), flags(device(java.util.Arrays.copyOf(ids, 14)), units));
    }

    @Test
    void withoutDeclaredUnitsTheThresholdIsThePlainAccountCount() {
        assertEquals(3, ReviewRules.sharedOrigins(ReviewRules.SHARED_DEVICE, List.of(device(1L, 2L, 3L)), 3).size());
    }

    @Test
    void colleaguesWhoTypedTheirUnitWithOtherSpacingOrUnicodeFormAreStillOneOffice() {
        String decomposed = java.text.Normalizer.normalize("Sở Tư pháp", java.text.Normalizer.Form.NFD);
        Map<Long, String> units = Map.of(1L, "Sở Tư pháp", 2L, "Sở  Tư   pháp", 3L, decomposed, 4L, " SỞ TƯ PHÁP",
                5L, "Sở Tư pháp");

        assertEquals(List.of(), flags(device(1L, 2L, 3L, 4L, 5L), units));
    }
}
