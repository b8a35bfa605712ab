package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.bank.format.FormatTestSupport.read;
import static vn.dongnai.contest.bank.format.FormatTestSupport.write;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;

/** Uploads come from anyone: every way a file can attack or break the reader ends in one clear error. */
class HostileFilesTest {

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    @Test
    void refusesAZipBombBeforeItInflates() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Zips.entries(write(Fixtures.sampleBank(), "bank.xlsx")));
        parts.put("xl/worksheets/sheet1.xml", new byte[20 << 20]);

        BankFormatException e = assertThrows(BankFormatException.class,
                () -> BankFiles.read("bomb.xlsx", new ByteArrayInputStream(Zips.pack(parts))));

        assertEquals("ZIP_BOMB", e.code());
        assertTrue(e.messageVi().contains("bomb.xlsx"));
    }

    @Test
    void measuresEntrySizesInsteadOfTrustingTheHeaders() {
        byte[] incompressible = new byte[2 << 20];
        new Random(1).nextBytes(incompressible);
        byte[] lying = Zips.lieAboutUncompressedSizes(Zips.pack(Map.of("xl/worksheets/sheet1.xml", incompressible)), 100);
        XlsxGuard guard = new XlsxGuard(new XlsxGuard.Limits(10, 1 << 20, 64 << 20, 1_000, 1 << 10));

        BankFormatException e = assertThrows(BankFormatException.class,
                () -> guard.sanitize("lying.xlsx", lying, new ArrayList<>()));

        assertEquals("ZIP_ENTRY_TOO_LARGE", e.code());
    }

    @Test
    void refusesAWorkbookWhosePartsInflateTooMuchAltogether() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            byte[] part = new byte[300 << 10];
            new Random(i).nextBytes(part);
            parts.put("xl/part" + i + ".xml", part);
        }
        XlsxGuard guard = new XlsxGuard(new XlsxGuard.Limits(10, 1 << 20, 1 << 20, 1_000, 1 << 10));

        BankFormatException e = assertThrows(BankFormatException.class,
                () -> guard.sanitize("big.xlsx", Zips.pack(parts), new ArrayList<>()));

        assertEquals("ZIP_TOO_LARGE", e.code());
    }

    @Test
    void refusesAWorkbookWithTooManyParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            parts.put("xl/part" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        }
        XlsxGuard guard = new XlsxGuard(new XlsxGuard.Limits(10, 1 << 20, 1 << 20, 100, 1 << 10));

        BankFormatException e = assertThrows(BankFormatException.class,
                () -> guard.sanitize("many.xlsx", Zips.pack(parts), new ArrayList<>()));

        assertEquals("ZIP_TOO_MANY_ENTRIES", e.code());
    }

    @Test
    void refusesAnEntityDeclarationInTheSharedStrings() {
        byte[] xlsx = Zips.with(write(Fixtures.sampleBank(), "bank.xlsx"), SHARED_STRINGS, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>
                """);

        BankFormatException e = assertThrows(BankFormatException.class, () -> read("lol.xlsx", xlsx));

        assertEquals("XML_DTD", e.code());
        assertTrue(e.messageEn().contains(SHARED_STRINGS), e.messageEn());
    }

    @Test
    void theSpreadsheetReaderOnItsOwnAlsoRefusesToExpandEntities() {
        byte[] xlsx = Zips.with(write(Fixtures.sampleBank(), "bank.xlsx"), SHARED_STRINGS,
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"EXPANDED\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&a;</t></si></sst>");

        assertThrows(RuntimeException.class, () -> {
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                workbook.getFirstSheet().read();
            }
        }, "second line of defence: fastexcel-reader's XML factory has DTD support off");
    }

    @Test
    void refusesAnExternalEntityHiddenInUtf16() {
        String sheet = """
                <?xml version="1.0" encoding="UTF-16"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>
                """;
        byte[] xlsx = Zips.with(write(Fixtures.sampleBank(), "bank.xlsx"), "xl/worksheets/sheet1.xml",
                sheet.getBytes(StandardCharsets.UTF_16));

        assertEquals("XML_DTD", assertThrows(BankFormatException.class, () -> read("xxe.xlsx", xlsx)).code());
    }

    @Test
    void refusesAFileLargerThanTheLimitWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        BankFormatException e = assertThrows(BankFormatException.class, () -> BankFiles.read("huge.csv", endless));

        assertEquals("FILE_TOO_LARGE", e.code());
    }

    @Test
    void refusesMoreQuestionsThanTheLimitInCsv() {
        StringBuilder csv = new StringBuilder("Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án đúng\n");
        for (int i = 0; i <= BankFiles.MAX_QUESTIONS; i++) {
            csv.append("Chủ đề,Dễ,Câu ").append(i).append("?,Có,Không,A\n");
        }

        assertEquals("TOO_MANY_QUESTIONS", assertThrows(BankFormatException.class, () -> read("many.csv", csv.toString())).code());
    }

    @Test
    void refusesMoreQuestionsThanTheLimitInExcel() throws Exception {
        byte[] xlsx = ExcelFormatTest.workbook(sheet -> {
            ExcelFormatTest.header(sheet, 0);
            for (int r = 1; r <= BankFiles.MAX_QUESTIONS + 1; r++) {
                ExcelFormatTest.row(sheet, r, "Chủ đề", "Dễ", "Câu " + r + "?", "Có", "Không", "A");
            }
        }, false);

        assertEquals("TOO_MANY_QUESTIONS", assertThrows(BankFormatException.class, () -> read("many.xlsx", xlsx)).code());
    }

    @Test
    void readsAMacroWorkbookAsDataOnlyAndDropsTheMacros() {
        byte[] macro = new byte[4096];
        new Random(7).nextBytes(macro);
        byte[] xlsm = Zips.with(write(Fixtures.sampleBank(), "bank.xlsx"), "xl/vbaProject.bin", macro);

        Bank bank = read("bank.xlsm", xlsm);

        assertEquals(Fixtures.content(Fixtures.sampleBank()), Fixtures.content(bank));
        assertEquals(List.of(IssueCodes.MACROS_IGNORED), bank.readIssues().stream().map(Issue::code).toList());
        assertEquals("UNSUPPORTED_FORMAT", assertThrows(BankFormatException.class, () -> Format.forWriting("out.xlsm")).code());
    }

    @Test
    void readsAFormulaCellAsItsCachedValueNeverEvaluatingItAndWarns() throws Exception {
        byte[] xlsx = ExcelFormatTest.workbook(sheet -> {
            ExcelFormatTest.header(sheet, 0);
            ExcelFormatTest.row(sheet, 1, "Chủ đề", "Dễ", "Một cộng một?", "x", "Hai", "A");
            sheet.formula(1, 3, "1+1");
        }, false);
        String sheetXml = Zips.text(xlsx, "xl/worksheets/sheet1.xml");
        byte[] cached = Zips.with(xlsx, "xl/worksheets/sheet1.xml",
                sheetXml.replace("<f>1+1</f>", "<f>1+1</f><v>3</v>"));

        Bank bank = read("formula.xlsx", cached);

        assertEquals("3", bank.questions().getFirst().options().getFirst());
        Issue warning = bank.readIssues().getFirst();
        assertEquals(IssueCodes.FORMULA_CELL, warning.code());
        assertTrue(warning.messageVi().startsWith("Dòng 2 (formula.xlsx)") && warning.messageVi().contains("=1+1"),
                warning.messageVi());
    }

    @Test
    void readsAFormulaWithoutCachedValueAsItsLiteralText() throws Exception {
        byte[] xlsx = ExcelFormatTest.workbook(sheet -> {
            ExcelFormatTest.header(sheet, 0);
            ExcelFormatTest.row(sheet, 1, "Chủ đề", "Dễ", "Một cộng một?", "x", "Hai", "A");
            sheet.formula(1, 3, "1+1");
        }, false);

        assertEquals("=1+1", read("formula.xlsx", xlsx).questions().getFirst().options().getFirst());
    }

    @Test
    void refusesAnOldExcelOrPasswordProtectedFileWithAHint() {
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 512);

        BankFormatException e = assertThrows(BankFormatException.class, () -> read("old.xlsx", ole2));

        assertEquals("LEGACY_OR_ENCRYPTED", e.code());
        assertTrue(e.messageVi().contains(".xlsx"));
    }

    @Test
    void refusesBytesThatAreNotASpreadsheet() {
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);

        assertEquals("NOT_XLSX", assertThrows(BankFormatException.class, () -> read("noise.xlsx", noise)).code());
    }

    @Test
    void refusesATruncatedWorkbookWithAFormatErrorNotACrash() {
        byte[] whole = write(Fixtures.sampleBank(), "bank.xlsx");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        BankFormatException e = assertThrows(BankFormatException.class, () -> read("cut.xlsx", truncated));

        assertTrue(Set.of("NOT_XLSX", "XLSX_MALFORMED").contains(e.code()), e.code());
    }

    @Test
    void refusesMalformedSheetXmlWithAFormatError() {
        byte[] xlsx = Zips.with(write(Fixtures.sampleBank(), "bank.xlsx"), "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"");

        assertEquals("XLSX_MALFORMED", assertThrows(BankFormatException.class, () -> read("bad.xlsx", xlsx)).code());
    }
}
