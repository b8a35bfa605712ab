package vn.dongnai.contest.question;

import vn.dongnai.contest.bank.Audience;

/**
 * A question that can be drawn: its current version, topic, difficulty, audience and option ids in
 * bank order.
 */
public record Candidate(long versionId, long topicId, String difficulty, Audience audience, long[] optionIds) {

    /** A question for every audience. */
    public Candidate(long versionId, long topicId, String difficulty, long[] optionIds) {
        this(versionId, topicId, difficulty, Audience.ALL, optionIds);
    }
}
