/**
 * Identity claims and verification (xác minh danh tính): somebody registered another person's
 * citizen ID or phone first; the real person claims it, the committee checks their papers and
 * transfers the identity; prizes are signed only for winners whose identity was verified.
 */
package vn.dongnai.contest.identity;
