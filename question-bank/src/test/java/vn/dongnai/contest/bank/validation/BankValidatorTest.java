package vn.dongnai.contest.bank.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.Severity;
import vn.dongnai.contest.bank.format.Format;
import vn.dongnai.contest.bank.format.ReadOptions;

/** One failing fixture per rule; each asserts the issue names the row or line it is about. */
class BankValidatorTest {

    private static final int ROW = 17;
    private static final Location AT = Location.row("bank.xlsx", ROW);

    /** A question that passes every rule, placed at row 17. */
    private static Question valid() {
        return new Question("dvctt-017", Fixtures.SERVICES, Level.MEDIUM,
                "Cổng Dịch vụ công quốc gia dùng để làm gì?",
                List.of("Nộp hồ sơ trực tuyến", "Mua sắm cá nhân", "Xem phim", "Chơi trò chơi"), 0,
                "Cổng cho phép nộp hồ sơ và nhận kết quả trực tuyến.", "002_4edf477e206f9b12.txt — mục I", AT);
    }

    private static Question with(UnaryOperator<List<String>> options, int correctIndex) {
        Question q = valid();
        return new Question(q.id(), q.topic(), q.level(), q.text(), options.apply(new ArrayList<>(q.options())),
                correctIndex, q.explanation(), q.source(), q.location());
    }

    private static Question withText(String text) {
        Question q = valid();
        return new Question(q.id(), q.topic(), q.level(), text, q.options(), q.correctIndex(), q.explanation(), q.source(), AT);
    }

    /** Validates a bank of the given questions and returns the single issue with {@code code}. */
    private static Issue single(String code, Question... questions) {
        ValidationReport report = new BankValidator().validate(Bank.of(List.of(questions)));
        List<Issue> found = report.issues().stream().filter(i -> i.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + report.issues());
        return found.getFirst();
    }

    private static void assertNamesTheRow(Issue issue, int row) {
        assertEquals(row, issue.rowOrLine());
        assertTrue(issue.messageVi().startsWith("Dòng " + row + " "), issue.messageVi());
        assertTrue(issue.messageEn().startsWith("Row " + row + " "), issue.messageEn());
    }

    @Test
    void aValidQuestionHasNoIssues() {
        assertEquals(List.of(), new BankValidator().validate(Bank.of(List.of(valid()))).issues());
    }

    @Test
    void aMissingAnswerIsAnError() {
        Issue issue = single(IssueCodes.ANSWER_MISSING, with(o -> o, Question.NO_ANSWER));
        assertEquals(Severity.ERROR, issue.severity());
        assertNamesTheRow(issue, ROW);
    }

    @Test
    void anAnswerPointingAtAnEmptyOptionIsAnError() {
        assertNamesTheRow(single(IssueCodes.ANSWER_EMPTY_OPTION, with(o -> o, 4)), ROW);
    }

    @Test
    void anAnswerLetterThatIsNoLetterIsReportedOnceWhenRead() {
        String csv = "Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án đúng\nChủ đề,Dễ,Câu?,Có,Không,AB\n";
        Bank bank = Format.CSV.reader().read("bank.csv", csv.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE);

        ValidationReport report = new BankValidator().validate(bank);

        assertEquals(List.of(IssueCodes.BAD_ANSWER), report.errors().stream().map(Issue::code).toList());
        assertTrue(report.errors().getFirst().messageVi().startsWith("Dòng 2 (bank.csv)"));
    }

    @Test
    void fewerThanTwoOptionsIsAnError() {
        assertNamesTheRow(single(IssueCodes.OPTION_COUNT, with(o -> List.of("Chỉ một"), 0)), ROW);
    }

    @Test
    void moreThanSixOptionsIsAnError() {
        assertNamesTheRow(single(IssueCodes.OPTION_COUNT,
                with(o -> List.of("1", "2", "3", "4", "5", "6", "7"), 0)), ROW);
    }

    @Test
    void aGapBetweenOptionsIsAnError() {
        Issue issue = single(IssueCodes.OPTION_EMPTY, with(o -> {
            o.set(2, "");
            return o;
        }, 0));
        assertNamesTheRow(issue, ROW);
        assertTrue(issue.messageVi().contains("phương án C"));
    }

    @Test
    void optionsThatDifferOnlyInCaseSpacingOrPunctuationAreDuplicates() {
        Issue issue = single(IssueCodes.OPTION_DUPLICATE, with(o -> {
            o.set(3, "  nộp HỒ SƠ trực tuyến. ");
            return o;
        }, 0));
        assertNamesTheRow(issue, ROW);
        assertTrue(issue.messageEn().contains("option D is the same as option A"), issue.messageEn());
    }

    @Test
    void aQuestionOverTheLengthLimitIsAnError() {
        assertNamesTheRow(single(IssueCodes.QUESTION_TOO_LONG,
                withText("Câu hỏi ".repeat(200))), ROW);
    }

    @Test
    void anEmptyQuestionIsAnError() {
        assertNamesTheRow(single(IssueCodes.QUESTION_EMPTY, withText(" ")), ROW);
    }

