package vn.dongnai.contest.admission;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneClassifierTest {

    private static Lane lane(String method, String path) {
        return LaneClassifier.classify(method, path).lane();
    }

    @Test
    void autosaveSubmitResumeAndTokenRenewalOfAPersonMidAttemptGoFirst() {
        assertEquals(Lane.IN_PROGRESS, lane("PUT", "/api/attempts/12/answers/345"));
        assertEquals(Lane.IN_PROGRESS, lane("POST", "/api/attempts/12/submit"));
        assertEquals(Lane.IN_PROGRESS, lane("GET", "/api/attempts/12"));
        assertEquals(Lane.IN_PROGRESS, lane("POST", "/oauth/access_token"));
    }

    @Test
    void startingAnAttemptQueuesInItsRoundsWaitingRoom() {
        Admission start = LaneClassifier.classify("POST", "/api/rounds/7/attempts");
        assertEquals(Lane.START, start.lane());
        assertEquals(Optional.of("r:7"), start.room());
        assertFalse(start.cacheable());
    }

    @Test
    void loginAndRegistrationShareTheSignInLaneAndItsOneWaitingRoom() {
        assertEquals(Admission.signIn(), LaneClassifier.classify("POST", "/login"));
        assertEquals(Admission.signIn(), LaneClassifier.classify("POST", "/api/register"));
    }

    @Test
    void theContestListAndPublicBoardsArePublicReadsThatMayComeFromTheShortCache() {
        for (String path : new String[]{"/api/contests", "/api/contests/3", "/api/rounds/7/leaderboard",
                "/api/rounds/7/units", "/api/rounds/7/communes", "/api/contests/3/leaderboard",
                "/api/contests/3/units", "/api/contests/3/communes", "/api/contests/3/winners"}) {
            Admission read = LaneClassifier.classify("GET", path);
            assertEquals(Lane.PUBLIC_READ, read.lane(), path);
            assertTrue(read.cacheable(), path);
        }
    }

    @Test
    void aBoardsCopyIsKeptFromAnyonesAnswerButTheContestListsOnlyFromAnAnonymousOne() {
        for (String path : new String[]{"/api/rounds/7/leaderboard", "/api/rounds/7/units", "/api/contests/3/communes",
                "/api/contests/3/leaderboard", "/api/contests/3/winners"}) {
            Admission.CopyFrom from = LaneClassifier.classify("GET", path).copyFrom();
            assertTrue(from.keeps(true), path);
            assertTrue(from.keeps(false), path);
        }
        for (String path : new String[]{"/api/contests", "/api/contests/3"}) {
            Admission.CopyFrom from = LaneClassifier.classify("GET", path).copyFrom();
            assertFalse(from.keeps(true), path);
            assertTrue(from.keeps(false), path);
        }
    }

    @Test
    void myOwnPlaceOnABoardIsAReadButNeverFromTheSharedCache() {
        Admission mine = LaneClassifier.classify("GET", "/api/rounds/7/leaderboard/me");
        assertEquals(Lane.PUBLIC_READ, mine.lane());
        assertFalse(mine.cacheable());
        assertFalse(mine.copyFrom().keeps(true));
        assertFalse(LaneClassifier.classify("GET", "/api/contests/3/leaderboard/me").cacheable());
    }

    @Test
    void theConsoleMyAccountHealthAndThePagesFilesAreNotAdmittedByLane() {
        assertEquals(Lane.UNMANAGED, lane("GET", "/api/admin/contests"));
        assertEquals(Lane.UNMANAGED, lane("POST", "/api/admin/rounds/7/close"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/api/me"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/api/me/attempts"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/health"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/assets/index-abc.js"));
        assertEquals(Lane.UNMANAGED, lane("POST", "/api/logout"));
    }

    @Test
    void otherMethodsOnTheSamePathsAndMalformedIdsAreNotMistakenForALane() {
        assertEquals(Lane.UNMANAGED, lane("GET", "/api/rounds/7/attempts"));
        assertEquals(Lane.UNMANAGED, lane("DELETE", "/api/attempts/12"));
        assertEquals(Lane.UNMANAGED, lane("PUT", "/api/attempts/abc/answers/1"));
        assertEquals(Lane.UNMANAGED, lane("POST", "/api/rounds/x/attempts"));
        assertEquals(Lane.UNMANAGED, lane("GET", "/login"));
        assertEquals(Lane.UNMANAGED, lane("POST", "/api/contests"));
        assertEquals(Lane.UNMANAGED, lane("POST", "/api/rounds/99999999999999999999/attempts"));
    }
}
