/** The question bank as stored: topics, versioned questions, the round pool and the import. */
package vn.dongnai.contest.question;