    @Test
    void anOptionOverTheLengthLimitIsAnError() {
        assertNamesTheRow(single(IssueCodes.OPTION_TOO_LONG, with(o -> {
            o.set(1, "x".repeat(BankValidator.MAX_OPTION_CHARS + 1));
            return o;
        }, 0)), ROW);
    }

    @Test
    void anExplanationOverTheLengthLimitIsAnError() {
        Question q = valid();
        Question longExplanation = new Question(q.id(), q.topic(), q.level(), q.text(), q.options(), 0,
                "x".repeat(BankValidator.MAX_EXPLANATION_CHARS + 1), q.source(), AT);
        assertNamesTheRow(single(IssueCodes.EXPLANATION_TOO_LONG, longExplanation), ROW);
    }

    @Test
    void aSourceOverTheLengthLimitIsAnError() {
        Question q = valid();
        Question longSource = new Question(q.id(), q.topic(), q.level(), q.text(), q.options(), 0,
                q.explanation(), "x".repeat(BankValidator.MAX_SOURCE_CHARS + 1), AT);
        assertNamesTheRow(single(IssueCodes.SOURCE_TOO_LONG, longSource), ROW);
    }

    @Test
    void textNotInNfcIsNormalizedOnReadWithAWarning() {
        String decomposed = Normalizer.normalize("Câu hỏi về dịch vụ công?", Normalizer.Form.NFD);
        String txt = "topic: Dịch vụ công trực tuyến\n\nid: dvctt-001\nlevel: Dễ\nquestion: " + decomposed
                + "\nA: Có\nB: Không\nanswer: A\n";
        Bank bank = Format.TEXT.reader().read("dvctt.txt", txt.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE);

        Issue issue = new BankValidator().validate(bank).issues().getFirst();

        assertEquals(IssueCodes.NOT_NFC, issue.code());
        assertEquals(Severity.WARNING, issue.severity());
        assertTrue(issue.messageVi().startsWith("Dòng 3 (dvctt.txt)"), issue.messageVi());
        assertEquals("Câu hỏi về dịch vụ công?", bank.questions().getFirst().text());
    }

    @Test
    void anUnknownDifficultyIsOneErrorNamingTheWord() {
        String txt = "topic: Dịch vụ công trực tuyến\n\nid: dvctt-001\nlevel: Rất khó\nquestion: Câu?\nA: Có\nB: Không\nanswer: A\n";
        Bank bank = Format.TEXT.reader().read("dvctt.txt", txt.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE);

        List<Issue> errors = new BankValidator().validate(bank).errors();

        assertEquals(List.of(IssueCodes.UNKNOWN_LEVEL), errors.stream().map(Issue::code).toList());
        assertTrue(errors.getFirst().messageVi().startsWith("Dòng 3 (dvctt.txt)") && errors.getFirst().messageVi().contains("Rất khó"));
    }

    @Test
    void aMissingDifficultyIsAnError() {
        Question q = valid();
        Question noLevel = new Question(q.id(), q.topic(), null, q.text(), q.options(), 0, null, q.source(), AT);
        assertNamesTheRow(single(IssueCodes.LEVEL_MISSING, noLevel), ROW);
    }

    @Test
    void difficultyIsReadInVietnameseOrEnglishWithOrWithoutDiacritics() {
        assertEquals(Level.MEDIUM, Level.parse("TRUNG BÌNH").orElseThrow());
        assertEquals(Level.MEDIUM, Level.parse("trung binh").orElseThrow());
        assertEquals(Level.HARD, Level.parse(" Hard ").orElseThrow());
        assertEquals(Level.EASY, Level.parse("dễ").orElseThrow());
        assertTrue(Level.parse("Rất khó").isEmpty());
    }

    @Test
    void aMissingTopicIsAnError() {
        Question q = valid();
        Question noTopic = new Question(q.id(), null, q.level(), q.text(), q.options(), 0, null, q.source(), AT);
        assertNamesTheRow(single(IssueCodes.TOPIC_MISSING, noTopic), ROW);
    }

    @Test
    void aTopicOutsideTheContestsListIsAnErrorThatSuggestsTheLikelyOne() {
        Question q = valid();
        Question typo = new Question(q.id(), "Dich vu cong truc tuyen", q.level(), q.text(), q.options(), 0, null, q.source(), AT);

        ValidationReport report = new BankValidator(List.of(Fixtures.SERVICES, Fixtures.REFORM)).validate(Bank.of(List.of(typo)));

        Issue issue = report.errors().getFirst();
        assertEquals(IssueCodes.TOPIC_UNKNOWN, issue.code());
        assertNamesTheRow(issue, ROW);
        assertTrue(issue.messageVi().contains("có phải '" + Fixtures.SERVICES + "'?"), issue.messageVi());
    }

