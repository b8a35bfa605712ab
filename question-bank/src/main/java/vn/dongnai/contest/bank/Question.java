package vn.dongnai.contest.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One multiple-choice question (câu hỏi) as written in the bank.
 *
 * <p>Readers keep what the file said even when it is wrong (an empty option, no answer, an unknown
 * level becomes {@code null}) so that {@code BankValidator} can report every problem at once.
 *
 * @param id           stable code such as {@code dvctt-001}; the server keys question versions on it.
 *                     {@code null} when the file has none (an organizer's spreadsheet)
 * @param options      the options in letter order A, B, ...; a gap is kept as an empty string
 * @param correctIndex 0-based index of the correct option, or {@link #NO_ANSWER}
 * @param explanation  optional, {@code null} when absent
 * @param source       seed file and section the answer can be checked in; {@code null} when absent
 * @param location     where the question was read from, for messages
 * @param audience     who the question is for; {@link Audience#ALL} when the file does not say
 * @param kind         what the question asks for, for the bank's mix; {@code null} when not tagged
 */
public record Question(
        String id,
        String topic,
        Level level,
        String text,
        List<String> options,
        int correctIndex,
        String explanation,
        String source,
        Location location,
        Audience audience,
        Kind kind) {

    /** Letters A–F: the template has six option columns. */
    public static final int MAX_OPTIONS = 6;
    public static final int NO_ANSWER = -1;

    public Question {
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        location = location == null ? Location.NONE : location;
        audience = audience == null ? Audience.ALL : audience;
    }

    /** A question for every audience, its kind not tagged: what files written before audiences hold. */
    public Question(String id, String topic, Level level, String text, List<String> options, int correctIndex,
            String explanation, String source, Location location) {
        this(id, topic, level, text, options, correctIndex, explanation, source, location, Audience.ALL, null);
    }

    public static char letter(int index) {
        return (char) ('A' + index);
    }

    /** The correct letter, or an empty string when the question has none. */
    public String correctLetter() {
        return correctIndex >= 0 ? String.valueOf(letter(correctIndex)) : "";
    }

    public Optional<String> correctOption() {
        return correctIndex >= 0 && correctIndex < options.size()
                ? Optional.of(options.get(correctIndex))
                : Optional.empty();
    }

    public Question at(Location newLocation) {
        return new Question(id, topic, level, text, options, correctIndex, explanation, source, newLocation,
                audience, kind);
    }

    public Question tagged(Audience newAudience, Kind newKind) {
        return new Question(id, topic, level, text, options, correctIndex, explanation, source, location,
                newAudience, newKind);
    }
}
