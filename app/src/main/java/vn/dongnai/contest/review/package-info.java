/**
 * The review queue (rà soát bài thi): entries flagged automatically — finished implausibly fast,
 * many accounts from one address or device, identical answer sets, signs of account farming — with
 * their evidence; the committee's decisions to disqualify or clear them, one by one or many at once;
 * and the undecided flags the awards must not be signed over.
 */
package vn.dongnai.contest.review;
