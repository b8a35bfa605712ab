/**
 * Cross-cutting pieces: the one JSON error shape, request logging, clock, rate limits, the labels
 * of codes, and the platform's edges (who the client is behind proxies, monitoring access, security
 * headers, oversized requests).
 */
package vn.dongnai.contest.system;
