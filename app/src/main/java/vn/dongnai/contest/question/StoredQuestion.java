package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;

import java.util.List;
import java.util.Objects;

/**
 * A question's current version as stored, in the library's terms so it can be compared and exported.
 *
 * @param audience {@link Audience} name: ALL, OFFICIALS or RESIDENTS
 * @param kind     {@link Kind} name, or null when the question is not tagged
 */
record StoredQuestion(long questionId, long bankId, String code, String topic, String difficulty, String status,
                      int currentVersion, long versionId, String text, @Nullable String explanation,
                      @Nullable String source, List<String> options, int correctIndex, String audience,
                      @Nullable String kind) {

    static final String ACTIVE = "ACTIVE";
    static final String RETIRED = "RETIRED";

    boolean active() {
        return ACTIVE.equals(status);
    }

    Question toQuestion() {
        return new Question(code, topic, Level.valueOf(difficulty), text, options, correctIndex, explanation, source, null,
                Audience.valueOf(audience), kind == null ? null : Kind.valueOf(kind));
    }

    /**
     * Whether replacing this content by {@code edited} would change how attempts are drawn or
     * graded: another key, other options (text, number or order), another topic, difficulty or
     * audience (a round for officials would draw it differently). Wording, explanation, source and
     * kind fixes are not.
     */
    boolean destructiveChange(Question edited) {
        return edited.correctIndex() != correctIndex
                || !edited.options().equals(options)
                || !Objects.equals(edited.topic(), topic)
                || edited.level() == null || !edited.level().name().equals(difficulty)
                || !edited.audience().name().equals(audience);
    }

    /** Same content as the importer compares it (an unchanged but retired question would be revived). */
    boolean sameAs(Question other) {
        return active() && Objects.equals(other.topic(), topic) && other.level() != null
                && other.level().name().equals(difficulty) && other.text().equals(text)
                && Objects.equals(other.explanation(), explanation) && Objects.equals(other.source(), source)
                && other.options().equals(options) && other.correctIndex() == correctIndex
                && other.audience().name().equals(audience)
                && Objects.equals(other.kind() == null ? null : other.kind().name(), kind);
    }
}
