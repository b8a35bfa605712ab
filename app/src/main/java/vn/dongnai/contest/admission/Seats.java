package vn.dongnai.contest.admission;

/**
 * The seat budget (chỗ ngồi) as one start meets it: the platform has {@code platform} seats, the sum
 * of what every app node says it can carry of people mid-attempt (its in-progress capacity over the
 * pace people keep, {@link #ofPace}, or a fixed {@code contest.admission.seats}),
 * and {@code taken} of them are held by attempts in progress — started, not submitted or closed, and
 * not past their deadline. A start of a new attempt needs a free seat; a person whose attempt in the
 * round already holds one ({@code holderSeated}: a start that will only be told to resume it) needs
 * none. Resuming, autosaving and submitting never go through here.
 * <p>
 * Why a budget of people and not only of requests: each admitted start becomes a person autosaving
 * every few seconds until they submit, so the lanes' concurrency limits (how many starts run at once)
 * let a start wave admit tens of thousands within a minute, and the autosaves of all of them, not the
 * starts, then take the box past what it serves (issue #20, docs/performance.md "Overload"). The
 * waiting room ({@link WaitingRooms}) applies the budget: it calls no more tickets than there are free
 * seats less the tickets already called and not back, lets a newcomer straight in only past those,
 * and lets a called ticket in only while a seat is free; everyone else keeps their place in line.
 */
record Seats(long platform, long taken, boolean holderSeated) {

    /** No budget: seats turned off on this node, or Redis did not answer (only the lanes then admit). */
    static final Seats NONE = new Seats(0, 0, false);

    /** Whether a budget is in force for this start. */
    boolean budgeted() {
        return platform > 0;
    }

    /** Seats nobody holds now (never below 0: starts racing on several nodes may overshoot by a few). */
    long free() {
        return Math.max(0, platform - taken);
    }

    /**
     * What the waiting room is told about seats for this start: the free seats when it needs one, or
     * -1 when it needs none (no budget, or the holder already sits in the round).
     */
    long forRoom() {
        return budgeted() && !holderSeated ? free() : -1;
    }

    /**
     * This node's seats when they follow the pace people keep ({@link SeatPace}): the in-progress
     * requests a second the node serves within target ({@code capacity}) over what one person mid-attempt
     * sends, at most {@code max}. People answering every 45 s leave a 2-core node tens of thousands of
     * seats; a load test autosaving every 3 s, a few thousand.
     */
    static int ofPace(double capacity, double perPerson, int max) {
        if (perPerson <= 0) {
            return max;
        }
        // never 0: a platform whose seats sum to 0 has no budget at all
        return (int) Math.max(1, Math.min(max, capacity / perPerson));
    }

    /**
     * The member that stands for one person's attempt in a round: a person has at most one attempt in
     * progress per round, so a start can tell from it alone, before any database work, whether it
     * would only resume one.
     */
    static String member(long roundId, String account) {
        return "r:" + roundId + ":" + account;
    }
}
