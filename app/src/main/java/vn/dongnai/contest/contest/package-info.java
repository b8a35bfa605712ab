/** Contests (cuộc thi) and their rounds (đợt thi), as the public sees them. */
package vn.dongnai.contest.contest;
