package vn.dongnai.contest.question;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The codes questions get when they arrive without one. */
class QuestionCodesTest {

    @Test
    void aTopicsInitialsWithoutDiacriticsMakeTheCodesPrefix() {
        assertEquals("dvctt", QuestionCodes.prefix("Dịch vụ công trực tuyến"));
        assertEquals("dtdt", QuestionCodes.prefix("Đường thủy – Đô thị"));
    }

    @Test
    void aTopicWithoutLettersGetsTheGeneralPrefix() {
        assertEquals("ch", QuestionCodes.prefix(null));
        assertEquals("ch", QuestionCodes.prefix(" – "));
    }

    @Test
    void theFirstQuestionOfANewTopicIsNumberOne() {
        assertEquals("dvctt-001", new QuestionCodes(Map.of()).codeFor("Dịch vụ công trực tuyến", "Câu hỏi?"));
    }

    @Test
    void aTextTheBankHoldsKeepsItsCodeWhateverItsSpacingOrCase() {
        QuestionCodes codes = new QuestionCodes(Map.of("dvctt-004", "Thủ tục nào được nộp trực tuyến?"));
        assertEquals("dvctt-004", codes.codeFor("Dịch vụ công trực tuyến", "  thủ tục  nào được nộp TRỰC TUYẾN? "));
    }

    @Test
    void aNewTextTakesTheNumberAfterTheHighestHeldOrReserved() {
        QuestionCodes codes = new QuestionCodes(Map.of("dvctt-004", "Một"));
        codes.reserve("dvctt-010");
        assertEquals("dvctt-011", codes.codeFor("Dịch vụ công trực tuyến", "Hai"));
        assertEquals("dvctt-012", codes.nextCode("Dịch vụ công trực tuyến"));
    }

    @Test
    void theSameNewTextTwiceInOneImportGetsOneCode() {
        QuestionCodes codes = new QuestionCodes(Map.of());
        assertEquals(codes.codeFor("Pháp luật", "Ba"), codes.codeFor("Pháp luật", "ba"));
    }
}
