package vn.dongnai.contest.admission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitingLineTest {

    private static final int WINDOW = 10;
    private final WaitingLine line = new WaitingLine(5_000);
    private long now = 1_000_000;

    private WaitingLine.Turn arrive(long ticket, boolean room) {
        return line.arrive(ticket, room, now, WINDOW);
    }

    @Test
    void withRoomAndNobodyWaitingAPersonGoesStraightInWithoutATicket() {
        WaitingLine.Turn turn = arrive(0, true);

        assertTrue(turn.admitted());
        assertEquals(0, turn.ticket());
    }

    @Test
    void refusedArrivalsGetTicketsInArrivalOrderAndTheirPlaceInLine() {
        WaitingLine.Turn first = arrive(0, false);
        WaitingLine.Turn second = arrive(0, false);

        assertEquals(1, first.ticket());
        assertEquals(2, second.ticket());
        assertEquals(2, second.place());
        assertFalse(second.admitted());
    }

    @Test
    void aNewcomerFindingRoomWhileOthersWaitTakesATicketBehindThem() {
        arrive(0, false);

        WaitingLine.Turn newcomer = arrive(0, true);

        assertFalse(newcomer.admitted());
        assertEquals(2, newcomer.ticket());
        // the room it found called the first ticket instead
        assertEquals(1, newcomer.serving());
    }

    @Test
    void aNewcomerFindingRoomWaitsWhileTheCalledWindowIsFullOfPeopleBeforeThem() {
        long first = line.arrive(0, false, now, 1).ticket();
        line.arrive(0, false, now, 1);
        assertEquals(1, line.arrive(0, true, now, 1).serving(), "the room this newcomer found called the first ticket");

        // one called and not back fills a window of one, and ticket 2 still waits uncalled before any newcomer
        WaitingLine.Turn newcomer = line.arrive(0, true, now, 1);

        assertFalse(newcomer.admitted());
        assertEquals(1, newcomer.serving());
        assertTrue(line.arrive(first, true, now, 1).admitted());
    }

    @Test
    void aNewcomerFindingRoomWhenOnlyTheCalledAreOnTheirWayBackGoesIn() {
        long ticket = line.arrive(0, false, now, WINDOW).ticket();
        // a newcomer with two free places calls ticket 1 and its own, and goes in
        assertTrue(line.arrive(0, true, 2, now, WINDOW).admitted());
        assertEquals(1, line.pending());

        // nobody waits uncalled: the called one goes in whenever they come back, so only they are overtaken
        WaitingLine.Turn newcomer = line.arrive(0, true, now, WINDOW);

        assertTrue(newcomer.admitted());
        assertTrue(line.arrive(ticket, true, now, WINDOW).admitted());
    }

    @Test
    void aLaterTicketFindingRoomCallsTheEarlierOneAndKeepsWaiting() {
        long early = arrive(0, false).ticket();
        long late = arrive(0, false).ticket();

        WaitingLine.Turn lateRetry = arrive(late, true);

        assertFalse(lateRetry.admitted());
        assertEquals(1, lateRetry.place());
        assertTrue(arrive(early, true).admitted());
        assertTrue(arrive(late, true).admitted());
    }

    @Test
    void aCalledTicketWithoutRoomKeepsItsPlaceAtTheFront() {
        long ticket = arrive(0, false).ticket();
        arrive(0, true);

        WaitingLine.Turn retry = arrive(ticket, false);

        assertFalse(retry.admitted());
        assertEquals(0, retry.place());
        assertTrue(arrive(ticket, true).admitted());
    }

    @Test
    void noMoreThanTheWindowAreCalledWhileTheCalledHaveNotComeBack() {
        long last = 0;
        for (int i = 0; i < 30; i++) {
            last = arrive(0, false).ticket();
        }
        for (int i = 0; i < 30; i++) {
            arrive(last, true);
        }

        assertEquals(WINDOW, arrive(last, true).serving());
    }

    @Test
    void aTicketThisLineNeverIssuedCountsAsANewArrival() {
        arrive(0, false);

        WaitingLine.Turn forged = arrive(40, true);

        assertFalse(forged.admitted());
        assertEquals(2, forged.ticket());
    }

    @Test
    void peopleWhoNeverComeBackStopHoldingTheLineAfterTheGrace() {
        for (int i = 0; i < WINDOW; i++) {
            arrive(0, false);
        }
        long last = arrive(0, false).ticket();
        for (int i = 0; i < WINDOW; i++) {
            arrive(last, true);
        }
        assertFalse(arrive(last, true).admitted(), "the first ten are called and may still come back");

        now += 5_001;

        assertTrue(arrive(last, true).admitted());
    }

    @Test
    void aRequestFindingRoomCallsAsManyTicketsAsItsLaneHasFreePlaces() {
        for (int i = 0; i < 8; i++) {
            arrive(0, false);
        }

        // five free places on this node: tickets 1 to 5 are called at once, up to the window
        WaitingLine.Turn turn = line.arrive(0, true, 5, now, WINDOW);

        assertEquals(5, turn.serving());
        assertEquals(5, line.pending());
        assertEquals(9, turn.ticket());
        assertEquals(5, turn.calledAhead());
    }

    @Test
    void aCalledTicketAtTheFrontGoesInOnAReservedPlaceWhenTheLaneIsFull() {
        long first = arrive(0, false).ticket();
        long second = arrive(0, false).ticket();
        line.arrive(0, true, 2, now, WINDOW);

        // the lane is full; one reserved place for the front: only the first called may take it
        assertFalse(line.arrive(second, false, 0, 1, now, WINDOW).admitted());
        assertTrue(line.arrive(first, false, 0, 1, now, WINDOW).admitted());
        assertTrue(line.arrive(second, false, 0, 1, now, WINDOW).admitted());
    }

    @Test
    void theTicketsOfPeopleWhoLeftArePassedOverWhenTheirTurnComes() {
        for (int i = 0; i < 1_000; i++) {
            arrive(0, false);
        }
        // one of them still comes back every minute; the other 999 closed the page
        now += 50_000;
        arrive(500, false);
        now += 40_000;

        WaitingLine.Turn newcomer = line.arrive(0, true, 1, now, WINDOW);

        assertFalse(newcomer.admitted(), "the one still waiting is called first");
        assertEquals(1, line.pending(), "the one still waiting, called; the others passed over without taking the window");
        assertTrue(arrive(500, true).admitted());
        WaitingLine.Turn again = line.arrive(newcomer.ticket(), true, 5, now, WINDOW);
        assertTrue(again.admitted(), "next the newcomer, not after 999 calls of nobody");
    }

    @Test
    void someoneWhoCameWithinTheLongestRetryIsStillCalledInTurn() {
        arrive(0, false);
        arrive(0, false);
        now += Pace.MAX_RETRY_MS;

        WaitingLine.Turn newcomer = line.arrive(0, true, 1, now, WINDOW);

        assertFalse(newcomer.admitted());
        assertEquals(1, line.pending(), "ticket 1 is called: told to come back within a minute, they may still come");
    }

    @Test
    void aPlaceInLineCountsOnlyThoseStillThere() {
        for (int i = 0; i < 1_000; i++) {
            arrive(0, false);
        }
        now += Pace.GONE_AFTER_MS + 1;

        WaitingLine.Turn newcomer = arrive(0, false);

        assertFalse(newcomer.admitted());
        assertEquals(1, newcomer.place(), "the 1,000 before them left long ago");
    }

    @Test
    void theFirstToComeAfterAWaveThatGaveUpAreToldToComeBackSoon() {
        for (int i = 0; i < 5_000; i++) {
            arrive(0, false);
        }
        now += Pace.GONE_AFTER_MS + 1;

        WaitingLine.Turn first = arrive(0, false);

        assertTrue(first.clearing(), "one arrival passes over 2,000 of the 5,000 who left");
        assertEquals(3_001, first.place(), "the place still counts 3,000 who left");
        assertEquals(Pace.MIN_RETRY_MS, Pace.retryAfterMs(first, 10), "not a minute on a count of people who left");
        arrive(0, false);
        WaitingLine.Turn back = arrive(first.ticket(), false);
        assertFalse(back.clearing());
        assertEquals(1, back.place(), "first in line once the rest are passed over");
    }
}
