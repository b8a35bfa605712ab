package vn.dongnai.contest.bank.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/**
 * The committed text form: {@code topic:} lines open a topic, then {@code key: value} records
 * separated by blank lines, {@code #} comments. It is the form reviewed in pull requests, so it is
 * read strictly (unknown or repeated keys are errors) but every problem is reported with its line
 * instead of stopping at the first one.
 *
 * <p>The committed bank has one topic per file; a file may hold several {@code topic:} sections so
 * that a whole bank converts to one {@code .txt} and back without loss. Comments are not kept.
 */
final class TextFormat implements BankReader, BankWriter {

    private static final String TOPIC_KEY = "topic";

    @Override
    public Bank read(String fileName, byte[] content, ReadOptions options) {
        return new Parser(fileName, options).parse(Utf8.decode(fileName, content));
    }

    @Override
    public void write(Bank bank, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Question> untitled = bank.questions().stream().filter(q -> q.topic() == null).toList();
        untitled.forEach(question -> appendRecord(text, question));
        for (Map.Entry<String, List<Question>> topic : bank.byTopic().entrySet()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(TOPIC_KEY).append(": ").append(oneLine(topic.getKey())).append('\n');
            topic.getValue().forEach(question -> appendRecord(text, question));
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void appendRecord(StringBuilder text, Question question) {
        text.append('\n');
        appendLine(text, Field.ID, question.id());
        appendLine(text, Field.LEVEL, question.level() == null ? null : question.level().label());
        appendLine(text, Field.AUDIENCE, question.audience().code());
        appendLine(text, Field.KIND, question.kind() == null ? null : question.kind().code());
        appendLine(text, Field.QUESTION, question.text());
        for (int i = 0; i < question.options().size(); i++) {
            appendLine(text, Field.OPTIONS.get(i), question.options().get(i));
        }
        appendLine(text, Field.ANSWER, question.correctIndex() >= 0 ? question.correctLetter() : null);
        appendLine(text, Field.EXPLANATION, question.explanation());
        appendLine(text, Field.SOURCE, question.source());
    }

    private static void appendLine(StringBuilder text, Field field, String value) {
        if (value == null) {
            return;
        }
        String line = oneLine(value);
        text.append(field.textKey()).append(':').append(line.isEmpty() ? "" : " " + line).append('\n');
    }

    /** A value is one line in this form; a line break from another source would cut the record. */
    private static String oneLine(String value) {
        return Normalizer.normalize(value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), Normalizer.Form.NFC);
    }

    /** One pass over the lines; holds the record being collected. */
    private static final class Parser {
        private final String fileName;
        private final ReadOptions options;
        private final List<String> topics = new ArrayList<>();
        private final List<Question> questions = new ArrayList<>();
        private final List<Issue> issues = new ArrayList<>();
        private String topic;
        private Map<Field, String> record;
        private int recordLine;

        Parser(String fileName, ReadOptions options) {
            this.fileName = fileName;
            this.options = options;
        }

        Bank parse(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                parseLine(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i], i + 1);
            }
            finishRecord();
            return new Bank(topics, questions, issues);
        }

        private void parseLine(String line, int number) {
            Location at = Location.line(fileName, number);
            if (line.isBlank()) {
                finishRecord();
                return;
            }
            if (line.stripLeading().startsWith("#")) {
                return;
            }
            int colon = line.indexOf(':');
            String key = colon > 0 ? line.substring(0, colon).strip() : "";
            if (key.isEmpty()) {
                issues.add(Issue.error(at, IssueCodes.BAD_LINE,
                        "dòng không có dạng 'khoá: giá trị'.",
                        "line is not of the form 'key: value'."));
                return;
            }
            String value = line.substring(colon + 1).strip();
            if (key.equalsIgnoreCase(TOPIC_KEY)) {
                openTopic(at, value);
                return;
            }
            Optional<Field> field = Field.forTextKey(key).filter(f -> f != Field.TOPIC);
            if (record == null) {
                record = new EnumMap<>(Field.class);
                recordLine = number;
            }
            if (field.isEmpty()) {
                issues.add(Issue.error(at, IssueCodes.UNKNOWN_KEY,
                        "khoá '" + key + "' không có trong định dạng (id, level, audience, kind, question, A–F, answer, explanation, source).",
                        "key '" + key + "' is not part of the format (id, level, audience, kind, question, A–F, answer, explanation, source)."));
            } else if (record.containsKey(field.get())) {
                issues.add(Issue.error(at, IssueCodes.DUPLICATE_KEY,
                        "khoá '" + key + "' lặp lại trong cùng một câu hỏi.",
                        "key '" + key + "' appears twice in the same question."));
            } else {
                record.put(field.get(), value);
            }
        }

        private void openTopic(Location at, String value) {
            if (record != null) {
                issues.add(Issue.error(at, IssueCodes.TOPIC_IN_RECORD,
                        "'topic:' phải đứng riêng, cách câu hỏi phía trên một dòng trống.",
                        "'topic:' must stand on its own, separated from the question above by a blank line."));
                return;
            }
            String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
            if (!nfc.equals(value)) {
                issues.add(Issue.warning(at, IssueCodes.NOT_NFC,
                        "tên chủ đề chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hoá khi đọc.",
                        "topic name was not in Unicode NFC; it was normalized on read."));
            }
            topic = nfc.isEmpty() ? null : nfc;
            if (topic != null) {
                topics.add(topic);
            }
        }

        private void finishRecord() {
            if (record == null) {
                return;
            }
            Location at = Location.line(fileName, recordLine);
            if (topic != null) {
                record.put(Field.TOPIC, topic);
            } else if (options.defaultTopic() == null) {
                issues.add(Issue.error(at, IssueCodes.NO_TOPIC,
                        "câu hỏi đứng trước dòng 'topic:' nên không có chủ đề.",
                        "question comes before any 'topic:' line, so it has no topic."));
            }
            if (record.getOrDefault(Field.ID, "").isBlank()) {
                issues.add(Issue.error(at, IssueCodes.MISSING_ID,
                        "câu hỏi thiếu 'id:' (mã ổn định, ví dụ dvctt-001).",
                        "question has no 'id:' (a stable code such as dvctt-001)."));
            }
            questions.add(Drafts.toQuestion(record, at, options, issues));
            BankFiles.checkQuestionCount(fileName, questions.size());
            record = null;
        }
    }
}
