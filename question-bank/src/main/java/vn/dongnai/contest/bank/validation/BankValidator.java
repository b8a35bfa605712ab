package vn.dongnai.contest.bank.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Language;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.TextKeys;

/**
 * The rules a bank must pass before a contest can draw questions from it. Every issue names the
 * row or line it is about; errors block an import, warnings ask for a second look.
 *
 * <p>Duplicates are looked for across the whole bank: exact ones (same question and same options
 * once case, punctuation and spacing are ignored) are errors, near ones (word-bigram Jaccard
 * similarity of the question text at least {@link #NEAR_DUPLICATE_SIMILARITY}) are warnings, and so
 * is the same fact asked twice in other words ({@link FactRepeats}).
 *
 * <p>The checks an independent audit of the bank made by hand are warnings too: stems citing row or
 * section numbers a contestant cannot see, documents named by number without their date, keys naming
 * the district level abolished on 1/7/2025, several "Chỉ …" options, and, over the whole bank, the
 * key being the longest option too often and a mix of kinds that favours recall over understanding.
 */
public final class BankValidator {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = Question.MAX_OPTIONS;
    public static final int MAX_QUESTION_CHARS = 1000;
    public static final int MAX_OPTION_CHARS = 300;
    public static final int MAX_EXPLANATION_CHARS = 2000;
    public static final int MAX_SOURCE_CHARS = 300;
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.8;
    /** With four options the key is the longest one by chance in 25 % of questions. */
    public static final double MAX_KEY_LONGEST_PERCENT = 30;
    /** Shares of a smaller bank say little; a template with one example row is not judged by them. */
    public static final int MIN_QUESTIONS_FOR_SHARES = 20;
    /** The contest's bar for tagged kinds: practice and understanding first, little bare recall. */
    public static final double MIN_PRACTICE_PERCENT = 40;
    public static final double MAX_FIGURE_PERCENT = 20;
    public static final double MAX_AGENCY_PERCENT = 15;

    /** {@code <topic-prefix>-<3 digits>}, e.g. {@code dvctt-001}; more digits once a topic passes 999. */
    static final Pattern ID_FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*-\\d{3,}");

    private final Set<String> allowedTopics;

    /** Any topic is accepted. */
    public BankValidator() {
        this(List.of());
    }

    /** @param allowedTopics the contest's topics; empty to accept any */
    public BankValidator(Collection<String> allowedTopics) {
        this.allowedTopics = Set.copyOf(allowedTopics);
    }

    public ValidationReport validate(Bank bank) {
        List<Issue> issues = new ArrayList<>(bank.readIssues());
        Set<String> reportedOnRead = bank.readIssues().stream()
                .map(issue -> issue.code() + '@' + issue.location())
                .collect(Collectors.toSet());
        Map<String, Question> firstById = new HashMap<>();
        for (Question question : bank.questions()) {
            new QuestionCheck(question, issues, reportedOnRead).run();
            checkId(question, firstById, issues);
        }
        Set<Long> duplicatePairs = checkDuplicates(bank.questions(), issues);
        checkFactRepeats(bank.questions(), duplicatePairs, issues);
        checkMix(BankMix.of(bank), issues);
        issues.sort(Comparator
                .comparing((Issue issue) -> issue.location().file() == null ? "" : issue.location().file())
                .thenComparingInt(Issue::rowOrLine));
        return new ValidationReport(issues);
    }

    /** The rules that look at one question alone. */
    private final class QuestionCheck {
        private final Question question;
        private final Location at;
        private final List<Issue> issues;
        private final Set<String> reportedOnRead;

        QuestionCheck(Question question, List<Issue> issues, Set<String> reportedOnRead) {
            this.question = question;
            this.at = question.location();
            this.issues = issues;
            this.reportedOnRead = reportedOnRead;
        }

        void run() {
            checkText();
            checkOptions();
            checkAnswer();
            checkLevelAndTopic();
            checkWording();
            checkLength(question.explanation(), MAX_EXPLANATION_CHARS, IssueCodes.EXPLANATION_TOO_LONG, "giải thích", "explanation");
            checkLength(question.source(), MAX_SOURCE_CHARS, IssueCodes.SOURCE_TOO_LONG, "nguồn", "source");
        }

        private void checkText() {
            if (question.text().isBlank()) {
                error(IssueCodes.QUESTION_EMPTY, "thiếu nội dung câu hỏi.", "the question text is empty.");
            }
            checkLength(question.text(), MAX_QUESTION_CHARS, IssueCodes.QUESTION_TOO_LONG, "câu hỏi", "question");
        }

