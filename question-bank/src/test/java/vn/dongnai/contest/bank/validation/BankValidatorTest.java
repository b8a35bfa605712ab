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
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
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
            "Tất cả đều đúng", "Tất cả đều sai", "All of the above", "None of the above", "tat ca cac phuong an tren",
            "A và B đều đúng", "Cả hai đáp án trên", "Cả A, B, C", "Tất cả các phương án A, B, C", "Đáp án A và C đều đúng"})
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

    // ---- the audit's checks ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Theo nhiệm vụ STT 19 về đánh giá hệ thống, cổng nào không được duy trì?|STT 19",
            "Theo mục IV.3.e của Kế hoạch, ý kiến người dân được thu thập ở đâu?|mục IV.3.e",
            "Nội dung ở dòng 12 của Phụ lục là gì?|dòng 12",
            "Cơ quan nào chủ trì nội dung tại khoản 1 của kế hoạch?|khoản 1",
            "Theo điểm a, tài liệu cần bảo đảm yêu cầu nào?|điểm a",
            "Cơ quan nào thực hiện phần IV của kế hoạch?|phần IV"})
    void aStemCitingARowOrSectionNumberIsAWarningNamingIt(String stemAndReference) {
        String[] parts = stemAndReference.split("\\|");

        Issue issue = single(IssueCodes.INTERNAL_REFERENCE, withText(parts[0]));

        assertEquals(Severity.WARNING, issue.severity());
        assertTrue(issue.messageVi().contains("'" + parts[1] + "'"), issue.messageVi());
        assertNamesTheRow(issue, ROW);
    }

    @Test
    void anAppendixRowQuotedByItsTextIsAnInternalReferenceToo() {
        Issue issue = single(IssueCodes.INTERNAL_REFERENCE, withText(
                "Theo Phụ lục của kế hoạch, nhiệm vụ tuyên truyền qua tin nhắn (dòng “Thông tin, tuyên truyền”) do ai thực hiện?"));

        assertTrue(issue.messageEn().contains("'Phụ lục … dòng'"), issue.messageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mục tiêu của dịch vụ công trực tuyến toàn trình là gì?",
            "Chuyên mục về dịch vụ công trên cổng tỉnh cung cấp gì?", "Điểm phục vụ bưu chính công cộng hỗ trợ người dân việc gì?",
            "Người dân cần đạt mấy phần trăm hồ sơ trực tuyến?", "Mục đích của việc xác thực hai lớp là gì?",
            "Phụ lục kèm theo kế hoạch liệt kê những nhiệm vụ gì?"})
    void stemsUsingTheSameWordsOtherwiseAreNotInternalReferences(String stem) {
        assertEquals(List.of(), codes(withText(stem)));
    }

    @Test
    void aPlanNamedByNumberWithoutItsDateIsAWarning() {
        Issue issue = single(IssueCodes.UNDATED_DOCUMENT,
                withText("Theo Kế hoạch 104/KH-UBND, người dân được hỗ trợ ở đâu khi nộp hồ sơ trực tuyến?"));

        assertTrue(issue.messageVi().contains("'Kế hoạch 104/KH-UBND'"), issue.messageVi());
        assertNamesTheRow(issue, ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Theo Kế hoạch số 104/KH-UBND ngày 24/3/2025 của UBND tỉnh, người dân được hỗ trợ ở đâu?",
            "Theo Kế hoạch 104/KH-UBND của UBND tỉnh Đồng Nai ngày 24 tháng 3 năm 2025, ai hỗ trợ người dân?",
            "Kế hoạch 104/KH-UBND được ban hành ngày nào?",
            "Nghị định 61/2018/NĐ-CP quy định cơ chế nào?",
            "Kế hoạch 104/KH-UBND ngày 24/3/2025 nêu gì; Kế hoạch 104/KH-UBND giao ai chủ trì?",
            "Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Sở đề ra việc gì?"})
    void aDocumentWithItsDateOrItsYearOrWhoseDateIsAskedIsNotFlagged(String stem) {
        assertEquals(List.of(), codes(withText(stem)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UBND các huyện, thành phố", "UBND cấp huyện", "Thị xã Long Khánh", "Phòng Nội vụ huyện"})
    void aKeyNamingTheAbolishedDistrictLevelIsAWarning(String key) {
        Issue issue = single(IssueCodes.OUTDATED_UNIT, with(o -> {
            o.set(0, key);
            return o;
        }, 0));

        assertNamesTheRow(issue, ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trước ngày 1/7/2025, hồ sơ đất đai được nộp ở đâu?",
            "Trước khi sắp xếp đơn vị hành chính, cấp nào tiếp nhận hồ sơ này?"})
    void aHistoricalStemMayNameTheOldUnits(String stem) {
        Question question = with(o -> {
            o.set(0, "UBND cấp huyện");
            return o;
        }, 0);

        assertEquals(List.of(), codes(new Question(question.id(), question.topic(), question.level(), stem,
                question.options(), 0, question.explanation(), question.source(), AT)));
    }

    @Test
    void aDistractorNamingTheOldUnitsIsNotFlagged() {
        assertEquals(List.of(), codes(with(o -> {
            o.set(2, "UBND cấp huyện");
            return o;
        }, 0)));
    }

    @Test
    void twoOptionsStartingWithOnlyAreAWarning() {
        Issue issue = single(IssueCodes.ONLY_OPTIONS, with(o -> {
            o.set(1, "Chỉ tra cứu thông tin");
            o.set(2, "Chỉ nộp hồ sơ giấy");
            return o;
        }, 0));

        assertTrue(issue.messageVi().startsWith("Dòng 17 (bank.xlsx): 2 phương án"), issue.messageVi());
    }

    @Test
    void oneOptionStartingWithOnlyOrWithTheWordChiIsNotFlagged() {
        assertEquals(List.of(), codes(with(o -> {
            o.set(1, "Chỉ tra cứu thông tin");
            o.set(2, "Chi cục Thuế khu vực");
            return o;
        }, 0)));
    }

    @Test
    void theSameFactAskedInOtherWordsIsAWarningNamingTheEarlierQuestion() {
        List<Question> bank = new ArrayList<>(unrelatedQuestions());
        bank.add(fact("dvctt-040", 40, "Theo Kế hoạch, học sinh được hướng dẫn để phổ biến cho ai cách truy cập, sử dụng dịch vụ công trực tuyến khi cần?",
                "Người thân trong gia đình", "Học sinh hướng dẫn người thân trong gia đình cách truy cập dịch vụ công trực tuyến."));
        bank.add(fact("kns-015", 15, "Học sinh được hướng dẫn để phổ biến việc sử dụng dịch vụ công trực tuyến cho ai khi cần?",
                "Người thân trong gia đình", "Học sinh phổ biến cho người thân trong gia đình cách dùng dịch vụ công trực tuyến."));

        ValidationReport report = new BankValidator().validate(Bank.of(bank));

        List<Issue> repeats = report.issues().stream().filter(i -> i.code().equals(IssueCodes.SAME_FACT)).toList();
        assertEquals(1, repeats.size(), () -> report.issues().toString());
        assertEquals(15, repeats.getFirst().rowOrLine());
        assertTrue(repeats.getFirst().messageVi().contains("dòng 40"), repeats.getFirst().messageVi());
    }

    @Test
    void theSameAnswerToADifferentQuestionIsNotTheSameFact() {
        List<Question> bank = new ArrayList<>(unrelatedQuestions());
        bank.add(fact("dvctt-041", 41, "Cơ quan nào tổng hợp vốn đầu tư công để triển khai các dự án của Kế hoạch?",
                "Sở Tài chính", "Sở Tài chính tổng hợp vốn đầu tư công."));
        bank.add(fact("nq57-030", 30, "Cơ quan nào xây dựng kế hoạch hỗ trợ doanh nghiệp phát triển ứng dụng số theo hình thức hợp tác công tư?",
                "Sở Tài chính", "Sở Tài chính chủ trì nhiệm vụ hợp tác công tư."));

        assertEquals(0, new BankValidator().validate(Bank.of(bank)).count(IssueCodes.SAME_FACT));
    }

    @Test
    void theKeyBeingTheLongestOptionInMoreThan30PercentOfQuestionsIsABankWarning() {
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<String> options = i < 7
                    ? List.of("Nộp hồ sơ và nhận kết quả trực tuyến", "Tra cứu", "Gọi tổng đài", "Đến trụ sở")
                    : List.of("Tra cứu", "Nộp hồ sơ và nhận kết quả trực tuyến", "Gọi tổng đài", "Đến trụ sở");
            bank.add(new Question(String.format("dvctt-%03d", i + 1), Fixtures.SERVICES, Level.EASY, "Câu hỏi số " + i + " về cổng dịch vụ công?",
                    options, 0, null, "002_4edf477e206f9b12.txt — mục I", Location.row("bank.xlsx", i + 2)));
        }

        Issue issue = single(IssueCodes.KEY_LONGEST_SHARE, bank.toArray(Question[]::new));

        assertEquals(0, issue.rowOrLine(), "a share of the bank belongs to no row");
        assertTrue(issue.messageVi().startsWith("Ngân hàng: đáp án đúng là phương án dài nhất ở 35% số câu (7/20)"), issue.messageVi());
        assertEquals(0, new BankValidator().validate(Bank.of(bank.subList(1, 20))).count(IssueCodes.KEY_LONGEST_SHARE),
                "6 of 19 is 32%, but a bank under 20 questions is not judged by shares");
    }

    @Test
    void aKindMixFavouringRecallIsABankWarningOnceKindsAreTagged() {
        List<Question> bank = new ArrayList<>();
        Kind[] kinds = {Kind.FIGURE, Kind.FIGURE, Kind.AGENCY, Kind.PRACTICE, Kind.WORDING};
        for (int i = 0; i < 20; i++) {
            bank.add(new Question(String.format("dvctt-%03d", i + 1), Fixtures.SERVICES, Level.EASY, "Câu hỏi thứ " + i + " về dịch vụ công?",
                    List.of("Tra cứu " + i, "Nộp hồ sơ " + i, "Gọi tổng đài " + i, "Đến trụ sở " + i), 0, null,
                    "002_4edf477e206f9b12.txt — mục I", Location.row("bank.xlsx", i + 2), Audience.ALL, kinds[i % kinds.length]));
        }

        List<String> messages = new BankValidator().validate(Bank.of(bank)).issues().stream()
                .filter(i -> i.code().equals(IssueCodes.KIND_MIX)).map(Issue::messageEn).toList();

        assertEquals(3, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("only 20% of tagged questions"), messages.get(0));
        assertTrue(messages.get(1).contains("are 40%; at most 20%"), messages.get(1));
        assertTrue(messages.get(2).contains("are 20%; at most 15%"), messages.get(2));
    }

    private static List<String> codes(Question question) {
        return new BankValidator().validate(Bank.of(List.of(question))).issues().stream().map(Issue::code).toList();
    }

    private static Question fact(String id, int line, String text, String key, String explanation) {
        return new Question(id, Fixtures.SERVICES, Level.EASY, text,
                List.of(key, "Bạn bè cùng lớp", "Thầy cô giáo chủ nhiệm", "Cán bộ tư pháp xã"), 0, explanation,
                "002_4edf477e206f9b12.txt — mục VI", Location.line(id.substring(0, id.indexOf('-')) + ".txt", line));
    }

    /** Questions about other things, so the words the two fact questions share are weighed against a bank. */
    private static List<Question> unrelatedQuestions() {
        String[] stems = {
                "Người dân nộp hồ sơ trực tuyến trên cổng nào của tỉnh?",
                "Tổng đài nào hỗ trợ người dân khi sử dụng dịch vụ công trực tuyến?",
                "Tài khoản định danh điện tử mức độ 2 được cấp ở đâu?",
                "Khi nhận tin nhắn yêu cầu cung cấp mã OTP, người dân nên làm gì?",
                "Phí, lệ phí thủ tục hành chính có thể thanh toán trực tuyến qua đâu?",
                "Tổ công nghệ số cộng đồng hỗ trợ người dân việc gì?"};
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            questions.add(new Question(String.format("khac-%03d", i + 1), Fixtures.SERVICES, Level.EASY, stems[i],
                    List.of("Phương án " + i + " một", "Phương án " + i + " hai", "Phương án " + i + " ba", "Phương án " + i + " bốn"),
                    i % 4, "Giải thích " + stems[i], "002_4edf477e206f9b12.txt — mục IV", Location.line("khac.txt", i * 10 + 1)));
        }
        return questions;
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
