/** Cross-cutting pieces: the one JSON error shape, request logging, clock, rate limits, the labels of codes. */
package vn.dongnai.contest.system;
