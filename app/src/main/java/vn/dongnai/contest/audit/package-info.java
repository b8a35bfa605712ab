/**
 * The audit log: who did what, when, with the state before and after; appended in the acting
 * transaction, searched and exported by ADMIN, kept at least twelve months.
 */
package vn.dongnai.contest.audit;
