/** Delivery of the public contest page (built from app/src/main/web): caching headers for its files. */
package vn.dongnai.contest.page;
