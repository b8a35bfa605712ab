package vn.dongnai.contest.bank;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question asks for (loại câu hỏi), tagged so the validator can report the bank's mix: the
 * contest exists to make people understand and use services, so practice and understanding should
 * outweigh recall of figures, agencies and wording.
 */
public enum Kind implements Vocabulary {
    /** What a citizen or an official does: how to use a service, where to get help, staying safe online. */
    PRACTICE("practice", "Thực hành"),
    /** What a policy means or changes for people, in the question's own words. */
    UNDERSTANDING("understanding", "Hiểu biết"),
    /** A bare figure, date, target or document number. */
    FIGURE("figure", "Số liệu, mốc thời gian"),
    /** Which agency leads or carries out a task. */
    AGENCY("agency", "Cơ quan chủ trì"),
    /** Recall of a plan's wording (a name, a slogan, a listed item). */
    WORDING("wording", "Nội dung văn bản");

    private final String code;
    private final String label;

    Kind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Reads the code or the Vietnamese label, any case, with or without diacritics. */
    public static Optional<Kind> parse(String text) {
        return Vocabulary.parse(values(), text);
    }

    /** The codes, for messages that list what is accepted. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Kind::code).toList());
    }
}