        private void checkOptions() {
            List<String> options = question.options();
            long filled = options.stream().filter(option -> !option.isBlank()).count();
            if (filled < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                error(IssueCodes.OPTION_COUNT,
                        "có " + filled + " phương án; cần từ " + MIN_OPTIONS + " đến " + MAX_OPTIONS + " (A–F).",
                        "has " + filled + " options; " + MIN_OPTIONS + " to " + MAX_OPTIONS + " (A–F) are needed.");
            }
            Map<String, Character> seen = new HashMap<>();
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                char letter = Question.letter(i);
                if (option.isBlank()) {
                    error(IssueCodes.OPTION_EMPTY,
                            "phương án " + letter + " để trống; các phương án phải liên tiếp từ A.",
                            "option " + letter + " is empty; options must run on from A without gaps.");
                    continue;
                }
                checkLength(option, MAX_OPTION_CHARS, IssueCodes.OPTION_TOO_LONG, "phương án " + letter, "option " + letter);
                Character same = seen.putIfAbsent(TextKeys.comparable(option), letter);
                if (same != null) {
                    error(IssueCodes.OPTION_DUPLICATE,
                            "phương án " + letter + " trùng với phương án " + same + ".",
                            "option " + letter + " is the same as option " + same + ".");
                }
                if (CatchAllOptions.matches(option)) {
                    warning(IssueCodes.CATCH_ALL_OPTION,
                            "phương án " + letter + " ('" + option + "') kiểu 'tất cả/không có đáp án nào': "
                                    + "sai nghĩa khi phương án được xáo trộn.",
                            "option " + letter + " ('" + option + "') is an 'all/none of the above' kind: "
                                    + "it stops making sense once options are shuffled.");
                }
            }
        }

        private void checkAnswer() {
            int index = question.correctIndex();
            if (index == Question.NO_ANSWER) {
                if (!reportedOnRead(IssueCodes.BAD_ANSWER)) {
                    error(IssueCodes.ANSWER_MISSING,
                            "thiếu đáp án đúng (một chữ cái A–F).", "the correct answer (one letter A–F) is missing.");
                }
            } else if (index < 0 || index >= question.options().size() || question.options().get(index).isBlank()) {
                String letter = index >= 0 && index < 26 ? String.valueOf(Question.letter(index)) : String.valueOf(index);
                error(IssueCodes.ANSWER_EMPTY_OPTION,
                        "đáp án đúng " + letter + " chỉ vào một phương án trống hoặc không có.",
                        "correct answer " + letter + " points at an empty or missing option.");
            }
        }

        private void checkLevelAndTopic() {
            if (question.level() == null && !reportedOnRead(IssueCodes.UNKNOWN_LEVEL)) {
                error(IssueCodes.LEVEL_MISSING,
                        "thiếu mức độ (Dễ, Trung bình hoặc Khó).", "the difficulty (Dễ, Trung bình or Khó) is missing.");
            }
            String topic = question.topic();
            if (topic == null || topic.isBlank()) {
                if (!reportedOnRead(IssueCodes.NO_TOPIC)) {
                    error(IssueCodes.TOPIC_MISSING, "thiếu chủ đề.", "the topic is missing.");
                }
            } else if (!allowedTopics.isEmpty() && !allowedTopics.contains(topic)) {
                Optional<String> near = allowedTopics.stream()
                        .filter(allowed -> TextKeys.fold(allowed).equals(TextKeys.fold(topic)))
                        .findFirst();
                error(IssueCodes.TOPIC_UNKNOWN,
                        "chủ đề '" + topic + "' không có trong danh sách chủ đề của cuộc thi"
                                + near.map(n -> "; có phải '" + n + "'?").orElse("."),
                        "topic '" + topic + "' is not one of the contest's topics"
                                + near.map(n -> "; did you mean '" + n + "'?").orElse("."));
            }
        }

