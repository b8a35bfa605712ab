package vn.dongnai.contest.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TableWriterTest {

    @Test
    void cellsThatAFormulaCouldStartWithGetALeadingApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\")", Cells.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+84912345678", Cells.text("+84912345678"));
        assertEquals("'-1+1", Cells.text("-1+1"));
        assertEquals("'@SUM(A1)", Cells.text("@SUM(A1)"));
        assertEquals("'\tcmd", Cells.text("\tcmd"));
        assertEquals("'＝1+1", Cells.text("＝1+1"));
        assertEquals("Sở Nội vụ", Cells.text("Sở Nội vụ"));
        assertEquals("a=b", Cells.text("a=b"));
    }

    @Test
    void csvStartsWithABomQuotesWhatNeedsItAndEndsLinesWithCrLf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTable table = new CsvTable(bytes)) {
            table.header(List.of("Họ và tên", "Đơn vị"));
            table.row("Nguyễn Thị Ánh", "Phòng \"Một\", Sở", 12, new BigDecimal("754.321"), null);
            table.finish(List.of());
        }
        byte[] raw = bytes.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(raw, 3));
        assertEquals("\uFEFFHọ và tên,Đơn vị\r\nNguyễn Thị Ánh,\"Phòng \"\"Một\"\", Sở\",12,754.321,\r\n",
                new String(raw, StandardCharsets.UTF_8));
    }

    @Test
    void xlsxKeepsDiacriticsAndNumbersAndNeutralisesFormulas() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxTable table = new XlsxTable(bytes, "Xếp hạng");
        table.header(List.of("Họ và tên", "Đơn vị", "Điểm"));
        for (int i = 0; i < 2500; i++) {
            table.row("Trần Thị Ngọc Ánh " + i, i == 7 ? "=1+1" : "Phường Trấn Biên", i);
        }
        table.finish(List.<String[]>of(new String[]{"Nội dung", "Kiểm thử"}));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2501, rows.size(), "every row survives the periodic flushes");
            assertEquals("Xếp hạng", workbook.getFirstSheet().getName());
            assertEquals("Trần Thị Ngọc Ánh 0", rows.get(1).getCellText(0));
            assertEquals("'=1+1", rows.get(8).getCellText(1));
            assertEquals(new BigDecimal("2499"), rows.get(2500).getCellAsNumber(2).orElseThrow());
            assertEquals("Kiểm thử", workbook.findSheet("Thông tin").orElseThrow().read().getFirst().getCellText(1));
        }
    }
}
