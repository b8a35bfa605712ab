package vn.dongnai.contest.admission;

/**
 * The rule of a waiting room (phòng chờ), with no storage of its own: {@code issued} is the last
 * ticket handed out, {@code serving} the last ticket called. Tickets are handed out in arrival
 * order and called in ticket order, one more each time a request finds room in its lane, so a
 * later arrival is never called before an earlier one. A called ticket goes in when its holder
 * comes back and finds room; holders who come back in a different order than they were called
 * (each retries after its own Retry-After) are the rule's only unfairness: at most one retry
 * interval. {@link RedisWaitingRooms}' script is this same rule, run atomically in Redis so it holds
 * across app nodes; this class runs it on one node when Redis is away, and in the tests.
 */
final class WaitingLine {

    /** What one request met: let in or not, its ticket (0 when it needed none), and the line after it. */
    record Turn(boolean admitted, long ticket, long serving, long issued) {

        /** How many tickets are called before this one's: 0 once it is called. */
        long place() {
            return Math.max(0, ticket - serving);
        }

        boolean queued() {
            return ticket > 0 && !admitted;
        }
    }

    private long issued;
    private long serving;

    WaitingLine() {
        this(0, 0);
    }

    WaitingLine(long issued, long serving) {
        this.issued = issued;
        this.serving = serving;
    }

    /**
     * One request arriving with {@code ticket} (0 for none, or a ticket this line never issued) while its
     * lane has room ({@code room}) or not.
     */
    synchronized Turn arrive(long ticket, boolean room) {
        if (ticket <= 0 || ticket > issued) {
            if (room && serving >= issued) {
                // nobody is waiting: straight in, no ticket
                return new Turn(true, 0, serving, issued);
            }
            ticket = ++issued;
        }
        if (ticket <= serving) {
            return new Turn(room, ticket, serving, issued);
        }
        if (room) {
            // room for one more: call the next ticket in line, which is this one only if nobody is before it
            serving++;
            return new Turn(ticket <= serving, ticket, serving, issued);
        }
        return new Turn(false, ticket, serving, issued);
    }
}
