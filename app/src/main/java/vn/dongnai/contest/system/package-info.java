/** Cross-cutting pieces: the one JSON error shape, request logging, clock, rate limits, Redis in any shape and its fallbacks, the read replica. */
package vn.dongnai.contest.system;
