/**
 * Ranking (xếp hạng): the tie-break chains ({@link vn.dongnai.contest.ranking.RankingChain}: live,
 * closed, contest-wide), live Redis boards kept in step with MySQL through an outbox, collective
 * boards by unit and commune, and the frozen ranking of a closed round with its hash.
 */
package vn.dongnai.contest.ranking;