    @Test
    void anyTopicPassesWhenNoListIsGiven() {
        Question q = valid();
        Question other = new Question(q.id(), "Chủ đề khác", q.level(), q.text(), q.options(), 0, null, q.source(), AT);
        assertTrue(new BankValidator().validate(Bank.of(List.of(other))).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DVCTT-001", "dvctt-1", "dvctt_001", "001", "dvctt 001"})
    void aMalformedIdIsAnError(String id) {
        Question q = valid();
        Question bad = new Question(id, q.topic(), q.level(), q.text(), q.options(), 0, null, q.source(), AT);
        assertNamesTheRow(single(IssueCodes.ID_MALFORMED, bad), ROW);
    }

    @Test
    void aRepeatedIdIsAnErrorNamingBothRows() {
        Question first = valid().at(Location.row("bank.xlsx", 5));
        Question second = withText("Một câu hỏi khác hẳn về cải cách hành chính?");

        Issue issue = single(IssueCodes.ID_DUPLICATE, first, second);

        assertNamesTheRow(issue, ROW);
        assertTrue(issue.messageVi().contains("dòng 5 (bank.xlsx)"), issue.messageVi());
    }

    @Test
    void anExactDuplicateAcrossFilesIsAnError() {
        Question first = valid().at(Location.line("a.txt", 4));
        Question q = valid();
        Question again = new Question("cchc-001", Fixtures.REFORM, Level.HARD, q.text().toUpperCase(), q.options(), 2,
                null, null, Location.line("b.txt", 12));

        Issue issue = single(IssueCodes.DUPLICATE_QUESTION, first, again);

        assertEquals(Severity.ERROR, issue.severity());
        assertTrue(issue.messageVi().startsWith("Dòng 12 (b.txt)") && issue.messageVi().contains("dòng 4 (a.txt)"),
                issue.messageVi());
    }

    @Test
    void aRewordedQuestionIsANearDuplicateWarning() {
        Question first = new Question("dvctt-001", Fixtures.SERVICES, Level.EASY,
                "Theo Kế hoạch 104/KH-UBND, đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Đồng Nai đạt bao nhiêu phần trăm?",
                List.of("80%", "50%"), 0, null, null, Location.line("a.txt", 4));
        Question second = new Question("dvctt-002", Fixtures.SERVICES, Level.EASY,
                "Theo Kế hoạch 104/KH-UBND, đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Đồng Nai phải đạt bao nhiêu phần trăm?",
                List.of("80%", "60%"), 0, null, null, Location.line("a.txt", 14));

        Issue issue = single(IssueCodes.NEAR_DUPLICATE, first, second);

        assertEquals(Severity.WARNING, issue.severity());
        assertTrue(issue.messageVi().startsWith("Dòng 14 (a.txt)") && issue.messageVi().contains("dòng 4"), issue.messageVi());
    }

    @Test
    void questionsThatOnlyShareAPhraseAreNotNearDuplicates() {
        Question first = withText("Theo Kế hoạch 104/KH-UBND, cơ quan nào chủ trì tuyên truyền dịch vụ công trực tuyến?");
        Question second = new Question("dvctt-018", Fixtures.SERVICES, Level.EASY,
                "Theo Kế hoạch 104/KH-UBND, đến năm 2030 bao nhiêu phần trăm người dân dùng dịch vụ công?",
                List.of("Một", "Hai"), 0, null, null, Location.row("bank.xlsx", 18));

        assertFalse(new BankValidator().validate(Bank.of(List.of(first, second))).issues().stream()
                .anyMatch(i -> i.code().equals(IssueCodes.NEAR_DUPLICATE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tất cả các đáp án trên", "Cả A, B, C đều đúng", "Không có đáp án nào đúng",
            "Tất cả đều đúng", "All of the above", "None of the above", "tat ca cac phuong an tren", "A và B đều đúng",
            "Cả hai đáp án trên"})
    void anAllOrNoneOfTheAboveOptionIsAWarning(String option) {
        Issue issue = single(IssueCodes.CATCH_ALL_OPTION, with(o -> {
            o.set(3, option);
            return o;
        }, 0));
        assertEquals(Severity.WARNING, issue.severity());
        assertNamesTheRow(issue, ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tất cả các đơn vị trên địa bàn tỉnh", "Cả năm 2025", "Cả hai vợ chồng", "Không có ý kiến nào"})
    void ordinaryOptionsThatStartAlikeAreNotFlagged(String option) {
        Question question = with(o -> {
            o.set(3, option);
            return o;
        }, 0);
        assertEquals(List.of(), new BankValidator().validate(Bank.of(List.of(question))).issues());
    }

    @Test
    void issuesComeInFileAndLineOrder() {
        Question late = with(o -> o, Question.NO_ANSWER).at(Location.line("a.txt", 30));
        Question early = withText("").at(Location.line("a.txt", 3));

        List<Integer> lines = new BankValidator().validate(Bank.of(List.of(late, early))).issues().stream()
                .map(Issue::rowOrLine).toList();

        assertEquals(lines.stream().sorted().toList(), lines);
        assertEquals(3, lines.getFirst());
        assertEquals(30, lines.getLast());
    }
}
