/**
 * Contests (cuộc thi) and their rounds (đợt thi): the organizer console's settings, publishing and
 * copies, the public list, and the one mapping of {@code contest}, {@code contest_round} and
 * {@code round_draw_rule} ({@link vn.dongnai.contest.contest.Contests}, {@link vn.dongnai.contest.contest.Rounds},
 * {@link vn.dongnai.contest.contest.DrawRules}) through which other features read them.
 * {@link vn.dongnai.contest.contest.FairnessLock} decides what freezes once a round opens.
 */
package vn.dongnai.contest.contest;
