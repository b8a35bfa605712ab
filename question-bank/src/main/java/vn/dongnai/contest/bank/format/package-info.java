/**
 * Reading and writing the bank in its four forms: the committed text form ({@code .txt}, or a
 * directory of them), the Excel template ({@code .xlsx}), CSV and Aiken. {@link
 * vn.dongnai.contest.bank.format.BankFiles} is the entry point; each form is one reader and one
 * writer, chosen by file extension.
 */
package vn.dongnai.contest.bank.format;
