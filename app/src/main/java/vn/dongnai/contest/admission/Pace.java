package vn.dongnai.contest.admission;

/**
 * When a refused holder should come back, and how long they will wait, from their place and the
 * pace the line is called at: the lanes' capacity across all nodes (each node's limit divided by the
 * measured time of one request in its lane, {@link Lanes#capacity}) — what the lane can take, not
 * what it happened to let in, which at the start of a wave is nearly nothing and would make the room
 * call people slowly because it called them slowly.
 * <p>
 * A called holder (place 0) comes back at once ({@value #CALLED_RETRY_MS} ms): the room kept for them
 * is not left idle. Anyone else comes back about when their ticket is called — place ÷ pace — but at
 * least every {@value #MAX_RETRY_MS} ms and at most every {@value #MIN_RETRY_MS} ms; the page adds ± 20 %
 * jitter. The place is kept whatever the cadence.
 * <p>
 * The pace is what the lanes take now, and a short stall (a round's opening on a cold node, a
 * collector's pause) makes it small for a second or two: people refused in it were told to come back
 * in 10–20 s, and came back then although the lane had room again after two (a single step of
 * 120 journeys a second, docs/performance.md). So nobody waits longer between tries than the whole
 * room polling at {@value #ROOM_POLLS_PER_SECOND} tries a second would take: a room of a few hundred
 * comes back every second or two and finds the room the pace did not foresee; a room of tens of
 * thousands still comes back no faster than its place is called.
 */
final class Pace {

    static final long CALLED_RETRY_MS = 250;
    static final long MIN_RETRY_MS = 1_000;
    // long enough that a room of tens of thousands does not poll the box it waits for (36,000 people at
    // 5 s were 7,000 refusals a second: more work than the starts they waited for, docs/performance.md)
    static final long MAX_RETRY_MS = 60_000;
    private static final double EARLY = 1.0;
    /**
     * The tries a second a whole room may make while it waits (a refused try costs the node well
     * under a millisecond and one Redis script): it sets how often a small room comes back.
     */
    static final double ROOM_POLLS_PER_SECOND = 200;
    /**
     * A holder not seen for this long has left (closed the page): nobody is told to come back later
     * than {@value #MAX_RETRY_MS} ms, the page adds at most 20 %, and 10 s more covers a slow network.
     */
    static final long GONE_AFTER_MS = MAX_RETRY_MS + MAX_RETRY_MS / 5 + 10_000;

    private Pace() {
    }

    /**
     * For a holder at {@code place} (0: called) with {@code calledAhead} called tickets not yet back
     * before theirs: a called holder comes back at once, or after the called before them at the pace
     * (so the called come back in about their order rather than all racing for each free place).
     */
    static long retryAfterMs(long place, long calledAhead, double perSecond) {
        return retryAfterMs(place, calledAhead, perSecond, Long.MAX_VALUE);
    }

    /**
     * As above, for a holder in a room where {@code uncalled} tickets wait to be called: no later than
     * the room's poll budget allows ({@link #ROOM_POLLS_PER_SECOND}).
     */
    static long retryAfterMs(long place, long calledAhead, double perSecond, long uncalled) {
        double pace = Math.max(1.0, perSecond);
        if (place <= 0) {
            return Math.min(MAX_RETRY_MS, Math.max(CALLED_RETRY_MS, Math.round(EARLY * 1000 * calledAhead / pace)));
        }
        // when the ticket is called: a called ticket goes in whenever it comes back (it waits on the node's
        // queue), so early only costs one more try, and every try is work the box does instead of a start
        double whenCalled = EARLY * 1000 * place / pace;
        double roomBudget = 1000.0 * Math.max(0, uncalled) / ROOM_POLLS_PER_SECOND;
        return Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, Math.round(Math.min(whenCalled, roomBudget))));
    }

    /**
     * For a refused turn: as {@link #retryAfterMs(long, long, double)}, but soon while the line ahead is
     * still being cleared of people who left ({@link WaitingLine.Turn#clearing}). Its place counts them
     * until then, and a holder sent away for a minute on that count was let in up to a minute after
     * people who came later (the first to arrive after a wave that gave up, docs/performance.md).
     */
    static long retryAfterMs(WaitingLine.Turn turn, double perSecond) {
        return turn.clearing() ? MIN_RETRY_MS
                : retryAfterMs(turn.place(), turn.calledAhead(), perSecond, turn.issued() - turn.serving());
    }

    /** Seconds until a holder at {@code place} with {@code calledAhead} before them is let in. */
    static long estimatedSeconds(long place, long calledAhead, double perSecond) {
        double pace = Math.max(1.0, perSecond);
        return Math.max(1, (long) Math.ceil((place + calledAhead + 1) / pace));
    }

    /** How many may be called and not yet back: {@code seconds} of the pace, at least {@code min}. */
    static int window(double perSecond, double seconds, int min) {
        return (int) Math.max(min, Math.min(1_000_000, Math.ceil(perSecond * seconds)));
    }
}
