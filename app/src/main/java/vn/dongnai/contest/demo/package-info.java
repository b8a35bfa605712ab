/** First start: the demo contest on the real question bank, and the first admin account. */
package vn.dongnai.contest.demo;
