package vn.dongnai.contest.staff;

import io.micronaut.core.annotation.Nullable;

/**
 * A contest was put into an organizing unit's scope (or out of every unit's, with none): published
 * inside the grant's transaction, so the contest feature, which owns {@code contest.organizing_unit},
 * stores it there (staff must not call contest, which depends on staff).
 *
 * @param contestId the contest moved
 * @param unit      its organizing unit, or null for none
 */
public record OrganizingUnitChosen(long contestId, @Nullable String unit) {
}
