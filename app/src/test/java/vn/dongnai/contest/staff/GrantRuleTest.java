package vn.dongnai.contest.staff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrantRuleTest {

    private static final String JUSTICE = "Sở Tư pháp";
    private static final String SCIENCE = "Sở Khoa học và Công nghệ";
    private static final Set<String> ORGANIZER_ROUTE = Set.of("ORGANIZER", "ADMIN");
    private static final Set<String> COMMITTEE_ROUTE = Set.of("COMMITTEE", "ADMIN");

    private static GrantRule.Grant onUnit(String role, String unit) {
        return new GrantRule.Grant(1, role, null, unit);
    }

    private static GrantRule.Grant onContest(String role, long contestId) {
        return new GrantRule.Grant(2, role, contestId, null);
    }

    @Test
    void anOrganizerOfTheJusticeDepartmentReachesItsContestsButNotScienceAndTechnologys() {
        List<GrantRule.Grant> grants = List.of(onUnit("ORGANIZER", JUSTICE));
        assertTrue(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 10, JUSTICE));
        assertFalse(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 11, SCIENCE));
    }

    @Test
    void aUnitGrantCoversAContestOfThatUnitMadeAfterIt() {
        List<GrantRule.Grant> grants = List.of(onUnit("COMMITTEE", JUSTICE));
        assertTrue(GrantRule.mayAct(Set.of("COMMITTEE"), COMMITTEE_ROUTE, grants, 999, JUSTICE));
    }

    @Test
    void aContestGrantReachesThatContestOnlyWhateverItsUnit() {
        List<GrantRule.Grant> grants = List.of(onContest("ORGANIZER", 10));
        assertTrue(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 10, SCIENCE));
        assertTrue(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 10, null));
        assertFalse(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 12, SCIENCE));
    }

    @Test
    void aContestWithoutAUnitIsReachedByNoUnitGrant() {
        List<GrantRule.Grant> grants = List.of(onUnit("ORGANIZER", JUSTICE));
        assertFalse(GrantRule.mayAct(Set.of("ORGANIZER"), ORGANIZER_ROUTE, grants, 10, null));
    }

    @Test
    void theGrantMustBeInARoleTheRouteIsOpenTo() {
        // organizer of Justice's contest, committee member of Science's: may not organize Science's
        List<GrantRule.Grant> grants = List.of(onUnit("ORGANIZER", JUSTICE), onUnit("COMMITTEE", SCIENCE));
        Set<String> roles = Set.of("ORGANIZER", "COMMITTEE");
        assertFalse(GrantRule.mayAct(roles, ORGANIZER_ROUTE, grants, 11, SCIENCE));
        assertTrue(GrantRule.mayAct(roles, COMMITTEE_ROUTE, grants, 11, SCIENCE));
        assertFalse(GrantRule.mayAct(roles, COMMITTEE_ROUTE, grants, 10, JUSTICE));
    }

    @Test
    void aGrantInARoleTheMemberNoLongerHoldsCountsForNothing() {
        List<GrantRule.Grant> grants = List.of(onUnit("ORGANIZER", JUSTICE));
        assertFalse(GrantRule.mayAct(Set.of("COMMITTEE"), Set.of("ORGANIZER", "COMMITTEE", "ADMIN"), grants, 10, JUSTICE));
    }

    @Test
    void adminAndTheSupportDeskReachEveryContestWithoutGrants() {
        assertTrue(GrantRule.mayAct(Set.of("ADMIN"), ORGANIZER_ROUTE, List.of(), 10, JUSTICE));
        assertTrue(GrantRule.mayAct(Set.of("SUPPORT"), Set.of("SUPPORT", "COMMITTEE_CHAIR", "ADMIN"), List.of(), 10, null));
        assertTrue(GrantRule.platformWide(Set.of("ADMIN"), Set.of()));
    }

    @Test
    void theSupportDeskRoleDoesNotWidenAnOrganizerRouteItIsNotOpenTo() {
        assertFalse(GrantRule.mayAct(Set.of("SUPPORT", "ORGANIZER"), ORGANIZER_ROUTE, List.of(), 10, JUSTICE));
        assertFalse(GrantRule.platformWide(Set.of("SUPPORT", "ORGANIZER"), ORGANIZER_ROUTE));
    }

    @Test
    void aNewContestJoinsTheUnitOfItsCreatorsOneOrganizerUnitGrant() {
        assertEquals(JUSTICE, GrantRule.unitForNewContest(List.of(onUnit("ORGANIZER", JUSTICE), onUnit("COMMITTEE", SCIENCE))));
        assertNull(GrantRule.unitForNewContest(List.of(onUnit("ORGANIZER", JUSTICE), onUnit("ORGANIZER", SCIENCE))));
        assertNull(GrantRule.unitForNewContest(List.of(onContest("ORGANIZER", 10))));
    }
}
