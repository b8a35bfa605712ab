/** Delivery of the public contest page (built from app/src/main/web) and of the organizer console (admin-ui/, under /admin). */
package vn.dongnai.contest.page;
