package vn.dongnai.contest.admission;

import java.util.HashMap;
import java.util.Map;

/**
 * The rule of a waiting room (phòng chờ), with no storage of its own: {@code issued} is the last
 * ticket handed out, {@code serving} the last ticket called, and the called tickets whose holders
 * have not come back yet are remembered with the time they were called. Tickets are handed out in
 * arrival order and called in ticket order. A request that finds room in its lane calls as many
 * tickets as its node has free places in the lane at that moment ({@code calls}: the limiter's limit
 * minus what is in flight, its own place included) — so the line is called at the pace the lane
 * frees places, not one ticket per lucky poll — but never more than {@code window} called and not
 * yet back. The window is a couple of seconds of the lanes' capacity across all nodes
 * ({@link WaitingRooms}), enough that the lane never idles while called people are on their way back
 * (they come back within a fraction of a second, {@link Pace}), and a called holder who comes back
 * with room is let in directly. A holder who does not come back within {@code callGraceMs} of being
 * called (10 s, twice the longest Retry-After) no longer holds the line up (they still go in if they
 * come back later and find room). A newcomer goes straight in only when nobody is waiting or called.
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

    /** {@link #arrive(long, boolean, int, long, int)} calling one ticket when there is room. */
    Turn arrive(long ticket, boolean room, long now, int window) {
        return arrive(ticket, room, 1, now, window);
    }

    /**
     * One request arriving at {@code now} (ms) with {@code ticket} (0 for none, or a ticket this line
     * never issued) while its lane has room ({@code room}) or not; with room, its node has
     * {@code calls} free places in the lane (its own among them) and calls that many tickets.
     */
    synchronized Turn arrive(long ticket, boolean room, int calls, long now, int window) {
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
        if (room) {
            long n = Math.min(Math.max(1, calls), Math.min(issued - serving, (long) window - called.size()));
            for (long i = 0; i < n; i++) {
                called.put(++serving, now);
            }
            if (ticket <= serving) {
                called.remove(ticket);
                return new Turn(true, ticket, serving, issued);
            }
        }
        return new Turn(false, ticket, serving, issued);
    }

    /** Called tickets whose holders have not come back (as of the last arrival). */
    synchronized int pending() {
        return called.size();
    }
}
