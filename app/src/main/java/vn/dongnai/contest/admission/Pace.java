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
 */
final class Pace {

    static final long CALLED_RETRY_MS = 250;
    static final long MIN_RETRY_MS = 400;
    static final long MAX_RETRY_MS = 5_000;

    private Pace() {
    }

    static long retryAfterMs(long place, double perSecond) {
        if (place <= 0) {
            return CALLED_RETRY_MS;
        }
        double pace = Math.max(1.0, perSecond);
        return Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, Math.round(1000 * place / pace)));
    }

    static long estimatedSeconds(long place, double perSecond) {
        double pace = Math.max(1.0, perSecond);
        return Math.max(1, (long) Math.ceil((place + 1) / pace));
    }

    /** How many may be called and not yet back: {@code seconds} of the pace, at least {@code min}. */
    static int window(double perSecond, double seconds, int min) {
        return (int) Math.max(min, Math.min(1_000_000, Math.ceil(perSecond * seconds)));
    }
}