        private void checkWording() {
            WordingChecks.internalReference(question.text()).ifPresent(reference -> warning(IssueCodes.INTERNAL_REFERENCE,
                    "câu hỏi dẫn số mục/dòng của văn bản ('" + reference + "') mà người thi không thấy; "
                            + "hãy nêu nội dung thay cho số mục.",
                    "the question cites a section or row number ('" + reference + "') the contestant cannot see; "
                            + "name the content instead."));
            for (String document : WordingChecks.undatedDocuments(question.text())) {
                warning(IssueCodes.UNDATED_DOCUMENT,
                        "câu hỏi nêu '" + document + "' mà không kèm ngày ban hành (ví dụ 'ngày 24/3/2025').",
                        "the question names '" + document + "' without its date (e.g. 'ngày 24/3/2025').");
            }
            question.correctOption().flatMap(key -> WordingChecks.outdatedUnit(key, question.text()))
                    .ifPresent(unit -> warning(IssueCodes.OUTDATED_UNIT,
                            "đáp án đúng nêu '" + unit + "', đơn vị hành chính không còn từ ngày 1/7/2025; "
                                    + "chỉ dùng khi câu hỏi nói rõ là thời điểm trước sắp xếp.",
                            "the correct option names '" + unit + "', an administrative level abolished on 1/7/2025; "
                                    + "use it only when the question is explicitly about the time before."));
            long only = question.options().stream().filter(WordingChecks::startsWithOnly).count();
            if (only >= 2) {
                warning(IssueCodes.ONLY_OPTIONS,
                        only + " phương án bắt đầu bằng 'Chỉ …'; kiểu phương án này dễ bị loại trừ, hãy viết phương án song song.",
                        only + " options start with 'Chỉ …' (only …); such options are easy to rule out, write parallel ones.");
            }
        }

        private void checkLength(String value, int max, String code, String nameVi, String nameEn) {
            if (value != null && value.length() > max) {
                error(code,
                        nameVi + " dài " + value.length() + " ký tự; tối đa " + max + ".",
                        nameEn + " is " + value.length() + " characters long; at most " + max + ".");
            }
        }

        private boolean reportedOnRead(String code) {
            return reportedOnRead.contains(code + '@' + at);
        }

        private void error(String code, String vi, String en) {
            issues.add(Issue.error(at, code, vi, en));
        }

