package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.bank.format.FormatTestSupport.read;
import static vn.dongnai.contest.bank.format.FormatTestSupport.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;

class TextFormatTest {

    private static final String DOC_EXAMPLE = """
            # Nguồn chính: 002_4edf477e206f9b12.txt (Kế hoạch 104/KH-UBND)
            topic: Dịch vụ công trực tuyến

            id: dvctt-001
            level: Dễ
            question: Kế hoạch 104/KH-UBND của UBND tỉnh Đồng Nai được ban hành ngày nào?
            A: 24/3/2025
            B: 17/12/2024
            C: 10/10/2025
            D: 29/6/2025
            answer: A
            explanation: Kế hoạch số 104/KH-UBND ngày 24/3/2025 triển khai Quyết định 1588/QĐ-TTg.
            source: 002_4edf477e206f9b12.txt — phần mở đầu
            """;

    @Test
    void readsTheExampleFromTheFormatDocument() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE);

        assertEquals(List.of("Dịch vụ công trực tuyến"), bank.topics());
        Question question = bank.questions().getFirst();
        assertEquals("dvctt-001", question.id());
        assertEquals(Level.EASY, question.level());
        assertEquals(List.of("24/3/2025", "17/12/2024", "10/10/2025", "29/6/2025"), question.options());
        assertEquals(0, question.correctIndex());
        assertEquals("002_4edf477e206f9b12.txt — phần mở đầu", question.source());
        assertEquals(4, question.location().number());
        assertEquals(List.of(), bank.readIssues());
    }

    @Test
    void roundTripKeepsEveryQuestionAndTopic() {
        Bank bank = Fixtures.sampleBank();

        Bank back = read("bank.txt", write(bank, "bank.txt"));

        assertEquals(Fixtures.content(bank), Fixtures.content(back));
        assertEquals(bank.topics(), back.topics());
        assertEquals(List.of(), back.readIssues());
    }

    @Test
    void readsAudienceAndKindAndTakesEveryoneWhenTheAudienceIsAbsent() {
        String tagged = DOC_EXAMPLE.replace("level: Dễ\n", "level: Dễ\naudience: residents\nkind: practice\n");

        Question question = read("dvctt.txt", tagged).questions().getFirst();
        Question untagged = read("dvctt.txt", DOC_EXAMPLE).questions().getFirst();

        assertEquals(Audience.RESIDENTS, question.audience());
        assertEquals(Kind.PRACTICE, question.kind());
        assertEquals(Audience.ALL, untagged.audience());
        assertNull(untagged.kind());
    }

    @Test
    void writesAudienceAndKindLinesAfterTheLevel() {
        String text = new String(write(Fixtures.sampleBank(), "bank.txt"), StandardCharsets.UTF_8);

        assertTrue(text.contains("id: dvctt-002\nlevel: Trung bình\naudience: residents\nkind: practice\nquestion:"), text);
        assertTrue(text.contains("id: cchc-001\nlevel: Dễ\naudience: officials\nquestion:"), text);
    }

    @Test
    void reportsAnUnknownAudienceOrKindWithItsLine() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE.replace("level: Dễ\n", "level: Dễ\naudience: học sinh\nkind: trivia\n"));

        assertTrue(only(bank, IssueCodes.UNKNOWN_AUDIENCE).messageVi().contains("'học sinh'"));
        assertTrue(only(bank, IssueCodes.UNKNOWN_KIND).messageEn().contains("practice, understanding, figure, agency, wording"));
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        byte[] body = DOC_EXAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Bank bank = read("dvctt.txt", withBom);

        assertEquals("dvctt-001", bank.questions().getFirst().id());
        assertEquals("24/3/2025", bank.questions().getFirst().options().getFirst());
    }

    @Test
    void reportsAnUnknownKeyWithItsLine() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE.replace("answer: A", "anwser: A"));

        Issue issue = only(bank, IssueCodes.UNKNOWN_KEY);
        assertEquals(11, issue.rowOrLine());
        assertTrue(issue.messageVi().startsWith("Dòng 11 (dvctt.txt)"), issue.messageVi());
    }

    @Test
    void reportsAQuestionWithoutIdWithTheLineItStartsOn() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE.replace("id: dvctt-001\n", ""));

        assertTrue(only(bank, IssueCodes.MISSING_ID).messageEn().startsWith("Line 4 (dvctt.txt)"));
    }

    @Test
    void reportsARepeatedKey() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE.replace("B: 17/12/2024", "A: 17/12/2024"));

        assertTrue(only(bank, IssueCodes.DUPLICATE_KEY).messageVi().contains("Dòng 8"));
    }

    @Test
    void reportsAQuestionBeforeAnyTopicLine() {
        Bank bank = read("dvctt.txt", DOC_EXAMPLE.replace("topic: Dịch vụ công trực tuyến\n", ""));

        assertTrue(only(bank, IssueCodes.NO_TOPIC).messageVi().contains("Dòng 3"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] windows1258 = {'t', 'o', 'p', 'i', 'c', ':', ' ', (byte) 0xD0, (byte) 0xE3, '\n'};

        BankFormatException e = assertThrows(BankFormatException.class, () -> read("dvctt.txt", windows1258));

        assertEquals("NOT_UTF8", e.code());
        assertTrue(e.messageVi().contains("dvctt.txt"));
    }

    @Test
    void readsADirectoryOfTopicFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), DOC_EXAMPLE.replace("dvctt-001", "dvctt-002"));
        Files.writeString(dir.resolve("a.txt"), DOC_EXAMPLE);
        Files.writeString(dir.resolve("notes.md"), "not part of the bank");

        Bank bank = BankFiles.read(dir);

        assertEquals(List.of("dvctt-001", "dvctt-002"), bank.questions().stream().map(Question::id).toList());
        assertEquals("b.txt", bank.questions().get(1).location().file());
    }

    @Test
    void writesADirectoryWithOneFileNamedAfterEachTopicsIdPrefix(@TempDir Path dir) throws Exception {
        BankFiles.writeDirectory(Fixtures.sampleBank(), dir);

        assertTrue(Files.exists(dir.resolve("dvctt.txt")));
        assertTrue(Files.exists(dir.resolve("cchc.txt")));
        assertEquals(Set.copyOf(Fixtures.content(Fixtures.sampleBank())), Set.copyOf(Fixtures.content(BankFiles.read(dir))));
    }

    static Issue only(Bank bank, String code) {
        List<Issue> found = bank.readIssues().stream().filter(i -> i.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + bank.readIssues());
        return found.getFirst();
    }
}
