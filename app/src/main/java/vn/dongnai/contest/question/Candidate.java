package vn.dongnai.contest.question;

/** A question that can be drawn: its current version, topic, difficulty and option ids in bank order. */
public record Candidate(long versionId, long topicId, String difficulty, long[] optionIds) {
}
