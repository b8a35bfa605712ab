/**
 * The question bank: banks, topics and versioned questions as stored; the organizer console's
 * browsing, editing, key fixes, two-step import and export; the locks a live round holds on the
 * questions it draws; and the catalog the attempt engine draws from (a briefly cached pool of
 * current versions, and versions kept for good since they never change).
 */
package vn.dongnai.contest.question;
