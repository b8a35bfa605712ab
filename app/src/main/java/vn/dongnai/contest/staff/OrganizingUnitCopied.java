package vn.dongnai.contest.staff;

/**
 * A copy of a contest keeps the original's organizing unit: published inside the copy's
 * transaction, so the contest feature, which owns {@code contest.organizing_unit}, copies it.
 *
 * @param fromContestId the contest copied
 * @param toContestId   the copy
 */
public record OrganizingUnitCopied(long fromContestId, long toContestId) {
}
