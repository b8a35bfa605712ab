package vn.dongnai.contest.question;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who a question is for and what it asks, through import, export and the editor; and the import preview's audit checks. */
@MicronautTest(transactional = false)
@StaffLogins
class BankAudienceTest extends IntegrationTest {

    private static final String TAGGED = """
            topic: Dịch vụ công trực tuyến

            id: %1$s-001
            level: Dễ
            audience: residents
            kind: practice
            question: Người dân nộp hồ sơ trực tuyến cho mọi bộ, ngành, địa phương qua cổng nào?
            A: Cổng Dịch vụ công quốc gia
            B: Cổng thông tin điện tử Chính phủ
            C: Trang thông tin điện tử của xã
            D: Cổng thông tin của Báo Đồng Nai
            answer: A
            source: 002_4edf477e206f9b12.txt — mục I

            id: %1$s-002
            level: Trung bình
            audience: officials
            kind: agency
            question: Cơ quan nào được giao theo dõi, đôn đốc việc tuyên truyền dịch vụ công trực tuyến của tỉnh?
            A: Sở Tài chính
            B: Sở Khoa học và Công nghệ
            C: Sở Tư pháp
            D: Sở Y tế
            answer: B
            source: 002_4edf477e206f9b12.txt — mục VI

            id: %1$s-003
            level: Khó
            question: Tổ công nghệ số cộng đồng giúp người dân việc gì khi dùng dịch vụ công?
            A: Hướng dẫn từng người thao tác trên điện thoại
            B: Thu phí thay cơ quan nhà nước
            C: Ký thay hồ sơ của người dân
            D: Cấp căn cước cho người dân
            answer: A
            source: 002_4edf477e206f9b12.txt — mục IV
            """;

    @Inject
    StoredQuestions stored;
    @Inject
    BankImporter importer;

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    private long newBank() {
        return ((Number) api.post("/api/admin/banks", Map.of("name", "Ngân hàng đối tượng " + UUID.randomUUID()), organizer)
                .map().get("id")).longValue();
    }

    private Api.Reply preview(long bankId, String name, byte[] content) {
        return api.send(Staff.upload("/api/admin/banks/" + bankId + "/imports", name, content), organizer);
    }

    private void importFile(long bankId, String name, String content) {
        var preview = preview(bankId, name, content.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.status(), preview.body());
        String token = (String) preview.map().get("token");
        assertNotNull(token, preview.body());
        assertEquals(200, api.post("/api/admin/banks/" + bankId + "/imports/" + token + "/confirm", Map.of(), organizer).status());
    }

