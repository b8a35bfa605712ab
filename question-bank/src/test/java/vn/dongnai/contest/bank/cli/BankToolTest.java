package vn.dongnai.contest.bank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.format.BankFiles;

class BankToolTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new BankTool(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sampleFile(String name) throws Exception {
        Path file = dir.resolve(name);
        BankFiles.write(Fixtures.sampleBank(), file);
        return file;
    }

    @Test
    void validateExitsZeroForACleanBank() throws Exception {
        assertEquals(BankTool.OK, run("validate", sampleFile("bank.xlsx").toString()));
        assertTrue(out().contains("5 câu hỏi, 0 lỗi"), out());
    }

    @Test
    void validateExitsOneAndPrintsTheLineOfEachError() throws Exception {
        Path file = dir.resolve("dvctt.txt");
        Files.writeString(file, "topic: Dịch vụ công trực tuyến\n\nid: dvctt-001\nlevel: Dễ\nquestion: Câu?\nA: Có\nB: Không\n");

        assertEquals(BankTool.HAS_ERRORS, run("validate", file.toString()));
        assertTrue(out().startsWith("LỖI") && out().contains("Dòng 3 (dvctt.txt): thiếu đáp án đúng"), out());
    }

    @Test
    void englishMessagesWithLangEn() throws Exception {
        Path file = dir.resolve("dvctt.txt");
        Files.writeString(file, "topic: Dịch vụ công trực tuyến\n\nid: dvctt-001\nlevel: Dễ\nquestion: Câu?\nA: Có\nB: Không\n");

        run("validate", file.toString(), "--lang", "en");

        assertTrue(out().startsWith("ERROR") && out().contains("Line 3 (dvctt.txt): the correct answer"), out());
    }

    @Test
    void validateChecksTopicsAgainstAListWhenGiven() throws Exception {
        Path topics = dir.resolve("topics.txt");
        Files.writeString(topics, Fixtures.SERVICES + "\n");

        assertEquals(BankTool.HAS_ERRORS, run("validate", sampleFile("bank.csv").toString(), "--topics", topics.toString()));
        assertTrue(out().contains("TOPIC_UNKNOWN"), out());
    }

    @Test
    void statsPrintsTopicByLevelTableLetterSpreadAndDuplicates() throws Exception {
        assertEquals(BankTool.OK, run("stats", sampleFile("bank.txt").toString()));

        String text = out();
        assertTrue(text.contains("Chủ đề                   Dễ  Trung bình  Khó  Tổng"), text);
        assertTrue(text.contains("Dịch vụ công trực tuyến   1           1    1     3"), text);
        assertTrue(text.contains("Tổng cộng                 2           2    1     5"), text);
        assertTrue(text.contains("  A      2   40,0%"), text);
        assertTrue(text.contains("  F      1   20,0%"), text);
        assertTrue(text.contains("Trùng lặp: 0 câu trùng hẳn, 0 câu gần trùng, 0 câu hỏi lại cùng nội dung"), text);
    }

    @Test
    void statsPrintsTheKeyLongestShareAndTheMixByAudienceAndKind() throws Exception {
        assertEquals(BankTool.OK, run("stats", sampleFile("bank.txt").toString()));

        String text = out();
        // no sample key is longer than all its options: "2021–2030" ties "2016–2020", "Sáu" ties "Một"
        assertTrue(text.contains("Đáp án đúng là phương án dài nhất: 0/5 câu (0,0%; nên ≤ 30%)"), text);
        assertTrue(text.contains("  Mọi đối tượng           3   60,0%"), text);
        assertTrue(text.contains("  Người dân               1   20,0%"), text);
        assertTrue(text.contains("Theo loại câu hỏi (2 câu đã gắn loại, 3 chưa gắn):"), text);
        assertTrue(text.contains("  Thực hành                     1   50,0%"), text);
    }

    @Test
    void validatePrintsTheMixTooSoWritersSeeTheBalance() throws Exception {
        assertEquals(BankTool.OK, run("validate", sampleFile("bank.txt").toString(), "--lang", "en"));

        String text = out();
        assertTrue(text.contains("By kind (2 tagged, 3 untagged):"), text);
        assertTrue(text.contains("  Practice + understanding 50.0% (need ≥ 40%), figures 50.0% (≤ 20%), agency 0.0% (≤ 15%)"), text);
        assertTrue(text.indexOf("By audience:") < text.indexOf("Result: 5 questions"), text);
    }

    @Test
    void convertWritesTheTargetFormatThatReadsBackTheSame() throws Exception {
        Path target = dir.resolve("bank.csv");

        assertEquals(BankTool.OK, run("convert", sampleFile("bank.xlsx").toString(), target.toString()));

        assertEquals(Fixtures.content(Fixtures.sampleBank()), Fixtures.content(BankFiles.read(target)));
    }

    @Test
    void convertToAPathEndingInASlashWritesOneTextFilePerTopic() throws Exception {
        Path target = dir.resolve("bank");

        assertEquals(BankTool.OK, run("convert", sampleFile("bank.xlsx").toString(), target + "/"));

        assertTrue(Files.exists(target.resolve("dvctt.txt")) && Files.exists(target.resolve("cchc.txt")));
    }

    @Test
    void convertFromAikenTakesTopicAndLevelFromOptions() throws Exception {
        Path aiken = dir.resolve("q.aiken");
        Files.writeString(aiken, "Thủ đô của Việt Nam?\nA. Hà Nội\nB. Huế\nANSWER: A\n");
        Path target = dir.resolve("q.txt");

        assertEquals(BankTool.OK, run("convert", aiken.toString(), target.toString(),
                "--topic", Fixtures.SERVICES, "--level", "easy", "--force"));

        String text = Files.readString(target);
        assertTrue(text.contains("topic: " + Fixtures.SERVICES) && text.contains("level: Dễ"), text);
    }

    @Test
    void convertRefusesToWriteABankWithErrors() throws Exception {
        Path aiken = dir.resolve("q.aiken");
        Files.writeString(aiken, "Thủ đô của Việt Nam?\nA. Hà Nội\nB. Huế\nANSWER: A\n");
        Path target = dir.resolve("q.txt");

        assertEquals(BankTool.HAS_ERRORS, run("convert", aiken.toString(), target.toString()));
        assertTrue(Files.notExists(target));
        assertTrue(err().contains("--force"), err());
    }

    @Test
    void convertToAikenSaysWhatIsLost() throws Exception {
        assertEquals(BankTool.OK, run("convert", sampleFile("bank.txt").toString(), dir.resolve("q.aiken").toString()));
        assertTrue(err().contains("Aiken không có chủ đề, mức độ"), err());
    }

    @Test
    void exitsTwoWithUsageForAWrongCommandLine() {
        assertEquals(BankTool.USAGE, run("check", "bank"));
        assertTrue(err().contains("Mã thoát:"), err());
    }

    @Test
    void exitsThreeWhenTheFileCannotBeRead() {
        assertEquals(BankTool.UNREADABLE, run("validate", dir.resolve("missing.xlsx").toString(), "--lang", "en"));
        assertTrue(err().contains("Not found: missing.xlsx"), err());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertEquals(BankTool.OK, run("--help", "--lang", "en"));
        assertTrue(out().contains("Exit codes:") && out().contains("3  a file could not be read"), out());
    }
}
