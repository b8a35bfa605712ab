package vn.dongnai.contest.contest;

import java.util.List;

/**
 * A draft contest nobody ever took is about to be deleted: published inside the deletion's
 * transaction, before the contest's rows go, so other features remove what they keep for it.
 */
public record ContestDeleting(long contestId, List<Long> roundIds) {
}
