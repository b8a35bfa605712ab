package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.bank.format.FormatTestSupport.read;
import static vn.dongnai.contest.bank.format.FormatTestSupport.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;

class CsvFormatTest {

    private static final String SEMICOLON_SHEET = """
            STT;Chủ đề;Mức độ;Câu hỏi;Đáp án A;Đáp án B;Đáp án C;Đáp án D;Đáp án E;Đáp án F;Đáp án đúng;Giải thích;Nguồn
            1;Dịch vụ công trực tuyến;Trung bình;"Câu có dấu ; và ""ngoặc"", đúng không?";Có;Không;;;;;A;;002_4edf477e206f9b12.txt — mục I
            """;

    @Test
    void roundTripKeepsEveryQuestion() {
        Bank bank = Fixtures.sampleBank();

        Bank back = read("bank.csv", write(bank, "bank.csv"));

        assertEquals(Fixtures.content(bank), Fixtures.content(back));
        assertEquals(List.of(), back.readIssues());
    }

    @Test
    void writesUtf8WithByteOrderMarkCommasAndTheTemplateHeader() {
        byte[] csv = write(Fixtures.sampleBank(), "bank.csv");

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("STT,Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án C,Đáp án D,Đáp án E,Đáp án F,"
                + "Đáp án đúng,Giải thích,Nguồn,Đối tượng,Loại câu hỏi,Mã\r\n"), text);
    }

    @Test
    void readsSemicolonSeparatedFilesWithQuotedValues() {
        Question question = read("bank.csv", SEMICOLON_SHEET).questions().getFirst();

        assertEquals("Câu có dấu ; và \"ngoặc\", đúng không?", question.text());
        assertEquals(List.of("Có", "Không"), question.options());
        assertEquals(Level.MEDIUM, question.level());
        assertEquals(2, question.location().number());
    }

    @Test
    void readsTheAudienceColumnAsOrganizersTypeItAndDefaultsToEveryone() {
        String sheet = SEMICOLON_SHEET.replace(";Nguồn\n", ";Nguồn;Đối tượng;Loại câu hỏi\n")
                .replace("— mục I\n", "— mục I;Người dân;Thực hành\n")
                + "2;Dịch vụ công trực tuyến;Dễ;Câu thứ hai?;Có;Không;;;;;B;;002_4edf477e206f9b12.txt — mục II;;\n";

        Bank bank = read("bank.csv", sheet);

        assertEquals(Audience.RESIDENTS, bank.questions().get(0).audience());
        assertEquals(Kind.PRACTICE, bank.questions().get(0).kind());
        assertEquals(Audience.ALL, bank.questions().get(1).audience());
        assertEquals(List.of(), bank.readIssues());
    }

    @Test
    void readsTheSameFileWithAByteOrderMark() {
        byte[] body = SEMICOLON_SHEET.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertEquals(read("bank.csv", SEMICOLON_SHEET).questions(), read("bank.csv", withBom).questions());
    }

    @Test
    void guardsValuesThatSpreadsheetsWouldRunAsFormulas() {
        String text = new String(write(Fixtures.sampleBank(), "bank.csv"), StandardCharsets.UTF_8);

        assertTrue(text.contains(",'=1+1 là công thức,"), text);
        assertTrue(text.contains(",'-5 điểm,"), text);
        assertTrue(text.contains(",'@mention,"), text);
    }

    @Test
    void keepsALineBreakInsideQuotesAsOneRowAndWarns() {
        String csv = "Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án đúng\n"
                + "Dịch vụ công trực tuyến,Dễ,\"Dòng một\ndòng hai?\",Có,Không,B\n";

        Bank bank = read("bank.csv", csv);

        assertEquals("Dòng một dòng hai?", bank.questions().getFirst().text());
        assertEquals(IssueCodes.LINE_BREAK, bank.readIssues().getFirst().code());
    }

    @Test
    void matchesHeadersWhateverTheirCaseSpacingOrDiacriticsAndIgnoresUnknownColumns() {
        String csv = "CHU DE , muc do,Ghi chú, Câu  hỏi ,dap an a,ĐÁP ÁN B,dap an dung,ma\n"
                + "Dịch vụ công trực tuyến,kho,bỏ qua,Câu hỏi?,Có,Không,b,dvctt-007\n";

        Bank bank = read("bank.csv", csv);

        Question question = bank.questions().getFirst();
        assertEquals("Dịch vụ công trực tuyến", question.topic());
        assertEquals(Level.HARD, question.level());
        assertEquals(1, question.correctIndex());
        assertEquals("dvctt-007", question.id());
        assertEquals(IssueCodes.IGNORED_COLUMNS, bank.readIssues().getFirst().code());
        assertTrue(bank.readIssues().getFirst().messageVi().contains("Ghi chú"));
    }

    @Test
    void refusesASheetWithoutTheRequiredColumns() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> read("bank.csv", "Câu hỏi,Đáp án A,Đáp án B,Đáp án đúng\nCâu?,Có,Không,A\n"));

        assertEquals("MISSING_COLUMNS", e.code());
        assertTrue(e.messageVi().contains("Chủ đề") && e.messageVi().contains("Mức độ"), e.messageVi());
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheRow() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> read("bank.csv", SEMICOLON_SHEET + "2;\"không đóng ngoặc;A\n"));

        assertEquals("UNCLOSED_QUOTE", e.code());
        assertTrue(e.messageEn().contains("row 3"), e.messageEn());
    }
}
