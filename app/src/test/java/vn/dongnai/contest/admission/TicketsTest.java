package vn.dongnai.contest.admission;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketsTest {

    private final Tickets tickets = new Tickets("0123456789abcdef0123456789abcdef", Duration.ofMinutes(10));
    private final Instant now = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aTicketReadsBackForItsHolder() {
        String token = tickets.issue("r:7", "redis", 42, "1001", now);

        Tickets.Ticket ticket = tickets.read(token, "1001", now.plusSeconds(30)).orElseThrow();

        assertEquals(new Tickets.Ticket("r:7", "redis", 42, now), ticket);
    }

    @Test
    void someoneElsesTicketIsWorthNothing() {
        String token = tickets.issue("r:7", "redis", 42, "1001", now);

        assertTrue(tickets.read(token, "1002", now).isEmpty());
    }

    @Test
    void aSmallerNumberTypedIntoATicketBreaksItsSignature() {
        String token = tickets.issue("r:7", "redis", 42, "1001", now);

        assertTrue(tickets.read(token.replace(".42.", ".1."), "1001", now).isEmpty());
    }

    @Test
    void aTicketNotShownForLongerThanItsValidityHasExpired() {
        String token = tickets.issue("sign-in", "redis", 3, "", now);

        assertTrue(tickets.read(token, "", now.plus(Duration.ofMinutes(11))).isEmpty());
        assertTrue(tickets.read("garbage", "", now).isEmpty());
        assertTrue(tickets.read(null, "", now).isEmpty());
    }
}
