package vn.dongnai.contest.admission;

import java.util.HashMap;
import java.util.Map;

/**
 * The rule of a waiting room (phòng chờ), with no storage of its own: {@code issued} is the last
 * ticket handed out, {@code serving} the last ticket called, and the called tickets whose holders
 * have not come back yet are remembered with the time they were called. Tickets are handed out in
 * arrival order and called in ticket order, one more each time a request finds room in its lane —
 * but never more than {@code window} called and not yet back, so the room the lane has is kept for
 * them rather than handed to whoever polls first. A holder who does not come back within
 * {@code callGraceMs} of being called (10 s, twice the longest Retry-After) no longer holds the line up (they still go in if they come
 * back later and find room). A newcomer goes straight in only when nobody is waiting or called.
 * <p>
 * Admission order therefore follows arrival order except among the called tickets, at most
 * {@code window} of them, whose holders come back in the order of their own retries: that is the
 * rule's tolerance. {@link WaitingRooms}' script is this same rule, run atomically in Redis so it
 * holds across app nodes; this class runs it on one node when Redis is away, and in the tests.
 */
final class WaitingLine {

    /** What one request met: let in or not, its ticket (0 when it needed none), and the line after it. */
    record Turn(boolean admitted, long ticket, long serving, long issued) {

        /** How many tickets are called before this one's: 0 once it is called. */
        long place() {
            return Math.max(0, ticket - serving);
        }
    }

    private final long callGraceMs;
    private final Map<Long, Long> called = new HashMap<>();
    private long issued;
    private long serving;

    WaitingLine(long callGraceMs) {
        this.callGraceMs = callGraceMs;
    }

    /**
     * One request arriving at {@code now} (ms) with {@code ticket} (0 for none, or a ticket this line
     * never issued) while its lane has room ({@code room}) or not.
     */
    synchronized Turn arrive(long ticket, boolean room, long now, int window) {
        called.values().removeIf(at -> at < now - callGraceMs);
        if (ticket <= 0 || ticket > issued) {
            if (room && serving >= issued && called.isEmpty()) {
                return new Turn(true, 0, serving, issued);
            }
            ticket = ++issued;
        }
        if (ticket <= serving) {
            if (room) {
                called.remove(ticket);
            }
            return new Turn(room, ticket, serving, issued);
        }
        if (room && called.size() < window) {
            called.put(++serving, now);
            if (ticket <= serving) {
                called.remove(ticket);
                return new Turn(true, ticket, serving, issued);
            }
        }
        return new Turn(false, ticket, serving, issued);
    }
}
