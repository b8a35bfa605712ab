/**
 * The rules a bank must pass before a contest can draw from it ({@link
 * vn.dongnai.contest.bank.validation.BankValidator}), duplicate detection, and the counts the
 * committee looks at ({@link vn.dongnai.contest.bank.validation.BankStats}).
 */
package vn.dongnai.contest.bank.validation;
