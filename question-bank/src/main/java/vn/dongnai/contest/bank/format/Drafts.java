package vn.dongnai.contest.bank.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/**
 * Turns the raw values of one record, whatever format they came from, into a {@link Question}.
 * Every reader goes through here so NFC, trimming, answer letters, difficulty and audience words are
 * treated the same in all four formats. An absent audience means {@link Audience#ALL}.
 */
final class Drafts {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");
    private static final Pattern ANSWER_LETTER = Pattern.compile("([A-Fa-f])[.)]?");

    private Drafts() {
    }

    static Question toQuestion(Map<Field, String> raw, Location at, ReadOptions defaults, List<Issue> issues) {
        Cleaner clean = new Cleaner();
        String id = clean.optional(raw.get(Field.ID));
        String topic = clean.optional(raw.get(Field.TOPIC));
        String levelText = clean.optional(raw.get(Field.LEVEL));
        String text = Optional.ofNullable(clean.optional(raw.get(Field.QUESTION))).orElse("");
        List<String> options = new ArrayList<>();
        for (Field option : Field.OPTIONS) {
            options.add(Optional.ofNullable(clean.optional(raw.get(option))).orElse(""));
        }
        while (!options.isEmpty() && options.getLast().isEmpty()) {
            options.removeLast();
        }
        String answer = clean.optional(raw.get(Field.ANSWER));
        String explanation = clean.optional(raw.get(Field.EXPLANATION));
        String source = clean.optional(raw.get(Field.SOURCE));
        String audienceText = clean.optional(raw.get(Field.AUDIENCE));
        String kindText = clean.optional(raw.get(Field.KIND));

        if (clean.changedByNfc) {
            issues.add(Issue.warning(at, IssueCodes.NOT_NFC,
                    "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hoá khi đọc.",
                    "text was not in Unicode NFC; it was normalized on read."));
        }
        if (clean.hadLineBreak) {
            issues.add(Issue.warning(at, IssueCodes.LINE_BREAK,
                    "ô có xuống dòng; đã thay bằng dấu cách (mỗi giá trị chỉ một dòng).",
                    "a value contained a line break; it was replaced by a space (values are one line)."));
        }

        Level level = levelText == null ? defaults.defaultLevel() : Level.parse(levelText).orElse(null);
        if (levelText != null && level == null) {
            issues.add(Issue.error(at, IssueCodes.UNKNOWN_LEVEL,
                    "mức độ '" + levelText + "' không hợp lệ; dùng Dễ, Trung bình hoặc Khó.",
                    "difficulty '" + levelText + "' is unknown; use Dễ, Trung bình or Khó (easy, medium, hard)."));
        }
        Audience audience = audienceText == null ? Audience.ALL : Audience.parse(audienceText).orElse(null);
        if (audience == null) {
            issues.add(Issue.error(at, IssueCodes.UNKNOWN_AUDIENCE,
                    "đối tượng '" + audienceText + "' không hợp lệ; dùng all (mọi đối tượng), officials (cán bộ, công chức) hoặc residents (người dân).",
                    "audience '" + audienceText + "' is unknown; use all, officials or residents."));
        }
        Kind kind = kindText == null ? null : Kind.parse(kindText).orElse(null);
        if (kindText != null && kind == null) {
            issues.add(Issue.error(at, IssueCodes.UNKNOWN_KIND,
                    "loại câu hỏi '" + kindText + "' không hợp lệ; dùng một trong: " + Kind.codes() + ".",
                    "question kind '" + kindText + "' is unknown; use one of: " + Kind.codes() + "."));
        }
        int correctIndex = Question.NO_ANSWER;
        if (answer != null) {
            Matcher letter = ANSWER_LETTER.matcher(answer);
            if (letter.matches()) {
                correctIndex = Character.toUpperCase(letter.group(1).charAt(0)) - 'A';
            } else {
                issues.add(Issue.error(at, IssueCodes.BAD_ANSWER,
                        "đáp án đúng '" + answer + "' không hợp lệ; cần đúng một chữ cái A–F.",
                        "correct answer '" + answer + "' is not valid; it must be one letter A–F."));
            }
        }
        return new Question(id, topic == null ? defaults.defaultTopic() : topic, level, text, options,
                correctIndex, explanation, source, at, audience, kind);
    }

    /** Trims, joins lines and normalizes to NFC, remembering what it had to change for the warnings. */
    private static final class Cleaner {
        private boolean changedByNfc;
        private boolean hadLineBreak;

        String optional(String value) {
            if (value == null) {
                return null;
            }
            String text = value.strip();
            if (LINE_BREAKS.matcher(text).find()) {
                hadLineBreak = true;
                text = LINE_BREAKS.matcher(text).replaceAll(" ");
            }
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                changedByNfc = true;
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            return text.isEmpty() ? null : text;
        }
    }
}
