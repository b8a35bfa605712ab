package vn.dongnai.contest.question;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An import's preview counts bad rows as errors, and questions that come without a code get readable ones. */
@MicronautTest(transactional = false)
@StaffLogins
@SuppressWarnings("unchecked")
class ImportCodesTest extends IntegrationTest {

    private static final String HEADER = "STT,Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án C,Đáp án D,Đáp án đúng,Giải thích,Nguồn,Mã\n";

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    private long bank() {
        return ((Number) api.post("/api/admin/banks", Map.of("name", "Ngân hàng mã " + UUID.randomUUID()), organizer)
                .map().get("id")).longValue();
    }

    private Api.Reply preview(long bankId, String csv) {
        return api.send(Staff.upload("/api/admin/banks/" + bankId + "/imports", "cau-hoi.csv",
                (HEADER + csv).getBytes(StandardCharsets.UTF_8)), organizer);
    }

    private List<String> codes(long bankId) {
        return sql.list("SELECT code FROM question WHERE bank_id = ? ORDER BY id", rs -> rs.getString("code"), bankId);
    }

    @Test
    void aRowWithAnErrorCountsAsAnErrorNotAsANewQuestion() {
        Api.Reply preview = preview(bank(), """
                1,Dịch vụ công trực tuyến,Dễ,VNeID là gì?,Ứng dụng định danh điện tử,Mạng xã hội,,,A,,,
                2,Dịch vụ công trực tuyến,Khó,Câu hỏi thiếu đáp án đúng?,Một,Hai,,,,,,
                """);

        assertEquals(200, preview.status(), preview.body());
        Map<String, Object> p = preview.map();
        assertEquals(List.of(2, 1, 1), List.of(p.get("questions"), p.get("newQuestions"), p.get("invalidQuestions")));
        List<Map<String, Object>> changes = (List<Map<String, Object>>) p.get("changes");
        assertEquals(List.of("NEW", "INVALID"), changes.stream().map(c -> c.get("change")).toList());
    }

    @Test
    void questionsWithoutACodeGetTheirTopicsInitialsAndANumberAndKeepThemOnReimport() {
        long bankId = bank();
        String csv = """
                1,Dịch vụ công trực tuyến,Dễ,VNeID là gì?,Ứng dụng định danh điện tử,Mạng xã hội,,,A,,,
                2,Dịch vụ công trực tuyến,Trung bình,Cổng Dịch vụ công quốc gia do ai quản lý?,Văn phòng Chính phủ,Bộ Công an,,,A,,,
                3,Chuyển đổi số,Khó,Đề án 06 nói về gì?,Dữ liệu dân cư,Du lịch,,,A,,,cds-007
                """;
        Api.Reply first = preview(bankId, csv);
        assertEquals(200, first.status(), first.body());
        assertEquals(200, api.post("/api/admin/banks/" + bankId + "/imports/" + first.map().get("token") + "/confirm",
                Map.of(), organizer).status());

        assertEquals(List.of("dvctt-001", "dvctt-002", "cds-007"), codes(bankId));

        Api.Reply again = preview(bankId, csv);
        assertEquals(List.of(0, 3), List.of(again.map().get("newQuestions"), again.map().get("unchangedQuestions")),
                "the same file again changes nothing");
        Api.Reply more = preview(bankId, "1,Chuyển đổi số,Dễ,Chữ ký số dùng để làm gì?,Ký văn bản điện tử,Chơi game,,,A,,,\n");
        assertEquals(List.of("cds-008"), ((List<Map<String, Object>>) more.map().get("changes")).stream()
                .map(c -> c.get("code")).toList(), "numbers continue after the highest one the topic has");
    }
}
