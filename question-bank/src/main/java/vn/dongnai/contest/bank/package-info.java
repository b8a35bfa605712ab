/**
 * The contest's question bank (ngân hàng câu hỏi): the model shared by every format, the validator and
 * the command-line tool. Plain Java, no framework, so the server and the tool always agree.
 */
package vn.dongnai.contest.bank;
