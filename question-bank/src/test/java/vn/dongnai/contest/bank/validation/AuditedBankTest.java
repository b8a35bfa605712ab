package vn.dongnai.contest.bank.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.format.BankFiles;

/**
 * The bank an independent audit judged not publishable (271 questions, test resources): the
 * validator must find on it what the audit found by reading. The audit's figures are in the
 * comments; the assertions are what the checks measure on that bank.
 */
class AuditedBankTest {

    private static Bank bank;
    private static ValidationReport report;

    @BeforeAll
    static void validateTheAuditedBank() throws URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(AuditedBankTest.class.getResource("/audited-bank-2025")).toURI());
        bank = BankFiles.read(dir);
        report = new BankValidator().validate(bank);
    }

    @Test
    void theAuditedBankHas271QuestionsAndNoErrors() {
        assertEquals(271, bank.questions().size());
        assertTrue(report.ok(), () -> report.errors().toString());
    }

    @Test
    void findsTheRepeatedFactsTheAuditCountedWhereStemSimilarityAloneFoundTwo() {
        // Audit: 32 facts asked more than once, 34 redundant copies. Stem similarity found 2.
        long nearDuplicates = report.count(IssueCodes.NEAR_DUPLICATE);
        long repeats = nearDuplicates + report.count(IssueCodes.SAME_FACT);

        assertEquals(2, nearDuplicates);
        assertEquals(28, repeats);
    }

    @Test
    void reportsEachRepeatedFactAgainstTheEarlierQuestion() {
        Issue budget = report.issues().stream()
                .filter(i -> i.code().equals(IssueCodes.SAME_FACT) && i.messageVi().contains("80.375.000"))
                .findFirst().orElseThrow();

        assertEquals("ngay-chuyen-doi-so.txt", budget.location().file());
        assertEquals(390, budget.rowOrLine());
        assertTrue(budget.messageVi().contains("dòng 808 (dich-vu-cong-truc-tuyen.txt)"), budget.messageVi());
    }

    @Test
    void findsTheStemsCitingRowsAndSections() {
        // Audit: 43 stems cite row or section numbers (STT, dòng, mục).
        assertEquals(44, report.count(IssueCodes.INTERNAL_REFERENCE));
    }

    @Test
    void findsThePlanNamedWithoutItsDate() {
        // Audit: 98 stems say "Kế hoạch 104/KH-UBND" without its date.
        List<Issue> plan104 = report.issues().stream()
                .filter(i -> i.code().equals(IssueCodes.UNDATED_DOCUMENT) && i.messageVi().contains("104/KH-UBND"))
                .toList();

        assertEquals(97, plan104.size());
    }

    @Test
    void findsTheQuestionsWithSeveralOnlyDistractors() {
        // Audit: 13 questions have two or more "Chỉ …" distractors.
        assertEquals(13, report.count(IssueCodes.ONLY_OPTIONS));
    }

    @Test
    void findsTheKeyNamingTheAbolishedDistricts() {
        // Audit: a key names "UBND các huyện".
        List<Issue> outdated = report.issues().stream().filter(i -> i.code().equals(IssueCodes.OUTDATED_UNIT)).toList();

        assertEquals(1, outdated.size());
        assertEquals(379, outdated.getFirst().rowOrLine());
    }

    @Test
    void measuresTheKeyAsTheLongestOptionIn41Percent() {
        // Audit: the key is the one longest option in 41 % of questions.
        BankMix mix = BankMix.of(bank);

        assertEquals(111, mix.keyLongest());
        assertEquals(1, report.count(IssueCodes.KEY_LONGEST_SHARE));
        assertTrue(report.issues().stream().anyMatch(i -> i.messageVi().contains("41% số câu (111/271)")));
    }
}
