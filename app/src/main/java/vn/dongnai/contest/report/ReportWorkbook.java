package vn.dongnai.contest.report;

import vn.dongnai.contest.export.XlsxStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The final report as an .xlsx workbook, one sheet per part, through the exports' one streaming
 * writer ({@link XlsxStream}); Vietnamese headers, times in Vietnam time, numbers kept as numbers.
 */
final class ReportWorkbook {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The sheets, in order; tests and the document refer to them by these names. */
    static final String OVERVIEW = "Tổng quan";
    static final String DAYS = "Theo ngày";
    static final String GROUPS = "Theo đối tượng";
    static final String UNITS = "Theo đơn vị";
    static final String COMMUNES = "Theo xã, phường";
    static final String SCORES = "Phân bố điểm";
    static final String QUESTIONS = "Câu hỏi khó, dễ";
    static final String REGRADES = "Chấm lại";
    static final String DISQUALIFICATIONS = "Truất quyền";
    static final String INDIVIDUAL = "Giải cá nhân";
    static final String COLLECTIVE = "Giải tập thể";
    static final String RANKINGS = "Bảng xếp hạng đã chốt";

    private ReportWorkbook() {
    }

    static void write(ReportFigures f, XlsxStream.Book book) throws IOException {
        XlsxStream.Table t = book.sheet(OVERVIEW);
        t.header(List.of("Chỉ tiêu", "Số liệu"));
        for (Object[] line : overview(f)) {
            t.row(line);
        }

        t = book.sheet(DAYS);
        t.header(List.of("Ngày", "Đăng ký mới", "Người dự thi lần đầu", "Lượt thi bắt đầu", "Lượt thi đã nộp"));
        for (ReportFigures.Day d : f.days()) {
            t.row(DAY.format(d.day()), d.registrations(), d.newParticipants(), d.attemptsStarted(), d.attemptsSubmitted());
        }

        t = book.sheet(GROUPS);
        t.header(List.of("Đối tượng", "Người dự thi", "Lượt thi", "Lượt thi đã nộp", "Điểm trung bình"));
        for (ReportFigures.Group g : f.groups()) {
            t.row(g.label(), g.participants(), g.attempts(), g.attemptsSubmitted(), g.averageScore());
        }

        for (String sheet : List.of(UNITS, COMMUNES)) {
            t = book.sheet(sheet);
            t.header(List.of(sheet.equals(UNITS) ? "Đơn vị" : "Xã, phường", "Người dự thi", "Số cán bộ, đoàn viên, hội viên (danh mục)",
                    "Tỷ lệ tham gia (%)"));
            for (ReportFigures.Area a : sheet.equals(UNITS) ? f.units() : f.communes()) {
                t.row(a.name(), a.participants(), a.headcount(), a.ratePercent());
            }
        }

        t = book.sheet(SCORES);
        t.header(List.of("Điểm", "Số lượt thi"));
        for (ReportFigures.ScoreBucket s : f.scores()) {
            t.row(s.score(), s.attempts());
        }

        t = book.sheet(QUESTIONS);
        t.header(List.of("Nhóm", "Mã câu hỏi", "Nội dung", "Số lần hỏi", "Số lần trả lời đúng", "Tỷ lệ đúng (%)"));
        for (ReportFigures.QuestionFigure q : f.hardest()) {
            t.row("Khó nhất", q.code(), q.text(), q.shown(), q.correct(), q.correctPercent());
        }
        for (ReportFigures.QuestionFigure q : f.easiest()) {
            t.row("Dễ nhất", q.code(), q.text(), q.shown(), q.correct(), q.correctPercent());
        }

        t = book.sheet(REGRADES);
        t.header(List.of("Thời gian", "Đợt thi", "Mã câu hỏi", "Đáp án cũ", "Đáp án mới", "Lượt thi chấm lại",
                "Lượt thi đổi điểm", "Lý do sửa đáp án", "Người thực hiện"));
        for (ReportFigures.RegradeFigure r : f.regrades()) {
            t.row(time(r.at()), r.round(), r.questionCode(), r.keyBefore(), r.keyAfter(), r.attemptsRescored(),
                    r.attemptsChanged(), r.reason(), r.by());
        }

        t = book.sheet(DISQUALIFICATIONS);
        t.header(List.of("Thời gian quyết định", "Đợt thi", "Người dự thi", "Đơn vị", "Lý do"));
        for (ReportFigures.Disqualification d : f.disqualifications()) {
            t.row(time(d.at()), d.round(), d.displayName(), d.unit(), d.reason());
        }

        t = book.sheet(INDIVIDUAL);
        t.header(List.of("Phạm vi", "Giải", "Tiền thưởng (đồng)", "Hạng", "Họ và tên", "Đơn vị", "Xã, phường", "Điểm"));
        for (ReportFigures.IndividualPrize p : f.individualPrizes()) {
            t.row(p.scope(), p.tier(), p.amountVnd(), p.rank(), p.fullName(), p.unit(), p.commune(), p.score());
        }

        t = book.sheet(COLLECTIVE);
        t.header(List.of("Phạm vi", "Giải", "Tiền thưởng (đồng)", "Đơn vị", "Người dự thi", "Tỷ lệ tham gia (%)",
                "Điểm giải thưởng"));
        for (ReportFigures.CollectivePrize p : f.collectivePrizes()) {
            t.row(p.scope(), p.tier(), p.amountVnd(), p.unit(), p.participants(), p.ratePercent(), p.points());
        }

        t = book.sheet(RANKINGS);
        t.header(List.of("Đợt thi", "Chốt lúc", "Số bài xếp hạng", "Đáp án câu dự đoán", "Mã băm SHA-256"));
        for (ReportFigures.FrozenRanking r : f.rankings()) {
            t.row(r.round(), time(r.computedAt()), r.entries(), r.predictionActual(), r.hash());
        }
    }

