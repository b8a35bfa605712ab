/** The support desk (bộ phận hỗ trợ): find a contestant, read and correct a registration, reset a password, disable or enable, export the participant list. */
package vn.dongnai.contest.helpdesk;
