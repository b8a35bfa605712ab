package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.bank.format.FormatTestSupport.write;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;

class AikenFormatTest {

    private static final ReadOptions SERVICES_EASY = new ReadOptions(Fixtures.SERVICES, Level.EASY);

    @Test
    void roundTripKeepsQuestionOptionsAndAnswerAndTakesTopicAndLevelFromOptions() {
        Bank bank = Fixtures.sampleBank();

        Bank back = Format.AIKEN.reader().read("bank.aiken", write(bank, "bank.aiken"), SERVICES_EASY);

        assertEquals(bank.questions().size(), back.questions().size());
        for (int i = 0; i < bank.questions().size(); i++) {
            Question before = bank.questions().get(i);
            Question after = back.questions().get(i);
            assertEquals(before.text(), after.text());
            assertEquals(before.options(), after.options());
            assertEquals(before.correctIndex(), after.correctIndex());
            assertEquals(Fixtures.SERVICES, after.topic());
            assertEquals(Level.EASY, after.level());
        }
        assertEquals(List.of(), back.readIssues());
    }

    @Test
    void losesIdExplanationSourceAudienceAndKindAsDocumented() {
        Question after = Format.AIKEN.reader()
                .read("bank.aiken", write(Fixtures.sampleBank(), "bank.aiken"), SERVICES_EASY)
                .questions().getFirst();

        assertNull(after.id());
        assertNull(after.explanation());
        assertNull(after.source());
        assertEquals(Audience.ALL, after.audience(), "Aiken has no audience: every question is for everyone");
        assertNull(after.kind());
        assertFalse(Format.AIKEN.keepsEverything());
    }

    @Test
    void writesTheMoodleLayout() {
        String text = new String(write(Bank.of(List.of(Fixtures.question(null, "Thủ đô?", "Hà Nội", "Huế"))), "q.aiken"),
                StandardCharsets.UTF_8);

        assertEquals("Thủ đô?\nA. Hà Nội\nB. Huế\nANSWER: A\n\n", text);
    }

    @Test
    void reportsOptionsOutOfOrderWithTheirLine() {
        String aiken = "Câu hỏi?\nA. Một\nC. Ba\nANSWER: A\n";

        Bank bank = Format.AIKEN.reader().read("q.aiken", aiken.getBytes(StandardCharsets.UTF_8), SERVICES_EASY);

        assertEquals(IssueCodes.AIKEN_SYNTAX, bank.readIssues().getFirst().code());
        assertTrue(bank.readIssues().getFirst().messageVi().startsWith("Dòng 3 (q.aiken)"));
    }

    @Test
    void aQuestionMissingItsAnswerLineEndsAtTheBlankLine() {
        String aiken = "Câu một?\nA. Có\nB. Không\n\nCâu hai?\nA. Có\nB. Không\nANSWER: B\n";

        Bank bank = Format.AIKEN.reader().read("q.aiken", aiken.getBytes(StandardCharsets.UTF_8), SERVICES_EASY);

        assertEquals(2, bank.questions().size());
        assertEquals(Question.NO_ANSWER, bank.questions().get(0).correctIndex());
        assertEquals(1, bank.questions().get(1).correctIndex());
        assertEquals(5, bank.questions().get(1).location().number());
    }
}
