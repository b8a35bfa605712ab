package vn.dongnai.contest.admission;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

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
 * called (10 s) no longer holds the line up (they still go in if they come back later and find room).
 * Someone called while away on a long Retry-After holds a place in the window for all of it: a window
 * full of them can leave the lane idle while many wait uncalled; 3 s let in more but passed over more
 * people, and the called came back together to a full node (docs/performance.md, "Fifteenth pass").
 * A newcomer with room goes straight in when nobody waits uncalled: the called go in whenever they
 * come back, so it overtakes at most the window.
 * <p>
 * Each ticket's holder is remembered with the last time they came ({@code seen}). When the line is
 * called, a ticket whose holder has not come for {@code goneMs} ({@link Pace#GONE_AFTER_MS}: longer than
 * anyone is told to wait between tries) is passed over without taking a place in the window: its holder
 * closed the page. At the head of the line they are passed over on any arrival, with room or not, so
 * that the place a person is told counts only people still there. Without this, the tickets of
 * thousands who gave up during a wave held the line at the window's size per call grace — an idle
 * platform admitting nobody for the better part of an hour (docs/performance.md, "Ninth pass").
 * Someone passed over who does come back is a called ticket.
 * <p>
 * Admission order therefore follows arrival order except among the called tickets, at most
 * {@code window} of them, whose holders come back in the order of their own retries: that is the
 * rule's tolerance. {@link WaitingRooms}' script is this same rule, run atomically in Redis so it
 * holds across app nodes; this class runs it on one node when Redis is away, and in the tests.
 */
final class WaitingLine {

    /**
     * What one request met: let in or not, its ticket (0 when it needed none), the line after it, how
     * many called tickets not yet back are before it (all of them for a ticket not called yet), and
     * whether the head of the line still held more tickets of people who left than one arrival passes
     * over ({@code clearing}): its place then still counts some of them, and falls at the next tries.
     */
    record Turn(boolean admitted, long ticket, long serving, long issued, long calledAhead, boolean clearing) {

        /** How many tickets are called before this one's: 0 once it is called. */
        long place() {
            return Math.max(0, ticket - serving);
        }
    }

    /** Called tickets not back for longer than this no longer go before later called ones. */
    static final long ORDER_GRACE_MS = 2_000;

    /** How many of those who left one call may pass over: a bound on one call's work. */
    static final int MAX_PASSED_OVER = 2_000;

    private final long callGraceMs;
    private final long goneMs;
    private final TreeMap<Long, Long> called = new TreeMap<>();
    private final Map<Long, Long> seen = new HashMap<>();
    private long issued;
    private long serving;

    WaitingLine(long callGraceMs) {
        this(callGraceMs, Pace.GONE_AFTER_MS);
    }

    WaitingLine(long callGraceMs, long goneMs) {
        this.callGraceMs = callGraceMs;
        this.goneMs = goneMs;
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
    Turn arrive(long ticket, boolean room, int calls, long now, int window) {
        return arrive(ticket, room, calls, 0, now, window);
    }

    /**
     * The same, where a called ticket near the front may also go in on one of the lane's few reserved
     * places when the lane itself is full: {@code front} is their number when this request holds one
     * (else 0), and only a ticket with fewer than {@code front} called lately and not back before it
     * may use it. Without it, whoever polls just as a place frees takes it, and the first called can
     * lose that race for seconds.
     */
    synchronized Turn arrive(long ticket, boolean room, int calls, int front, long now, int window) {
        called.values().removeIf(at -> at < now - callGraceMs);
        // those who left at the head of the line are passed over first, room or not, so that the
        // places people are told count the people still there
        int passed = 0;
        for (; serving < issued && passed < MAX_PASSED_OVER; passed++) {
            Long at = seen.get(serving + 1);
            if (at == null || at >= now - goneMs) {
                break;
            }
            seen.remove(++serving);
        }
        boolean clearing = passed == MAX_PASSED_OVER;
        if (ticket <= 0 || ticket > issued) {
            // nobody uncalled before them: the called go in whenever they come back (at most the window overtaken)
            if (room && serving >= issued) {
                return new Turn(true, 0, serving, issued, 0, clearing);
            }
            ticket = ++issued;
        }
        if (ticket <= serving) {
            long before = called.headMap(ticket).values().stream().filter(at -> at >= now - ORDER_GRACE_MS).count();
            boolean in = room && before < Math.max(1, calls) + window / 4 || front > 0 && before < front;
            if (in) {
                called.remove(ticket);
            }
            return new Turn(in, ticket, serving, issued, in ? 0 : called.headMap(ticket).size(), clearing);
        }
        // only those not called yet are remembered: whether they still come decides if their turn is called
        seen.put(ticket, now);
        if (room) {
            long n = Math.min(Math.max(1, calls), Math.min(issued - serving, (long) window - called.size()));
            long calledNow = 0;
            int passedOver = 0;
            while (calledNow < n && serving < issued && passedOver < MAX_PASSED_OVER) {
                Long at = seen.remove(++serving);
                if (at != null && at < now - goneMs) {
                    passedOver++;
                } else {
                    called.put(serving, now);
                    calledNow++;
                }
            }
            if (ticket <= serving) {
                called.remove(ticket);
                return new Turn(true, ticket, serving, issued, 0, clearing);
            }
        }
        return new Turn(false, ticket, serving, issued, called.headMap(ticket).size(), clearing);
    }

    /** Called tickets whose holders have not come back (as of the last arrival). */
    synchronized int pending() {
        return called.size();
    }
}
