/** Accounts: contestant registration, staff, login, refresh tokens and personal-data protection. */
package vn.dongnai.contest.account;
