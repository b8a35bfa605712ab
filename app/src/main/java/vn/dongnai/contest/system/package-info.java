/** Cross-cutting pieces: the one JSON error shape, request logging, clock, rate limits. */
package vn.dongnai.contest.system;
