/** The contestant's timed attempt (lượt thi): draw (no repeats), autosave, submit, grading, the deadline sweeper and the review once the round is closed (xem đáp án). */
package vn.dongnai.contest.attempt;
