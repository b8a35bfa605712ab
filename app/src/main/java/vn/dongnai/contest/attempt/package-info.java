/**
 * The contestant's timed attempt (lượt thi): start (eligibility, the draw without repeats),
 * autosave, submit (group commit), grading, the sweeper that closes abandoned attempts, the
 * organizer's preview of a draw and the review once the round is closed (xem đáp án). Its rules
 * are plain classes: {@link vn.dongnai.contest.attempt.AttemptDeadline},
 * {@link vn.dongnai.contest.attempt.Grading}, {@link vn.dongnai.contest.attempt.QuestionDraw},
 * {@link vn.dongnai.contest.attempt.KeyNow}, {@link vn.dongnai.contest.attempt.EligibilityRule} and
 * {@link vn.dongnai.contest.attempt.AutosaveRule}.
 */
package vn.dongnai.contest.attempt;