        private void warning(String code, String vi, String en) {
            issues.add(Issue.warning(at, code, vi, en));
        }
    }

    private static void checkId(Question question, Map<String, Question> firstById, List<Issue> issues) {
        String id = question.id();
        if (id == null) {
            return;
        }
        Location at = question.location();
        if (!ID_FORMAT.matcher(id).matches()) {
            issues.add(Issue.error(at, IssueCodes.ID_MALFORMED,
                    "mã '" + id + "' sai dạng; cần <tiền-tố-chủ-đề>-<3 chữ số> viết thường, ví dụ dvctt-001.",
                    "id '" + id + "' is malformed; expected lower-case <topic-prefix>-<3 digits>, e.g. dvctt-001."));
        }
        Question first = firstById.putIfAbsent(id, question);
        if (first != null) {
            issues.add(Issue.error(at, IssueCodes.ID_DUPLICATE,
                    "mã '" + id + "' đã dùng ở " + mention(first.location(), Language.VI) + ".",
                    "id '" + id + "' is already used at " + mention(first.location(), Language.EN) + "."));
        }
    }

    /**
     * Reports each question once, against the earliest question it repeats.
     *
     * @return the pairs reported, as {@link #pairKey}, so the same pair is not reported again as one fact
     */
    private static Set<Long> checkDuplicates(List<Question> questions, List<Issue> issues) {
        Set<Long> pairs = new HashSet<>();
        List<String> keys = questions.stream().map(q -> TextKeys.comparable(q.text())).toList();
        Set<Integer> reported = new HashSet<>();
        for (NearDuplicates.Pair pair : NearDuplicates.find(keys, NEAR_DUPLICATE_SIMILARITY)) {
            if (!reported.add(pair.second())) {
                continue;
            }
            pairs.add(pairKey(pair.first(), pair.second()));
            Question earlier = questions.get(pair.first());
            Question later = questions.get(pair.second());
            boolean exact = keys.get(pair.first()).equals(keys.get(pair.second()))
                    && optionKeys(earlier).equals(optionKeys(later));
            if (exact) {
                issues.add(Issue.error(later.location(), IssueCodes.DUPLICATE_QUESTION,
                        "câu hỏi trùng với câu ở " + mention(earlier.location(), Language.VI) + ".",
                        "question repeats the one at " + mention(earlier.location(), Language.EN) + "."));
            } else {
                long percent = Math.round(pair.similarity() * 100);
                issues.add(Issue.warning(later.location(), IssueCodes.NEAR_DUPLICATE,
                        "câu hỏi gần trùng (giống " + percent + "%) với câu ở " + mention(earlier.location(), Language.VI) + ".",
                        "question nearly repeats (" + percent + "% alike) the one at " + mention(earlier.location(), Language.EN) + "."));
            }
        }
        return pairs;
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | second;
    }

    /** Reports each question once, against the earliest question that asks the same fact. */
    private static void checkFactRepeats(List<Question> questions, Set<Long> alreadyReported, List<Issue> issues) {
        Set<Integer> reported = new HashSet<>();
        for (FactRepeats.Pair pair : FactRepeats.find(questions)) {
            if (alreadyReported.contains(pairKey(pair.first(), pair.second())) || !reported.add(pair.second())) {
                continue;
            }
            Question earlier = questions.get(pair.first());
            Question later = questions.get(pair.second());
            String key = shorten(later.correctOption().orElse(""));
            issues.add(Issue.warning(later.location(), IssueCodes.SAME_FACT,
                    "câu hỏi hỏi lại cùng một nội dung với câu ở " + mention(earlier.location(), Language.VI)
                            + " (đáp án '" + key + "'); giữ một câu.",
                    "the question asks the same fact as the one at " + mention(earlier.location(), Language.EN)
                            + " (answer '" + key + "'); keep one."));
        }
    }

    /** Shares over the whole bank: reported at the bank, not at a row. */
    private static void checkMix(BankMix mix, List<Issue> issues) {
        if (mix.answered() >= MIN_QUESTIONS_FOR_SHARES && mix.keyLongestPercent() > MAX_KEY_LONGEST_PERCENT) {
            issues.add(Issue.warning(Location.NONE, IssueCodes.KEY_LONGEST_SHARE,
                    "đáp án đúng là phương án dài nhất ở " + percent(mix.keyLongestPercent()) + " số câu (" + mix.keyLongest()
                            + "/" + mix.answered() + "); nên không quá " + percent(MAX_KEY_LONGEST_PERCENT)
                            + ", để người thi không đoán được nhờ độ dài.",
                    "the correct option is the longest one in " + percent(mix.keyLongestPercent()) + " of questions ("
                            + mix.keyLongest() + "/" + mix.answered() + "); keep it at most "
                            + percent(MAX_KEY_LONGEST_PERCENT) + " so length gives nothing away."));
        }
        if (mix.tagged() < MIN_QUESTIONS_FOR_SHARES) {
            return;
        }
        double practice = mix.kindPercent(Kind.PRACTICE, Kind.UNDERSTANDING);
        if (practice < MIN_PRACTICE_PERCENT) {
            kindWarning(issues, "câu thực hành và hiểu biết (practice, understanding) chỉ chiếm " + percent(practice)
                            + " số câu đã gắn loại; cần ít nhất " + percent(MIN_PRACTICE_PERCENT) + ".",
                    "practice and understanding questions are only " + percent(practice) + " of tagged questions; at least "
                            + percent(MIN_PRACTICE_PERCENT) + " are needed.");
        }
        double figures = mix.kindPercent(Kind.FIGURE);
        if (figures > MAX_FIGURE_PERCENT) {
            kindWarning(issues, "câu hỏi số liệu, ngày tháng, số hiệu văn bản (figure) chiếm " + percent(figures)
                            + "; tối đa " + percent(MAX_FIGURE_PERCENT) + ".",
                    "figure, date and document-number questions are " + percent(figures) + "; at most "
                            + percent(MAX_FIGURE_PERCENT) + ".");
        }
        double agency = mix.kindPercent(Kind.AGENCY);
        if (agency > MAX_AGENCY_PERCENT) {
            kindWarning(issues, "câu hỏi 'cơ quan nào chủ trì' (agency) chiếm " + percent(agency) + "; tối đa "
                            + percent(MAX_AGENCY_PERCENT) + ".",
                    "'which agency leads' questions are " + percent(agency) + "; at most " + percent(MAX_AGENCY_PERCENT) + ".");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59).strip() + "…";
    }

    private static void kindWarning(List<Issue> issues, String vi, String en) {
        issues.add(Issue.warning(Location.NONE, IssueCodes.KIND_MIX, vi, en));
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static Set<String> optionKeys(Question question) {
        return question.options().stream().map(TextKeys::comparable).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "dòng 12 (a.txt)" for use inside a sentence. */
    private static String mention(Location location, Language language) {
        String text = location.describe(language);
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
