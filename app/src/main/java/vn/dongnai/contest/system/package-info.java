/**
 * Cross-cutting pieces: the one JSON error shape, request logging, clock, rate limits, the labels
 * of codes, Redis in any shape and its fallbacks, the read replica, and the platform's edges (who
 * the client is behind proxies, monitoring access, security headers, oversized requests).
 */
package vn.dongnai.contest.system;
