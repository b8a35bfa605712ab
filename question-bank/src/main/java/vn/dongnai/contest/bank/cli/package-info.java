/** The command-line tool organizers and reviewers run on bank files: validate, stats, convert. */
package vn.dongnai.contest.bank.cli;
