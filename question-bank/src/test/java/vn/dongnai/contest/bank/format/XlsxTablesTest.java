package vn.dongnai.contest.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Other workbooks (unit and commune catalogs) pass the same guard as a bank upload. */
class XlsxTablesTest {

    @Test
    void readsTheFirstSheetsNonEmptyRowsAsTextWithExcelRowNumbers() throws IOException {
        byte[] workbook = workbook(sheet -> {
            sheet.value(0, 0, "Tên đơn vị");
            sheet.value(0, 1, "Số người");
            sheet.value(2, 0, "Sở Nội vụ");
            sheet.value(2, 1, 120);
            sheet.formula(3, 0, "SUM(B3:B3)");
        });

        List<XlsxTables.Row> rows = XlsxTables.readFirstSheet("don-vi.xlsx", new ByteArrayInputStream(workbook));

        assertEquals(List.of(1, 3, 4), rows.stream().map(XlsxTables.Row::number).toList());
        assertEquals(List.of("Sở Nội vụ", "120"), rows.get(1).cells());
        assertEquals("=SUM(B3:B3)", rows.get(2).cell(0), "formulas are never evaluated");
    }

    @Test
    void refusesAZipBombLikeABankUpload() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(Zips.entries(workbook(sheet -> sheet.value(0, 0, "Tên"))));
        parts.put("xl/worksheets/sheet1.xml", new byte[20 << 20]);

        BankFormatException e = assertThrows(BankFormatException.class,
                () -> XlsxTables.readFirstSheet("bomb.xlsx", new ByteArrayInputStream(Zips.pack(parts))));

        assertEquals("ZIP_BOMB", e.code());
    }

    @Test
    void refusesAFileThatIsNotAnXlsx() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> XlsxTables.readFirstSheet("don-vi.csv", new ByteArrayInputStream(new byte[]{1, 2})));

        assertEquals("NOT_XLSX", e.code());
    }

    private interface Filler {
        void fill(Worksheet sheet);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Đơn vị");
        filler.fill(sheet);
        workbook.finish();
        return out.toByteArray();
    }
}
