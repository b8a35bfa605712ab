package vn.dongnai.contest.ranking;

/**
 * A feature built on a round's frozen ranking (signed-off awards) can refuse to let it be reopened:
 * {@link RoundCloser#reopen} asks every guard first, inside its transaction, and a guard throws
 * an {@code ApiException} to refuse.
 */
public interface RoundReopenGuard {

    void checkReopen(long roundId);
}
