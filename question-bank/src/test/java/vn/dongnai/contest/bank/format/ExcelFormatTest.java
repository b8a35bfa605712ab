package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.bank.format.FormatTestSupport.read;
import static vn.dongnai.contest.bank.format.FormatTestSupport.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Fixtures;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.validation.BankValidator;

class ExcelFormatTest {

    static final List<String> HEADERS = List.of("STT", "Chủ đề", "Mức độ", "Câu hỏi", "Đáp án A", "Đáp án B",
            "Đáp án C", "Đáp án D", "Đáp án E", "Đáp án F", "Đáp án đúng", "Giải thích", "Nguồn", "Đối tượng",
            "Loại câu hỏi");

    @Test
    void roundTripKeepsEveryQuestionWithSpreadsheetRowNumbers() {
        Bank bank = Fixtures.sampleBank();

        Bank back = read("bank.xlsx", write(bank, "bank.xlsx"));

        assertEquals(Fixtures.content(bank), Fixtures.content(back));
        assertEquals(List.of(), back.readIssues());
        assertEquals(2, back.questions().getFirst().location().number());
    }

    @Test
    void writesABoldFrozenHeaderWithWideQuestionColumn() {
        byte[] xlsx = write(Fixtures.sampleBank(), "bank.xlsx");

        String sheet = Zips.text(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""), sheet);
        assertTrue(sheet.contains("<col min=\"4\" max=\"4\" width=\"60"), sheet);
        assertTrue(Zips.text(xlsx, "xl/styles.xml").contains("<b/>"));
        assertTrue(sheet.contains("Dễ,Trung bình,Khó"), "difficulty drop-down");
        assertTrue(sheet.contains("all,officials,residents"), "audience drop-down");
    }

    @Test
    void templateHasTheDocumentedHeadersAndOneExampleRowThatValidates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BankFiles.writeTemplate(out);

        Bank template = read("mau.xlsx", out.toByteArray());

        assertEquals(1, template.questions().size());
        assertNull(template.questions().getFirst().id(), "organizers do not fill the id");
        assertTrue(new BankValidator().validate(template).ok());
        assertFalse(template.questions().getFirst().source().matches("(?s).*\\.(txt|docx?|pdf).*"),
                "the example names a document people know, not a file of ours: " + template.questions().getFirst().source());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            Row header = sheets.getFirst().read().getFirst();
            assertEquals(HEADERS, header.stream().map(Cell::getText).toList());
            assertEquals(List.of("Câu hỏi", "Hướng dẫn"), sheets.stream().map(Sheet::getName).toList());
        }
    }

    @Test
    void findsTheHeaderBelowATitleRowOnALaterSheet() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.value(0, 0, "NGÂN HÀNG CÂU HỎI 2025");
            header(sheet, 2);
            row(sheet, 3, "Dịch vụ công trực tuyến", "Dễ", "Câu hỏi?", "Có", "Không", "A");
        }, true);

        Bank bank = read("bank.xlsx", xlsx);

        assertEquals(1, bank.questions().size());
        assertEquals(4, bank.questions().getFirst().location().number());
    }

    @Test
    void readsADateCellAsTheDateTheOrganizerTypedAndWarns() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet, 0);
            row(sheet, 1, "Dịch vụ công trực tuyến", "Dễ", "Ngày ban hành?", "x", "17/12/2024", "A");
            sheet.value(1, 3, LocalDate.of(2025, 3, 24));
            sheet.style(1, 3).format("d/m/yyyy").set();
        }, false);

        Bank bank = read("bank.xlsx", xlsx);

        assertEquals("24/3/2025", bank.questions().getFirst().options().getFirst());
        Issue warning = bank.readIssues().getFirst();
        assertEquals(IssueCodes.DATE_CELL, warning.code());
        assertTrue(warning.messageVi().startsWith("Dòng 2 (bank.xlsx)"), warning.messageVi());
    }

    @Test
    void readsNumbersAsTyped() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet, 0);
            row(sheet, 1, "Dịch vụ công trực tuyến", "Dễ", "Năm nào?", "x", "2030", "A");
            sheet.value(1, 3, 2025);
        }, false);

        Question question = read("bank.xlsx", xlsx).questions().getFirst();

        assertEquals(List.of("2025", "2030"), question.options());
        assertEquals(List.of(), read("bank.xlsx", xlsx).readIssues());
    }

    interface SheetFiller {
        void fill(Worksheet sheet) throws IOException;
    }

    /** A workbook written cell by cell, optionally after a sheet that holds no questions. */
    static byte[] workbook(SheetFiller filler, boolean helpSheetFirst) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        if (helpSheetFirst) {
            workbook.newWorksheet("Hướng dẫn").value(0, 0, "Điền câu hỏi ở trang sau.");
        }
        filler.fill(workbook.newWorksheet("Câu hỏi"));
        workbook.finish();
        return out.toByteArray();
    }

    /** The six columns a sheet needs (no STT, no E/F): Chủ đề, Mức độ, Câu hỏi, A, B, Đáp án đúng. */
    static void header(Worksheet sheet, int row) {
        List<String> titles = List.of("Chủ đề", "Mức độ", "Câu hỏi", "Đáp án A", "Đáp án B", "Đáp án đúng");
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(row, c, titles.get(c));
        }
    }

    static void row(Worksheet sheet, int row, String... values) {
        for (int c = 0; c < values.length; c++) {
            sheet.value(row, c, values[c]);
        }
    }
}
