package vn.dongnai.contest.admission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitingLineTest {

    @Test
    void withRoomAndNobodyWaitingAPersonGoesStraightInWithoutATicket() {
        WaitingLine.Turn turn = new WaitingLine().arrive(0, true);

        assertTrue(turn.admitted());
        assertEquals(0, turn.ticket());
    }

    @Test
    void refusedArrivalsGetTicketsInArrivalOrderAndTheirPlaceInLine() {
        WaitingLine line = new WaitingLine();

        WaitingLine.Turn first = line.arrive(0, false);
        WaitingLine.Turn second = line.arrive(0, false);

        assertEquals(1, first.ticket());
        assertEquals(2, second.ticket());
        assertEquals(2, second.place());
        assertTrue(second.queued());
    }

    @Test
    void aNewcomerFindingRoomWhileOthersWaitTakesATicketBehindThem() {
        WaitingLine line = new WaitingLine();
        line.arrive(0, false);

        WaitingLine.Turn newcomer = line.arrive(0, true);

        assertFalse(newcomer.admitted());
        assertEquals(2, newcomer.ticket());
        // the room it found called the first ticket instead
        assertEquals(1, newcomer.serving());
    }

    @Test
    void aLaterTicketFindingRoomCallsTheEarlierOneAndKeepsWaiting() {
        WaitingLine line = new WaitingLine();
        long early = line.arrive(0, false).ticket();
        long late = line.arrive(0, false).ticket();

        WaitingLine.Turn lateRetry = line.arrive(late, true);

        assertFalse(lateRetry.admitted());
        assertEquals(1, lateRetry.place());
        WaitingLine.Turn earlyRetry = line.arrive(early, true);
        assertTrue(earlyRetry.admitted());
        assertTrue(line.arrive(late, true).admitted());
    }

    @Test
    void aCalledTicketWithoutRoomKeepsItsPlaceAtTheFront() {
        WaitingLine line = new WaitingLine();
        long ticket = line.arrive(0, false).ticket();
        line.arrive(0, true);

        WaitingLine.Turn retry = line.arrive(ticket, false);

        assertFalse(retry.admitted());
        assertEquals(0, retry.place());
        assertTrue(line.arrive(ticket, true).admitted());
    }

    @Test
    void aTicketThisLineNeverIssuedCountsAsANewArrival() {
        WaitingLine line = new WaitingLine();
        line.arrive(0, false);

        WaitingLine.Turn forged = line.arrive(40, true);

        assertFalse(forged.admitted());
        assertEquals(2, forged.ticket());
    }

    @Test
    void peopleWhoNeverComeBackDoNotStopTheLine() {
        WaitingLine line = new WaitingLine();
        for (int i = 0; i < 5; i++) {
            line.arrive(0, false);
        }
        long last = line.arrive(0, false).ticket();

        // the first five walked away: each retry of the last one with room calls one more
        int retries = 0;
        while (!line.arrive(last, true).admitted()) {
            retries++;
        }
        assertEquals(5, retries);
    }
}
