package vn.dongnai.contest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.bank.validation.BankMix;
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.bank.validation.ValidationReport;

/**
 * The bank committed in {@code question-bank/bank/} is what contests draw from: it must pass the
 * same checks an organizer's upload does without a single warning, and meet the contest's own bar
 * (issue 17): size and breadth, the four-option layout, a seed file and section for every answer,
 * questions mostly about understanding and practice, no fact asked twice, stems that stand on their
 * own, and keys that length and letter do not give away.
 */
class CommittedBankTest {

    /** The official plans every question must be checkable against (shared/seeds). */
    private static final List<String> SEED_FILES = List.of(
            "000_75008c732ac8b331.txt", "001_07c9d6b90008c975.txt", "002_4edf477e206f9b12.txt",
            "003_f48ba43d06fb822d.txt", "004_7becd4063710005a.txt");

    private static Bank bank;
    private static ValidationReport report;

    @BeforeAll
    static void readCommittedBank() {
        String dir = System.getProperty("bank.dir");
        assertNotNull(dir, "surefire passes the bank directory as the bank.dir system property");
        assertTrue(Files.isDirectory(Path.of(dir)), "no bank directory at " + dir);
        bank = BankFiles.read(Path.of(dir));
        report = new BankValidator().validate(bank);
    }

    @Test
    void validatesWithoutErrors() {
        assertTrue(report.ok(), () -> report.errors().stream().map(Issue::messageEn).collect(Collectors.joining("\n")));
    }

    @Test
    void validatesClean() {
        assertEquals(List.of(), report.warnings().stream().map(Issue::messageEn).toList());
    }

    @Test
    void asksNoFactTwice() {
        assertEquals(List.of(), messages(IssueCodes.SAME_FACT, IssueCodes.NEAR_DUPLICATE, IssueCodes.DUPLICATE_QUESTION));
    }

    @Test
    void stemsCiteNoInternalSectionOrRowNumbers() {
        assertEquals(List.of(), messages(IssueCodes.INTERNAL_REFERENCE));
    }

    @Test
    void stemsNameEveryDocumentWithItsDate() {
        assertEquals(List.of(), messages(IssueCodes.UNDATED_DOCUMENT));
    }

    @Test
    void keysNameNoAbolishedAdministrativeLevel() {
        assertEquals(List.of(), messages(IssueCodes.OUTDATED_UNIT));
    }

    @Test
    void optionsUseNoCatchAllOrOnlyPatterns() {
        assertEquals(List.of(), messages(IssueCodes.CATCH_ALL_OPTION, IssueCodes.ONLY_OPTIONS));
    }

    @Test
    void theKeyIsTheLongestOptionInAtMost30Percent() {
        BankMix mix = BankMix.of(bank);

        assertTrue(mix.keyLongestPercent() <= 30, String.format("the key is the longest option in %.1f%% (%d/%d)",
                mix.keyLongestPercent(), mix.keyLongest(), mix.answered()));
    }

    @Test
    void everyQuestionIsTaggedWithAKind() {
        List<String> untagged = bank.questions().stream()
                .filter(q -> q.kind() == null)
                .map(q -> q.location().describe(Language.EN) + " " + q.id())
                .toList();
        assertEquals(List.of(), untagged);
    }

    @Test
    void atLeast40PercentAreAboutUnderstandingAndPractice() {
        double percent = BankMix.of(bank).kindPercent(Kind.PRACTICE, Kind.UNDERSTANDING);
        assertTrue(percent >= 40, String.format("practice and understanding are %.1f%%", percent));
    }

    @Test
    void atMost20PercentAreBareFigures() {
        double percent = BankMix.of(bank).kindPercent(Kind.FIGURE);
        assertTrue(percent <= 20, String.format("figures are %.1f%%", percent));
    }

    @Test
    void atMost15PercentAskWhichAgencyLeads() {
        double percent = BankMix.of(bank).kindPercent(Kind.AGENCY);
        assertTrue(percent <= 15, String.format("agency questions are %.1f%%", percent));
    }

    @Test
    void hasAtLeast300Questions() {
        assertTrue(bank.questions().size() >= 300, "only " + bank.questions().size() + " questions");
    }

    @Test
    void coversAtLeastSixTopics() {
        long topics = bank.questions().stream().map(Question::topic).distinct().count();
        assertTrue(topics >= 6, "only " + topics + " topics with questions");
    }

    @Test
    void everyQuestionHasFourOptions() {
        List<String> others = bank.questions().stream()
                .filter(q -> q.options().size() != 4)
                .map(q -> q.location().describe(Language.EN) + " has " + q.options().size())
                .toList();
        assertEquals(List.of(), others);
    }

    @Test
    void everyQuestionCitesASeedFileAndTheSectionInIt() {
        List<String> uncited = bank.questions().stream()
                .filter(q -> q.source() == null || SEED_FILES.stream().noneMatch(file -> citesSection(q.source(), file)))
                .map(q -> q.location().describe(Language.EN) + ": " + q.source())
                .toList();
        assertEquals(List.of(), uncited);
    }

    /** "002_4edf477e206f9b12.txt — mục IV.3": the file, then words saying where in it. */
    private static boolean citesSection(String source, String file) {
        int at = source.indexOf(file);
        return at >= 0 && source.substring(at + file.length()).replaceAll("[\\s—–:,;()-]", "").length() >= 3;
    }

    private static List<String> messages(String... codes) {
        List<String> wanted = List.of(codes);
        return report.issues().stream().filter(i -> wanted.contains(i.code())).map(Issue::messageEn).toList();
    }

    @Test
    void correctLettersAreSpreadEvenlyOverAToD() {
        int total = bank.questions().size();
        assertTrue(total > 0, "the bank is empty");
        for (int letter = 0; letter < 4; letter++) {
            int index = letter;
            long count = bank.questions().stream().filter(q -> q.correctIndex() == index).count();
            double percent = 100.0 * count / total;
            assertTrue(percent >= 20 && percent <= 30,
                    "letter " + Question.letter(letter) + " is correct in " + String.format("%.1f", percent) + "% of questions");
        }
    }
}
