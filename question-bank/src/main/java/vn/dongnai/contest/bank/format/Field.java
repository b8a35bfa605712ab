package vn.dongnai.contest.bank.format;

import java.util.List;
import java.util.Optional;
import vn.dongnai.contest.bank.TextKeys;

/**
 * The values of a question as the formats name them: the spreadsheet header (in template order)
 * and the key of the committed text form. Header aliases are compared folded (no case,
 * diacritics, spaces or punctuation), so "DAP AN DUNG" and "Đáp án  đúng" both match.
 */
enum Field {
    SEQUENCE("STT", null, "stt", "so thu tu", "no"),
    TOPIC("Chủ đề", "topic", "chu de", "topic", "linh vuc"),
    LEVEL("Mức độ", "level", "muc do", "do kho", "level", "difficulty"),
    QUESTION("Câu hỏi", "question", "cau hoi", "noi dung cau hoi", "question"),
    OPTION_A("Đáp án A", "A", "dap an a", "phuong an a", "lua chon a", "option a"),
    OPTION_B("Đáp án B", "B", "dap an b", "phuong an b", "lua chon b", "option b"),
    OPTION_C("Đáp án C", "C", "dap an c", "phuong an c", "lua chon c", "option c"),
    OPTION_D("Đáp án D", "D", "dap an d", "phuong an d", "lua chon d", "option d"),
    OPTION_E("Đáp án E", "E", "dap an e", "phuong an e", "lua chon e", "option e"),
    OPTION_F("Đáp án F", "F", "dap an f", "phuong an f", "lua chon f", "option f"),
    ANSWER("Đáp án đúng", "answer", "dap an dung", "dap an chinh xac", "answer", "correct answer", "correct"),
    EXPLANATION("Giải thích", "explanation", "giai thich", "explanation"),
    SOURCE("Nguồn", "source", "nguon", "nguon trich dan", "source"),
    AUDIENCE("Đối tượng", "audience", "doi tuong", "doi tuong du thi", "audience"),
    KIND("Loại câu hỏi", "kind", "loai cau hoi", "loai", "kind"),
    ID("Mã", "id", "ma", "ma cau hoi", "id", "code");

    static final List<Field> OPTIONS = List.of(OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F);

    private final String header;
    private final String textKey;
    private final List<String> aliases;

    Field(String header, String textKey, String... aliases) {
        this.header = header;
        this.textKey = textKey;
        this.aliases = List.of(aliases).stream().map(Field::squeeze).toList();
    }

    /** The header the library writes, exactly as docs/question-bank-format.md lists it. */
    String header() {
        return header;
    }

    /** Key in the committed text form, or {@code null} for the sequence number it does not have. */
    String textKey() {
        return textKey;
    }

    static Optional<Field> forHeader(String header) {
        String key = squeeze(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Field field : values()) {
            if (field.aliases.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static Optional<Field> forTextKey(String key) {
        for (Field field : values()) {
            if (field.textKey != null && field.textKey.equalsIgnoreCase(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String text) {
        return TextKeys.fold(text).replace(" ", "");
    }
}
