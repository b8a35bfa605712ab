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
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.bank.validation.ValidationReport;

/**
 * The bank committed in {@code question-bank/bank/} is what contests draw from: it must pass the
 * same checks an organizer's upload does, and meet the contest's own bar for size, breadth, the
 * four-option layout, traceable sources and an even spread of correct letters.
 */
class CommittedBankTest {

    /** The official plans every question must be checkable against (shared/seeds). */
    private static final List<String> SEED_FILES = List.of(
            "000_75008c732ac8b331.txt", "001_07c9d6b90008c975.txt", "002_4edf477e206f9b12.txt",
            "003_f48ba43d06fb822d.txt", "004_7becd4063710005a.txt");

    private static Bank bank;

    @BeforeAll
    static void readCommittedBank() {
        String dir = System.getProperty("bank.dir");
        assertNotNull(dir, "surefire passes the bank directory as the bank.dir system property");
        assertTrue(Files.isDirectory(Path.of(dir)), "no bank directory at " + dir);
        bank = BankFiles.read(Path.of(dir));
    }

    @Test
    void validatesWithoutErrors() {
        ValidationReport report = new BankValidator().validate(bank);

        assertTrue(report.ok(), () -> report.errors().stream().map(Issue::messageEn).collect(Collectors.joining("\n")));
    }

    @Test
    void hasAtLeast250Questions() {
        assertTrue(bank.questions().size() >= 250, "only " + bank.questions().size() + " questions");
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
    void everyQuestionCitesASeedFile() {
        List<String> uncited = bank.questions().stream()
                .filter(q -> q.source() == null || SEED_FILES.stream().noneMatch(q.source()::contains))
                .map(q -> q.location().describe(Language.EN) + ": " + q.source())
                .toList();
        assertEquals(List.of(), uncited);
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
