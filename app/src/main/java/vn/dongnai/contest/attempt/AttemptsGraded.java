package vn.dongnai.contest.attempt;

import java.util.List;

/** Published once for a group of submits graded in one transaction (instead of one {@link AttemptGraded} each). */
public record AttemptsGraded(List<AttemptGraded> graded) {
}
