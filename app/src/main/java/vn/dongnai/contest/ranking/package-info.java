/**
 * Ranking (xếp hạng): the tie-break chain, live Redis leaderboards kept in step with MySQL through
 * an outbox, collective boards, and the frozen ranking of a closed round.
 */
package vn.dongnai.contest.ranking;
