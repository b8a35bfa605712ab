package vn.dongnai.contest.bank.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;

/**
 * Moodle's Aiken format: the question line, {@code A. option} lines, {@code ANSWER: X}, a blank
 * line. It has no topic, difficulty, explanation, source or id: on import topic and difficulty come
 * from {@link ReadOptions}, and on export all five are lost ({@link Format#keepsEverything()}).
 */
final class AikenFormat implements BankReader, BankWriter {

    private static final Pattern OPTION = Pattern.compile("([A-F])[.)]\\s+(.*)");
    private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER:\\s*(.*)");

    @Override
    public Bank read(String fileName, byte[] content, ReadOptions options) {
        String[] lines = Utf8.decode(fileName, content).split("\r?\n", -1);
        List<Question> questions = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Location at = Location.line(fileName, i + 1);
            Matcher option = OPTION.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (line.isEmpty()) {
                // A blank line ends a question that has its options but lost its ANSWER line.
                if (block != null && !block.options.isEmpty()) {
                    questions.add(block.finish(fileName, options, issues));
                    block = null;
                }
            } else if (block == null) {
                block = new Block(i + 1, line);
            } else if (answer.matches()) {
                block.raw.put(Field.ANSWER, answer.group(1));
                questions.add(block.finish(fileName, options, issues));
                block = null;
            } else if (option.matches()) {
                char expected = Question.letter(block.options.size());
                if (option.group(1).charAt(0) != expected || block.options.size() == Question.MAX_OPTIONS) {
                    issues.add(Issue.error(at, IssueCodes.AIKEN_SYNTAX,
                            "phương án " + option.group(1) + " không đúng thứ tự (cần " + expected + ").",
                            "option " + option.group(1) + " is out of order (expected " + expected + ")."));
                } else {
                    block.options.add(option.group(2));
                }
            } else if (block.options.isEmpty()) {
                block.text.append(' ').append(line);
            } else {
                issues.add(Issue.error(at, IssueCodes.AIKEN_SYNTAX,
                        "sau các phương án chỉ được có dòng 'ANSWER: X'.",
                        "only an 'ANSWER: X' line may follow the options."));
            }
            BankFiles.checkQuestionCount(fileName, questions.size());
        }
        if (block != null) {
            questions.add(block.finish(fileName, options, issues));
        }
        BankFiles.checkQuestionCount(fileName, questions.size());
        return new Bank(List.of(), questions, issues);
    }

    /** The lines of one question collected so far. */
    private static final class Block {
        private final int line;
        private final StringBuilder text;
        private final List<String> options = new ArrayList<>();
        private final Map<Field, String> raw = new EnumMap<>(Field.class);

        Block(int line, String firstLine) {
            this.line = line;
            this.text = new StringBuilder(firstLine);
        }

        Question finish(String fileName, ReadOptions defaults, List<Issue> issues) {
            raw.put(Field.QUESTION, text.toString());
            for (int i = 0; i < options.size(); i++) {
                raw.put(Field.OPTIONS.get(i), options.get(i));
            }
            return Drafts.toQuestion(raw, Location.line(fileName, line), defaults, issues);
        }
    }

    @Override
    public void write(Bank bank, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Question question : bank.questions()) {
            text.append(oneLine(question.text())).append('\n');
            for (int i = 0; i < question.options().size(); i++) {
                text.append(Question.letter(i)).append(". ").append(oneLine(question.options().get(i))).append('\n');
            }
            text.append("ANSWER: ").append(question.correctLetter()).append("\n\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