    /** The overview's lines (label, value), shared with the document's summary table. */
    static List<Object[]> overview(ReportFigures f) {
        ReportFigures.Totals t = f.totals();
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[]{"Cuộc thi", f.scope().contestName()});
        lines.add(new Object[]{"Phạm vi báo cáo", f.scope().roundId() == null ? "Toàn cuộc thi" : f.scope().label()});
        lines.add(new Object[]{"Đơn vị tổ chức", f.scope().organizer()});
        lines.add(new Object[]{"Thời gian tính đăng ký", time(f.scope().from()) + " – " + time(f.scope().until())});
        lines.add(new Object[]{"Số đăng ký mới", t.registrations()});
        lines.add(new Object[]{"Số người dự thi", t.participants()});
        lines.add(new Object[]{"Số lượt thi bắt đầu", t.attemptsStarted()});
        lines.add(new Object[]{"Số lượt thi đã nộp", t.attemptsSubmitted()});
        lines.add(new Object[]{"Số lượt thi hết giờ", t.attemptsExpired()});
        lines.add(new Object[]{"Số lượt thi đang làm", t.attemptsOpen()});
        lines.add(new Object[]{"Tỷ lệ hoàn thành (%)", t.completionPercent()});
        lines.add(new Object[]{"Số người đã nộp bài", t.contestantsSubmitted()});
        lines.add(new Object[]{"Số người bị truất quyền", t.disqualifiedContestants()});
        lines.add(new Object[]{"Điểm trung bình", t.averageScore()});
        lines.add(new Object[]{"Điểm cao nhất", t.maxScore()});
        lines.add(new Object[]{"Số lần chấm lại", f.regrades().size()});
        lines.add(new Object[]{"Số giải cá nhân", f.individualPrizes().size()});
        lines.add(new Object[]{"Số giải tập thể", f.collectivePrizes().size()});
        lines.add(new Object[]{"Lập lúc", time(f.scope().generatedAt())});
        return lines;
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "12,34" as Vietnamese write a percentage; empty when unknown. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    static List<String[]> about(ReportFigures f) {
        return List.of(
                new String[]{"Nội dung", "Báo cáo tổng kết: " + f.scope().label()},
                new String[]{"Lập lúc (giờ Việt Nam)", time(f.scope().generatedAt())},
                new String[]{"Người dự thi", "Người có ít nhất một lượt thi trong phạm vi báo cáo"},
                new String[]{"Lượt thi đã chấm", "Đã nộp hoặc hết giờ, không bị truất quyền (dùng cho phân bố điểm, điểm trung bình, câu hỏi)"},
                new String[]{"Tỷ lệ đúng", "Số lần trả lời đúng ÷ số lần câu hỏi được hỏi, theo kết quả chấm hiện tại (sau chấm lại)"},
                new String[]{"Tỷ lệ tham gia", "Người dự thi ÷ số cán bộ, đoàn viên, hội viên theo danh mục đơn vị, xã, phường"},
                new String[]{"Giải thưởng", "Chỉ các quyết định đã công bố"});
    }
}
