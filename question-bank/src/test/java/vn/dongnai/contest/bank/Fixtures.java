package vn.dongnai.contest.bank;

import java.util.List;

/** Questions and banks built in code, so each test shows the data it depends on. */
public final class Fixtures {

    public static final String SERVICES = "Dịch vụ công trực tuyến";
    public static final String REFORM = "Cải cách hành chính";

    private Fixtures() {
    }

    public static Question question(String id, String text, String... options) {
        return new Question(id, SERVICES, Level.EASY, text, List.of(options), 0, null,
                "002_4edf477e206f9b12.txt — mục II", Location.NONE);
    }

    /**
     * Two topics, every level, 2 to 6 options, answers on several letters, optional fields present
     * and absent, every audience, kinds tagged and not, and the characters that trouble CSV (comma, semicolon, quote) and spreadsheets
     * (a leading '=' or '-').
     */
    public static Bank sampleBank() {
        return new Bank(List.of(SERVICES, REFORM), List.of(
                new Question("dvctt-001", SERVICES, Level.EASY,
                        "Kế hoạch 104/KH-UBND của UBND tỉnh Đồng Nai được ban hành ngày nào?",
                        List.of("24/3/2025", "17/12/2024", "10/10/2025", "29/6/2025"), 0,
                        "Kế hoạch số 104/KH-UBND ngày 24/3/2025 triển khai Quyết định 1588/QĐ-TTg.",
                        "002_4edf477e206f9b12.txt — phần mở đầu", Location.NONE, Audience.ALL, Kind.FIGURE),
                new Question("dvctt-002", SERVICES, Level.MEDIUM,
                        "Theo kế hoạch, \"dịch vụ công trực tuyến toàn trình\" nghĩa là gì; chọn ý đúng, nhất?",
                        List.of("Nộp hồ sơ, nhận kết quả trực tuyến", "Chỉ tra cứu", "=1+1 là công thức", "-5 điểm"), 1,
                        null, "002_4edf477e206f9b12.txt — mục I.1", Location.NONE, Audience.RESIDENTS, Kind.PRACTICE),
                new Question("dvctt-003", SERVICES, Level.HARD,
                        "Câu hỏi có sáu phương án để kiểm tra cột E và F?",
                        List.of("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"), 5,
                        "Giải thích có dấu phẩy, chấm phẩy; và \"ngoặc kép\".", null, Location.NONE),
                new Question("cchc-001", REFORM, Level.EASY,
                        "Nghị quyết 76/NQ-CP là chương trình tổng thể cải cách hành chính giai đoạn nào?",
                        List.of("2021–2030", "2016–2020"), 0,
                        null, "003_f48ba43d06fb822d.txt — mục I", Location.NONE, Audience.OFFICIALS, null),
                new Question("cchc-002", REFORM, Level.MEDIUM,
                        "Cơ chế một cửa, một cửa liên thông được quy định tại văn bản nào?",
                        List.of("Nghị định 61/2018/NĐ-CP", "Luật Đất đai", "Thông tư 01", "Quyết định 3183/QĐ-UBND", "@mention"), 2,
                        "Nghị định 61/2018/NĐ-CP quy định cơ chế một cửa.", "003_f48ba43d06fb822d.txt — mục II.2",
                        Location.NONE)),
                List.of());
    }

    /** The questions without where they were read from, for comparing a bank before and after a round trip. */
    public static List<Question> content(Bank bank) {
        return bank.questions().stream().map(q -> q.at(Location.NONE)).toList();
    }
}
