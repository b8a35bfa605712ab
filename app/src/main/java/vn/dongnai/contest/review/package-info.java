/**
 * The review queue (rà soát bài thi): entries flagged automatically — finished implausibly fast,
 * many accounts from one address or device, identical answer sequences — with their evidence,
 * and the committee's decisions to disqualify or clear them.
 */
package vn.dongnai.contest.review;