    private byte[] download(String path) {
        return client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(organizer), byte[].class).body();
    }

    private static String prefix() {
        return "dt" + vn.dongnai.contest.support.Banks.tag().substring(0, 4);
    }

    @Test
    void anImportedAudienceAndKindAreStoredWithTheVersionAndExported() {
        long bankId = newBank();
        String prefix = prefix();

        importFile(bankId, "doi-tuong.txt", TAGGED.formatted(prefix));

        Map<String, StoredQuestion> byCode = stored.ofBank(bankId);
        assertEquals("RESIDENTS", byCode.get(prefix + "-001").audience());
        assertEquals("PRACTICE", byCode.get(prefix + "-001").kind());
        assertEquals("OFFICIALS", byCode.get(prefix + "-002").audience());
        assertEquals("ALL", byCode.get(prefix + "-003").audience(), "no audience line means everyone");
        assertEquals(null, byCode.get(prefix + "-003").kind());
        Bank exported = BankFiles.read("export.xlsx",
                new ByteArrayInputStream(download("/api/admin/banks/" + bankId + "/export")));
        assertEquals(List.of(Audience.RESIDENTS, Audience.OFFICIALS, Audience.ALL),
                exported.questions().stream().map(Question::audience).toList());
        assertEquals(Kind.AGENCY, exported.questions().get(1).kind());
        String csv = new String(download("/api/admin/banks/" + bankId + "/export?format=csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",Đối tượng,Loại câu hỏi,"), csv);
    }

    @Test
    void anImportThatOnlyChangesTheAudienceMakesANewVersion() {
        long bankId = newBank();
        String prefix = prefix();
        importFile(bankId, "lan-1.txt", TAGGED.formatted(prefix));

        importFile(bankId, "lan-2.txt", TAGGED.formatted(prefix).replace("audience: officials", "audience: all"));

        StoredQuestion second = stored.ofBank(bankId).get(prefix + "-002");
        assertEquals(2, second.currentVersion());
        assertEquals("ALL", second.audience());
        assertEquals(1, stored.ofBank(bankId).get(prefix + "-001").currentVersion());
    }

    @Test
    void theEditorKeepsTheAudienceUnlessGivenAndRefusesAnUnknownOne() {
        Banks.Made bank = Banks.create(context, 3);
        Map<String, Object> body = new HashMap<>(Map.of("topic", "Chủ đề A", "difficulty", "EASY",
                "text", "Khi nhận cuộc gọi xưng là công an đề nghị đọc mã OTP, người dân nên làm gì?",
                "options", List.of("Từ chối và báo cho công an xã", "Đọc mã để hợp tác", "Chuyển tiền tạm giữ", "Cài ứng dụng được gửi"),
                "correctIndex", 0, "source", "002_4edf477e206f9b12.txt — mục IV", "audience", "Người dân", "kind", "practice"));
        var created = api.post("/api/admin/banks/" + bank.id() + "/questions", body, organizer);
        assertEquals(201, created.status(), created.body());
        Map<?, ?> question = (Map<?, ?>) created.map().get("question");
        assertEquals("RESIDENTS", question.get("audience"));
        assertEquals("PRACTICE", question.get("kind"));
        long id = ((Number) question.get("id")).longValue();

        body.remove("audience");
        body.remove("kind");
        body.put("text", "Khi nhận cuộc gọi tự xưng là công an đề nghị đọc mã OTP, người dân nên làm gì?");
        var edited = api.put("/api/admin/questions/" + id, body, organizer);
        body.put("audience", "học sinh");
        var refused = api.put("/api/admin/questions/" + id, body, organizer);

        assertEquals("NEW_VERSION", edited.map().get("outcome"), edited.body());
        assertEquals("RESIDENTS", ((Map<?, ?>) edited.map().get("question")).get("audience"));
        assertEquals("PRACTICE", ((Map<?, ?>) edited.map().get("question")).get("kind"));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("audience", ((Map<?, ?>) ((List<?>) refused.map().get("errors")).getFirst()).get("field"));
    }

    @Test
    void aQuestionALiveRoundUsesKeepsItsAudience() {
        Banks.Made bank = Banks.create(context, 3);
        liveRound(bank.id());
        long id = sql.one("SELECT id FROM question WHERE bank_id = ? AND code = ?", rs -> rs.getLong("id"), bank.id(),
                bank.prefix() + "-001").orElseThrow();
        Question q = Banks.question(bank.prefix(), 0, 0);
        Map<String, Object> body = new HashMap<>(Map.of("topic", q.topic(), "difficulty", q.level().name(), "text", q.text(),
                "options", q.options(), "correctIndex", 0, "source", q.source(), "audience", "OFFICIALS"));

        var refused = api.put("/api/admin/questions/" + id, body, organizer);

        assertEquals(409, refused.status(), refused.body());
        assertEquals("QUESTION_LOCKED", refused.code());
    }

    @Test
    void thePreviewCarriesTheAuditChecksWithTheirRowsAndStillOffersTheConfirm() {
        long bankId = newBank();
        String csv = """
                STT,Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án C,Đáp án D,Đáp án đúng,Giải thích,Nguồn,Đối tượng
                1,Dịch vụ công,Trung bình,"Theo mục IV.3.e của kế hoạch, ý kiến người dân được thu thập qua chức năng nào?",Hỏi - đáp,Tin tức,Thư viện,Bản đồ,A,,002_4edf477e206f9b12.txt — mục IV,all
                2,Dịch vụ công,Trung bình,Trước đây hồ sơ đất đai của hộ gia đình do cơ quan nào tiếp nhận?,UBND cấp huyện,Sở Tư pháp,Công an tỉnh,Báo Đồng Nai,A,,002_4edf477e206f9b12.txt — mục II,Người dân
                """;

        var preview = preview(bankId, "kiem-tra.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, preview.status(), preview.body());
        assertNotNull(preview.map().get("token"), "warnings do not block an import");
        List<String> warnings = ((List<?>) preview.map().get("warnings")).stream()
                .map(w -> ((Map<?, ?>) w).get("row") + ":" + ((Map<?, ?>) w).get("code")).toList();
        assertTrue(warnings.contains("2:INTERNAL_REFERENCE"), warnings.toString());
        assertTrue(warnings.contains("3:OUTDATED_UNIT"), warnings.toString());
    }

    @Test
    void theDemoCopyOfTheCommittedBankRetiresWhatTheBankDroppedButNotWhatAnOrganizerEdited() {
        long bankId = importer.bankNamed("Bản sao ngân hàng " + UUID.randomUUID());
        String prefix = prefix();
        importer.importBank(bankId, Bank.of(List.of(Banks.question(prefix, 0, 0), Banks.question(prefix, 1, 1),
                Banks.question(prefix, 2, 2))), null);
        long edited = sql.one("SELECT id FROM question WHERE bank_id = ? AND code = ?", rs -> rs.getLong("id"), bankId,
                prefix + "-003").orElseThrow();
        Question third = Banks.question(prefix, 2, 2);
        assertEquals(200, api.put("/api/admin/questions/" + edited, Map.of("topic", third.topic(), "difficulty", third.level().name(),
                "text", third.text() + " (đã sửa)", "options", third.options(), "correctIndex", 2, "source", third.source()),
                organizer).status());

        int retired = importer.retireSeededAbsent(bankId, List.of(prefix + "-001"));

        assertEquals(1, retired);
        Map<String, StoredQuestion> byCode = stored.ofBank(bankId);
        assertEquals("ACTIVE", byCode.get(prefix + "-001").status());
        assertEquals("RETIRED", byCode.get(prefix + "-002").status());
        assertEquals("ACTIVE", byCode.get(prefix + "-003").status(), "an organizer's edit makes the question theirs");
    }

    /** A published contest whose round is open now, drawing from the bank. */
    private void liveRound(long bankId) {
        Map<String, Object> contest = new HashMap<>(Map.of("slug", "dt-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Cuộc thi đang diễn ra", "organizer", "Sở Khoa học và Công nghệ", "rulesMd", "# Thể lệ", "bankId", bankId));
        long contestId = ((Number) api.post("/api/admin/contests", contest, organizer).map().get("id")).longValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long roundId = ((Number) api.post("/api/admin/contests/" + contestId + "/rounds", Map.of("name", "Tuần 1",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(86400).toString(), "questionCount", 2,
                "timeLimitSeconds", 600, "attemptsAllowed", 1, "pointsPerQuestion", 1), organizer).map().get("id")).longValue();
        assertEquals(200, api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer).status());
    }
}
