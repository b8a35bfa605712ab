package vn.dongnai.contest.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The final report as a Word document in the style of a Vietnamese administrative report (Decree
 * 30/2020/NĐ-CP: Times New Roman 13, A4, the national motto, numbered parts, signature block), with
 * native Word charts drawn by POI's XDDF API: each chart carries its own data sheet, so the
 * department can restyle or re-plot it in Word, and a test reads the plotted numbers back.
 */
final class ReportDocument {

    static final String FONT = "Times New Roman";
    static final String CHART_DAYS = "Đăng ký mới và người dự thi lần đầu theo ngày";
    static final String CHART_SCORES = "Phân bố điểm (số lượt thi đã chấm)";
    static final String CHART_UNITS = "Tỷ lệ tham gia theo đơn vị (%)";
    /** Units on the participation chart: the highest rates, so the chart stays readable on A4. */
    static final int CHART_UNITS_SHOWN = 15;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final byte[] BLUE = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    private static final byte[] ORANGE = {(byte) 0xC5, (byte) 0x5A, (byte) 0x11};

    private final XWPFDocument doc = new XWPFDocument();
    private int part;

    private ReportDocument() {
    }

    static void write(ReportFigures f, OutputStream out) throws IOException {
        ReportDocument d = new ReportDocument();
        try (XWPFDocument doc = d.doc) {
            d.build(f);
            doc.write(out);
        }
    }

