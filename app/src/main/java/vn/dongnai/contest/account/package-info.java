/**
 * Accounts: contestant registration and login, staff accounts, sessions and refresh tokens, lockout
 * and the bot check, password resets, "my account" (corrections, download, deletion) and the
 * protection of personal data (keyed hashes, encryption, masking and who may unmask).
 */
package vn.dongnai.contest.account;
