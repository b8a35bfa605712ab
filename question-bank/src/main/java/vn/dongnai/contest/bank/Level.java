package vn.dongnai.contest.bank;

import java.util.Optional;

/** Difficulty of a question (mức độ), labelled as organizers write it in the template. */
public enum Level implements Vocabulary {
    EASY("Dễ", "easy"),
    MEDIUM("Trung bình", "medium"),
    HARD("Khó", "hard");

    private final String label;
    private final String english;

    Level(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Vietnamese label used in every file the library writes. */
    @Override
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** The English word, which files may carry instead of the label. */
    @Override
    public String code() {
        return english;
    }

    /**
     * Reads a level the way people type it: Vietnamese or English, any case, and also without
     * diacritics ("trung binh"), because spreadsheets typed on a phone often lose them.
     */
    public static Optional<Level> parse(String text) {
        return Vocabulary.parse(values(), text);
    }
}