    private void build(ReportFigures f) throws IOException {
        page();
        heading(f);
        ReportFigures.Totals t = f.totals();
        section("Tổng quan");
        text("Cuộc thi “" + f.scope().contestName() + "” do " + f.scope().organizer() + " tổ chức"
                + (f.scope().roundId() == null ? " gồm " + f.scope().rounds().size() + " đợt thi ("
                + String.join(", ", f.scope().rounds()) + ")." : "; báo cáo này tổng kết " + f.scope().label() + ".")
                + " Trong thời gian từ " + ReportWorkbook.time(f.scope().from()) + " đến "
                + ReportWorkbook.time(f.scope().until()) + " có " + n(t.registrations()) + " lượt đăng ký mới; "
                + n(t.participants()) + " người đã dự thi với " + n(t.attemptsStarted()) + " lượt thi, trong đó "
                + n(t.attemptsSubmitted()) + " lượt đã nộp bài (tỷ lệ hoàn thành "
                + ReportWorkbook.decimal(t.completionPercent()) + "%).", false);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] line : ReportWorkbook.overview(f)) {
            rows.add(List.of(line[0].toString(), cell(line[1])));
        }
        table(List.of("Chỉ tiêu", "Số liệu"), rows, new int[]{55, 45});

        section("Đăng ký và tham gia theo thời gian");
        if (f.days().isEmpty()) {
            text("Chưa có số liệu.", true);
        } else {
            barChart(CHART_DAYS, f.days().stream().map(d -> SHORT_DAY.format(d.day())).toArray(String[]::new),
                    List.of("Đăng ký mới", "Người dự thi lần đầu"),
                    List.of(f.days().stream().map(d -> (double) d.registrations()).toArray(Double[]::new),
                            f.days().stream().map(d -> (double) d.newParticipants()).toArray(Double[]::new)),
                    BarDirection.COL, "Ngày", "Số người");
            table(List.of("Ngày", "Đăng ký mới", "Dự thi lần đầu", "Lượt thi bắt đầu", "Lượt thi đã nộp"),
                    f.days().stream().map(d -> List.of(ReportWorkbook.DAY.format(d.day()), n(d.registrations()),
                            n(d.newParticipants()), n(d.attemptsStarted()), n(d.attemptsSubmitted()))).toList(),
                    new int[]{24, 19, 19, 19, 19});
        }

        section("Tham gia theo đối tượng");
        table(List.of("Đối tượng", "Người dự thi", "Lượt thi", "Đã nộp", "Điểm trung bình"),
                f.groups().stream().map(g -> List.of(g.label(), n(g.participants()), n(g.attempts()),
                        n(g.attemptsSubmitted()), ReportWorkbook.decimal(g.averageScore()))).toList(),
                new int[]{36, 16, 16, 16, 16});

        section("Tham gia theo đơn vị và xã, phường");
        List<ReportFigures.Area> rated = f.units().stream().filter(a -> a.ratePercent() != null)
                .sorted(Comparator.comparing(ReportFigures.Area::ratePercent).reversed()).limit(CHART_UNITS_SHOWN).toList();
        if (!rated.isEmpty()) {
            // horizontal bars list from the bottom up: reverse so the highest rate is on top
            List<ReportFigures.Area> bottomUp = new ArrayList<>(rated);
            java.util.Collections.reverse(bottomUp);
            barChart(CHART_UNITS, bottomUp.stream().map(ReportFigures.Area::name).toArray(String[]::new),
                    List.of("Tỷ lệ tham gia (%)"),
                    List.<Double[]>of(bottomUp.stream().map(a -> a.ratePercent().doubleValue()).toArray(Double[]::new)),
                    BarDirection.BAR, null, "%");
        }
        subheading("1. Theo đơn vị");
        areaTable("Đơn vị", f.units());
        subheading("2. Theo xã, phường");
        areaTable("Xã, phường", f.communes());

        section("Kết quả bài thi");
        if (!f.scores().isEmpty()) {
            barChart(CHART_SCORES, f.scores().stream().map(s -> String.valueOf(s.score())).toArray(String[]::new),
                    List.of("Số lượt thi"),
                    List.<Double[]>of(f.scores().stream().map(s -> (double) s.attempts()).toArray(Double[]::new)),
                    BarDirection.COL, "Điểm", "Số lượt thi");
        }
        subheading("1. Các câu hỏi khó nhất (tỷ lệ trả lời đúng thấp nhất)");
        questionTable(f.hardest());
        subheading("2. Các câu hỏi dễ nhất (tỷ lệ trả lời đúng cao nhất)");
        questionTable(f.easiest());

        section("Chấm lại và truất quyền dự thi");
        subheading("1. Chấm lại sau khi sửa đáp án");
        if (f.regrades().isEmpty()) {
            text("Không có lần chấm lại nào.", true);
        } else {
            table(List.of("Thời gian", "Đợt thi", "Câu hỏi", "Đáp án", "Lượt đổi điểm", "Lý do"),
                    f.regrades().stream().map(r -> List.of(ReportWorkbook.time(r.at()), r.round(), r.questionCode(),
                            r.keyBefore() + " → " + r.keyAfter(), n(r.attemptsChanged()) + "/" + n(r.attemptsRescored()),
                            r.reason() == null ? "" : r.reason())).toList(), new int[]{16, 14, 12, 10, 13, 35});
        }
        subheading("2. Truất quyền dự thi");
        if (f.disqualifications().isEmpty()) {
            text("Không có trường hợp nào bị truất quyền.", true);
        } else {
            table(List.of("Thời gian", "Đợt thi", "Người dự thi", "Đơn vị", "Lý do"),
                    f.disqualifications().stream().map(d -> List.of(ReportWorkbook.time(d.at()), d.round(), d.displayName(),
                            d.unit() == null ? "" : d.unit(), d.reason())).toList(), new int[]{16, 14, 18, 22, 30});
        }

        section("Kết quả giải thưởng");
        subheading("1. Giải cá nhân");
        if (f.individualPrizes().isEmpty()) {
            text("Chưa có quyết định khen thưởng nào được công bố.", true);
        } else {
            table(List.of("Phạm vi", "Giải", "Họ và tên", "Đơn vị", "Điểm", "Tiền thưởng (đồng)"),
                    f.individualPrizes().stream().map(p -> List.of(p.scope(), p.tier(), p.fullName(),
                            p.unit() == null ? "" : p.unit(), n(p.score()), n(p.amountVnd()))).toList(),
                    new int[]{14, 16, 22, 24, 8, 16});
        }
        subheading("2. Giải tập thể");
        if (f.collectivePrizes().isEmpty()) {
            text("Không có giải tập thể được công bố.", true);
        } else {
            table(List.of("Giải", "Đơn vị", "Người dự thi", "Tỷ lệ tham gia (%)", "Tiền thưởng (đồng)"),
                    f.collectivePrizes().stream().map(p -> List.of(p.tier(), p.unit(), n(p.participants()),
                            ReportWorkbook.decimal(p.ratePercent()), n(p.amountVnd()))).toList(),
                    new int[]{18, 34, 14, 16, 18});
        }

        section("Bảng xếp hạng đã chốt");
        text("Kết quả xếp hạng của mỗi đợt thi được chốt khi khóa đợt thi và niêm phong bằng mã băm SHA-256; "
                + "bất kỳ thay đổi nào sau đó đều làm mã băm khác đi.", false);
        if (f.rankings().isEmpty()) {
            text("Chưa có đợt thi nào được khóa.", true);
        } else {
            table(List.of("Đợt thi", "Chốt lúc", "Số bài", "Mã băm SHA-256"),
                    f.rankings().stream().map(r -> List.of(r.round(), ReportWorkbook.time(r.computedAt()), n(r.entries()),
                            r.hash())).toList(), new int[]{16, 18, 10, 56});
        }
        signature(f);
    }

    // Layout

    /** The text width between the margins below: 11906 − 1701 − 850 twips (16.5 cm). */
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;
    /** The header's columns: the issuing body on the left (about 6.2 cm), the national motto on the right. */
    private static final int HEAD_LEFT = 3515;
    private static final int HEAD_RIGHT = TEXT_WIDTH - HEAD_LEFT;

    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        // Decree 30/2020: top and bottom 2 cm, left 3 cm, right 1.5 cm (in twentieths of a point)
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private void heading(ReportFigures f) {
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        // the usual two-column administrative header (Decree 30/2020, Appendix I), in fixed twips:
        // percentages leave the column widths to the word processor, and LibreOffice split the
        // motto over two lines; the right column is wide enough for it on one at 12 pt bold
        head.setWidth(String.valueOf(HEAD_LEFT + HEAD_RIGHT));
        head.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = head.getCTTbl().getTblGrid() != null ? head.getCTTbl().getTblGrid() : head.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(HEAD_LEFT));
        grid.addNewGridCol().setW(BigInteger.valueOf(HEAD_RIGHT));
        XWPFTableCell left = head.getRow(0).getCell(0);
        XWPFTableCell right = head.getRow(0).getCell(1);
        left.setWidth(String.valueOf(HEAD_LEFT));
        right.setWidth(String.valueOf(HEAD_RIGHT));
        line(left.getParagraphArray(0), f.scope().organizer().toUpperCase(Locale.ROOT), false, false, 12);
        line(left.addParagraph(), "BAN TỔ CHỨC CUỘC THI", true, false, 12);
        line(left.addParagraph(), "Số:       /BC-BTC", false, false, 13);
        line(right.getParagraphArray(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
        line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, false, 13);
        LocalDate today = LocalDate.ofInstant(f.scope().generatedAt(), ReportWorkbook.VIETNAM);
        line(right.addParagraph(), "ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(),
                today.getYear()), false, true, 13);
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        run(title, "BÁO CÁO", true, false, 14);
        XWPFParagraph subject = doc.createParagraph();
        subject.setAlignment(ParagraphAlignment.CENTER);
        String what = f.scope().roundId() == null ? "Tổng kết Cuộc thi “" + f.scope().contestName() + "”"
                : "Tổng kết " + f.scope().label() + " Cuộc thi “" + f.scope().contestName() + "”";
        run(subject, what, true, false, 14);
        XWPFParagraph rule = doc.createParagraph();
        rule.setAlignment(ParagraphAlignment.CENTER);
        run(rule, "____________", false, false, 13);
    }

    private void line(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, size);
    }

    private void section(String title) {
        part++;
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        run(p, roman(part) + ". " + title.toUpperCase(Locale.ROOT), true, false, 13);
    }

    private void subheading(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        p.setSpacingAfter(60);
        run(p, title, true, false, 13);
    }

    private void text(String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(120);
        run(p, text, false, italic, 13);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    /** A table with a bold, shaded header row; {@code widths} in percent of the text width. */
    private void table(List<String> header, List<List<String>> rows, int[] widths) {
        XWPFTable t = doc.createTable(rows.size() + 1, header.size());
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        fill(t.getRow(0), header, widths, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(t.getRow(r + 1), rows.get(r), widths, false);
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(widths[c] + "%");
            if (header) {
                cell.setColor("D9E2F3");
            }
            XWPFParagraph p = cell.getParagraphArray(0);
            p.setSpacingAfter(0);
            p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, cells.get(c), header, false, 11);
        }
    }

    private void areaTable(String nameHeader, List<ReportFigures.Area> areas) {
        table(List.of(nameHeader, "Người dự thi", "Số CB, ĐV, HV", "Tỷ lệ tham gia (%)"),
                areas.stream().map(a -> List.of(a.name(), n(a.participants()),
                        a.headcount() == null ? "" : n(a.headcount()), ReportWorkbook.decimal(a.ratePercent()))).toList(),
                new int[]{46, 18, 18, 18});
    }

    private void questionTable(List<ReportFigures.QuestionFigure> questions) {
        table(List.of("Mã", "Nội dung câu hỏi", "Số lần hỏi", "Trả lời đúng", "Tỷ lệ đúng (%)"),
                questions.stream().map(q -> List.of(q.code(), q.text(), n(q.shown()), n(q.correct()),
                        ReportWorkbook.decimal(q.correctPercent()))).toList(), new int[]{10, 50, 13, 13, 14});
    }

    private void signature(ReportFigures f) {
        doc.createParagraph();
        XWPFTable sign = doc.createTable(1, 2);
        sign.removeBorders();
        sign.setWidth("100%");
        XWPFTableCell left = sign.getRow(0).getCell(0);
        XWPFTableCell right = sign.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphArray(0);
        run(to, "Nơi nhận:", true, true, 12);
        for (String recipient : List.of("- Như trên;", "- Thành viên Ban Tổ chức;", "- Lưu: VT.")) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingAfter(0);
            run(p, recipient, false, false, 11);
        }
        line(right.getParagraphArray(0), "TM. BAN TỔ CHỨC", true, false, 13);
        line(right.addParagraph(), "TRƯỞNG BAN", true, false, 13);
        line(right.addParagraph(), "(Ký, ghi rõ họ tên và đóng dấu)", false, true, 12);
        XWPFParagraph note = doc.createParagraph();
        note.setSpacingBefore(480);
        run(note, "Số liệu lập tự động từ hệ thống thi trực tuyến lúc " + ReportWorkbook.time(f.scope().generatedAt())
                + " (giờ Việt Nam).", false, true, 10);
    }

    // Charts

    /**
     * A bar chart with its data written into the chart's own workbook (columns: category, then one
     * per series), so Word's "Edit data" opens the same numbers the chart shows.
     */
    private void barChart(String title, String[] categories, List<String> seriesTitles, List<Double[]> values,
                          BarDirection direction, String categoryTitle, String valueTitle) throws IOException {
        int height = direction == BarDirection.BAR ? Math.max(7, 2 + categories.length / 2) : 8;
        XWPFChart chart;
        try {
            chart = doc.createChart(16 * Units.EMU_PER_CENTIMETER, height * Units.EMU_PER_CENTIMETER);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(direction == BarDirection.BAR ? AxisPosition.LEFT
                : AxisPosition.BOTTOM);
        if (categoryTitle != null) {
            categoryAxis.setTitle(categoryTitle);
        }
        XDDFValueAxis valueAxis = chart.createValueAxis(direction == BarDirection.BAR ? AxisPosition.BOTTOM
                : AxisPosition.LEFT);
        valueAxis.setTitle(valueTitle);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        int points = categories.length;
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
        XSSFSheet sheet;
        try {
            sheet = chart.getWorkbook().getSheetAt(0);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        for (int i = 0; i < points; i++) {
            cellRow(sheet, i + 1).createCell(0).setCellValue(categories[i]);
        }
        for (int s = 0; s < values.size(); s++) {
            int column = s + 1;
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values.get(s),
                    chart.formatRange(new CellRangeAddress(1, points, column, column)), column);
            XDDFChartData.Series series = data.addSeries(cats, vals);
            cellRow(sheet, 0).createCell(column).setCellValue(seriesTitles.get(s));
            series.setTitle(seriesTitles.get(s), new CellReference(sheet.getSheetName(), 0, column, true, true));
            for (int i = 0; i < points; i++) {
                cellRow(sheet, i + 1).createCell(column).setCellValue(values.get(s)[i]);
            }
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(s == 0 ? BLUE : ORANGE)));
            series.setShapeProperties(fill);
        }
        if (values.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }

    private static XSSFRow cellRow(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    // Numbers as Vietnamese write them

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return ReportWorkbook.decimal(decimal);
        }
        if (value instanceof Long || value instanceof Integer) {
            return n(((Number) value).longValue());
        }
        return value.toString();
    }

    private static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return numerals[number - 1];
    }
}
