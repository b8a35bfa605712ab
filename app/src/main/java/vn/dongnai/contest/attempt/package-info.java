/** The contestant's timed attempt (lượt thi): draw, autosave, submit, grading and the deadline sweeper. */
package vn.dongnai.contest.attempt;
