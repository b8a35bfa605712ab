package vn.dongnai.contest.ranking;

import vn.dongnai.contest.ranking.RankingPolicy.DecidedBy;
import vn.dongnai.contest.system.BusinessRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Vietnamese contest's tie-break chains, each defined once as its list of links; the SQL
 * ORDER BY, the Java order, the Redis board encoding and the "decided by" of two neighbours are all
 * derived from that list, and tests hold SQL, Java and Redis to it.
 * <ul>
 * <li>{@link #LIVE} — a round's board while it is open: score ↓, duration measured by the server ↑,
 * submission time ↑, entry id ↑ (the order is total);</li>
 * <li>{@link #CLOSED} — a closed round's frozen ranking: the live chain with |prediction − actual| ↑
 * (no prediction last) after the score, once the actual value is known;</li>
 * <li>{@link #CONTEST_WIDE} — the standing over all rounds of a contest: total score ↓, total
 * duration ↑, last counted submission ↑, contestant id ↑.</li>
 * </ul>
 */
@BusinessRule
public enum RankingChain {

    LIVE(DecidedBy.SCORE, DecidedBy.DURATION, DecidedBy.SUBMISSION_TIME, DecidedBy.ENTRY_ID),
    CLOSED(DecidedBy.SCORE, DecidedBy.PREDICTION, DecidedBy.DURATION, DecidedBy.SUBMISSION_TIME, DecidedBy.ENTRY_ID),
    CONTEST_WIDE(DecidedBy.SCORE, DecidedBy.DURATION, DecidedBy.SUBMISSION_TIME, DecidedBy.ENTRY_ID);

    /** Scores and durations are bounded so that the Redis score below stays an exact double. */
    static final long SCORE_CAP = 1L << 20;
    static final long DURATION_CAP = 1L << 32;

    /**
     * What a chain ranks: a round's entry, or a contestant's standing over a contest (whose
     * submission time is the last counted one and whose tie-break id is the contestant's).
     */
    public interface Ranked {
        int score();

        /** The contestant's guess at the prediction question; null when none was given. */
        Long prediction();

        long durationMs();

        Instant submittedAt();

        /** The last link: the entry (attempt) id, or for a contest-wide standing the contestant id. */
        long tieBreakId();
    }

    /** The SQL expressions of each link's value in one query; prediction may be null where no link reads it. */
    public record Columns(String score, String prediction, String durationMs, String submittedAt, String tieBreakId) {
    }

    /** Where an entry sits on a Redis board: the sorted set's score and its member. */
    public record BoardPosition(long score, String member) {
    }

    private final List<DecidedBy> links;

    RankingChain(DecidedBy... links) {
        this.links = List.of(links);
    }

    /** The links in order; {@link DecidedBy#PREDICTION} counts only once the actual value is known. */
    public List<DecidedBy> links() {
        return links;
    }

    private List<DecidedBy> links(Long actual) {
        return actual == null ? links.stream().filter(l -> l != DecidedBy.PREDICTION).toList() : links;
    }

    /** The order, given the actual value of the prediction question (null: not known, or not asked). */
    public <T extends Ranked> Comparator<T> order(Long actual) {
        Comparator<T> order = null;
        for (DecidedBy link : links(actual)) {
            Comparator<T> next = link(link, actual);
            order = order == null ? next : order.thenComparing(next);
        }
        return Objects.requireNonNull(order);
    }

    /** The order of the live chain (and of the contest-wide one), where no prediction plays a part. */
    public <T extends Ranked> Comparator<T> order() {
        return order(null);
    }

    private static <T extends Ranked> Comparator<T> link(DecidedBy link, Long actual) {
        return switch (link) {
            case SCORE -> Comparator.comparingInt((T r) -> r.score()).reversed();
            case PREDICTION -> Comparator.comparing((T r) -> predictionError(r.prediction(), actual),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case DURATION -> Comparator.comparingLong(Ranked::durationMs);
            case SUBMISSION_TIME -> Comparator.comparing(Ranked::submittedAt);
            case ENTRY_ID -> Comparator.comparingLong(Ranked::tieBreakId);
            case LAST -> throw new IllegalArgumentException("LAST is no link");
        };
    }

    /** The same order as an SQL ORDER BY list over the given columns (without the keywords ORDER BY). */
    public String sqlOrder(Columns columns, Long actual) {
        List<String> terms = new ArrayList<>();
        for (DecidedBy link : links(actual)) {
            switch (link) {
                case SCORE -> terms.add(columns.score() + " DESC");
                case PREDICTION -> {
                    // the actual value is a number the server counted, never user input
                    terms.add("(" + columns.prediction() + " IS NULL) ASC");
                    terms.add("ABS(" + columns.prediction() + " - " + actual.longValue() + ") ASC");
                }
                case DURATION -> terms.add(columns.durationMs() + " ASC");
                case SUBMISSION_TIME -> terms.add(columns.submittedAt() + " ASC");
                case ENTRY_ID -> terms.add(columns.tieBreakId() + " ASC");
                case LAST -> throw new IllegalArgumentException("LAST is no link");
            }
        }
        return String.join(", ", terms);
    }

    public String sqlOrder(Columns columns) {
        return sqlOrder(columns, null);
    }

    /** Which link put {@code above} before {@code below}; {@link DecidedBy#LAST} when nobody is below. */
    public <T extends Ranked> DecidedBy decidedBy(T above, T below, Long actual) {
        if (below == null) {
            return DecidedBy.LAST;
        }
        for (DecidedBy link : links(actual)) {
            if (link == DecidedBy.ENTRY_ID || RankingChain.<T>link(link, actual).compare(above, below) != 0) {
                return link;
            }
        }
        return DecidedBy.ENTRY_ID;
    }

    /**
     * Redis sorts a sorted set by a double score, then by member bytes. The score carries score and
     * duration as one integer below 2^52 — exact in a double, unlike any fraction would be — and the
     * member carries submission time and tie-break id as fixed-width digits, so byte order is
     * numeric order. Ascending Redis order is then exactly this chain's order. A closed ranking has
     * no such encoding: its board is placed by the frozen rank ({@link #frozen}).
     */
    public BoardPosition boardPosition(Ranked ranked) {
        if (links.contains(DecidedBy.PREDICTION)) {
            throw new IllegalStateException(this + " is placed on a board by its frozen rank");
        }
        return new BoardPosition(boardScore(ranked.score(), ranked.durationMs()),
                member(ranked.submittedAt().toEpochMilli(), ranked.tieBreakId()));
    }

    /** A frozen ranking's board position: the rank is the score. */
    public static BoardPosition frozen(long rank, Instant submittedAt, long entryId) {
        return new BoardPosition(rank, member(submittedAt.toEpochMilli(), entryId));
    }

    static long boardScore(int score, long durationMs) {
        long clampedScore = Math.max(0, Math.min(score, SCORE_CAP - 1));
        long clampedDuration = Math.max(0, Math.min(durationMs, DURATION_CAP - 1));
        return (SCORE_CAP - 1 - clampedScore) * DURATION_CAP + clampedDuration;
    }

    /** The member: "submittedAtMillis:tieBreakId", both zero-padded. */
    static String member(long submittedAtMillis, long tieBreakId) {
        return String.format("%013d:%012d", submittedAtMillis, tieBreakId);
    }

    /** How far a guess is from the actual value; null when either is missing. */
    public static Long predictionError(Long prediction, Long actual) {
        return prediction == null || actual == null ? null : Math.abs(prediction - actual);
    }
}
