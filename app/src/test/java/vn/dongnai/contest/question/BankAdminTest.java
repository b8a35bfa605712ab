package vn.dongnai.contest.question;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Question banks through the organizer API: versioned edits, locks, import preview/confirm, export. */
@MicronautTest(transactional = false)
@StaffLogins
class BankAdminTest extends IntegrationTest {

    @Inject
    QuestionCatalog catalog;

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    private static Map<String, Object> questionBody(String text, List<String> options, int key) {
        Map<String, Object> body = new HashMap<>();
        body.put("topic", "Chủ đề A");
        body.put("difficulty", "MEDIUM");
        body.put("text", text);
        body.put("options", options);
        body.put("correctIndex", key);
        body.put("source", "002_4edf477e206f9b12.txt");
        return body;
    }

    private long questionId(long bankId, String code) {
        return sql.one("SELECT id FROM question WHERE bank_id = ? AND code = ?", rs -> rs.getLong("id"), bankId, code).orElseThrow();
    }

    private static List<String> errors(Api.Reply reply) {
        return ((List<?>) reply.map().get("errors")).stream()
                .map(e -> ((Map<?, ?>) e).get("field") + ":" + ((Map<?, ?>) e).get("code")).toList();
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(organizer), byte[].class);
        return response.body();
    }

    private static byte[] file(Bank bank, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BankFiles.write(bank, name, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Api.Reply preview(long bankId, String name, byte[] content) {
        return api.send(Staff.upload("/api/admin/banks/" + bankId + "/imports", name, content), organizer);
    }

    /** A published contest whose round is open now, drawing from the bank. */
    private void liveRound(long bankId) {
        Map<String, Object> contest = new HashMap<>(Map.of("slug", "song-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Cuộc thi đang diễn ra", "organizer", "Sở Khoa học và Công nghệ", "rulesMd", "# Thể lệ", "bankId", bankId));
        long contestId = ((Number) api.post("/api/admin/contests", contest, organizer).map().get("id")).longValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long roundId = ((Number) api.post("/api/admin/contests/" + contestId + "/rounds", Map.of("name", "Tuần 1",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(86400).toString(), "questionCount", 2,
                "timeLimitSeconds", 600, "attemptsAllowed", 1, "pointsPerQuestion", 1), organizer).map().get("id")).longValue();
        assertEquals(200, api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer).status());
    }

    @Test
    void aNewQuestionStartsAtVersionOneAndEveryEditAddsAVersion() {
        Banks.Made bank = Banks.create(context, 3);
        var created = api.post("/api/admin/banks/" + bank.id() + "/questions", questionBody(
                "Cổng Dịch vụ công quốc gia có địa chỉ nào?", List.of("dichvucong.gov.vn", "vneid.gov.vn", "chinhphu.vn"), 0),
                organizer);
        assertEquals(201, created.status(), created.body());
        assertEquals("CREATED", created.map().get("outcome"));
        long id = ((Number) ((Map<?, ?>) created.map().get("question")).get("id")).longValue();

        var edited = api.put("/api/admin/questions/" + id, questionBody("Cổng Dịch vụ công quốc gia có địa chỉ truy cập nào?",
                List.of("dichvucong.gov.vn", "vneid.gov.vn", "chinhphu.vn"), 0), organizer);
        var same = api.put("/api/admin/questions/" + id, questionBody("Cổng Dịch vụ công quốc gia có địa chỉ truy cập nào?",
                List.of("dichvucong.gov.vn", "vneid.gov.vn", "chinhphu.vn"), 0), organizer);

        assertEquals("NEW_VERSION", edited.map().get("outcome"));
        assertEquals("UNCHANGED", same.map().get("outcome"));
        var detail = api.get("/api/admin/questions/" + id, organizer).map();
        assertEquals(List.of(2, 1), ((List<?>) detail.get("versions")).stream().map(v -> ((Map<?, ?>) v).get("version")).toList());
        assertEquals(1, Staff.audited(sql, "QUESTION_CREATED", "question", id));
        assertEquals(1, Staff.audited(sql, "QUESTION_EDITED", "question", id));
    }

    @Test
    void aQuestionBreakingTheBankRulesIsRefusedAtItsFields() {
        Banks.Made bank = Banks.create(context, 3);

        var broken = api.post("/api/admin/banks/" + bank.id() + "/questions",
                questionBody("Câu hỏi có một phương án?", List.of("Chỉ một"), 3), organizer);
        Question existing = Banks.question(bank.prefix(), 0, 0);
        var repeated = api.post("/api/admin/banks/" + bank.id() + "/questions",
                questionBody(existing.text(), existing.options(), 0), organizer);

        assertEquals(422, broken.status());
        assertEquals(List.of("options:OPTION_COUNT", "correctIndex:ANSWER_EMPTY_OPTION"), errors(broken));
        assertEquals(List.of("text:DUPLICATE_QUESTION"), errors(repeated));
    }

    @Test
    void questionsAreSearchedFilteredAndPaged() {
        Banks.Made bank = Banks.create(context, 9);

        var page = api.get("/api/admin/banks/" + bank.id() + "/questions?topic=Ch%E1%BB%A7%20%C4%91%E1%BB%81%20A&size=2&page=1",
                organizer).map();
        var byText = api.get("/api/admin/banks/" + bank.id() + "/questions?q=k%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%20104",
                organizer).map();
        var hard = api.get("/api/admin/banks/" + bank.id() + "/questions?difficulty=HARD", organizer).map();

        assertEquals(5, page.get("total"), "topic A holds questions 1, 3, 5, 7, 9");
        assertEquals(List.of(bank.prefix() + "-005", bank.prefix() + "-007"),
                ((List<?>) page.get("items")).stream().map(q -> ((Map<?, ?>) q).get("code")).toList());
        assertEquals(List.of(bank.prefix() + "-005"),
                ((List<?>) byText.get("items")).stream().map(q -> ((Map<?, ?>) q).get("code")).toList());
        assertEquals(3, hard.get("total"));
        assertEquals(422, api.get("/api/admin/banks/" + bank.id() + "/questions?size=500", organizer).status());
    }

    @Test
    void aQuestionALiveRoundUsesRefusesDestructiveEditsButTakesWordingAndAnExplicitKeyFix() {
        Banks.Made bank = Banks.create(context, 4);
        liveRound(bank.id());
        Question q = Banks.question(bank.prefix(), 0, 0);
        long id = questionId(bank.id(), q.id());

        var newKey = api.put("/api/admin/questions/" + id, questionBody(q.text(), q.options(), 2), organizer);
        var retired = api.post("/api/admin/questions/" + id + "/retire", Map.of(), organizer);
        Map<String, Object> wording = questionBody(q.text().replace("là gì", "là nội dung nào"), q.options(), 0);
        wording.put("difficulty", "EASY");
        var reworded = api.put("/api/admin/questions/" + id, wording, organizer);
        var fixed = api.put("/api/admin/questions/" + id + "/key", Map.of("correctIndex", 2,
                "reason", "Đối chiếu lại Kế hoạch 104/KH-UBND, mục VI.2"), organizer);

        assertEquals(409, newKey.status());
        assertEquals("QUESTION_LOCKED", newKey.code());
        assertEquals("QUESTION_LOCKED", retired.code());
        assertEquals(200, reworded.status(), reworded.body());
        assertEquals(200, fixed.status(), fixed.body());
        Map<?, ?> after = (Map<?, ?>) fixed.map().get("question");
        assertEquals(3, after.get("version"));
        assertEquals(2, after.get("correctIndex"));
        assertEquals(1, Staff.audited(sql, "QUESTION_KEY_FIXED", "question", id));
    }

    @Test
    void aRetiredQuestionLeavesThePoolUntilRestored() {
        Banks.Made bank = Banks.create(context, 3);
        long id = questionId(bank.id(), bank.prefix() + "-001");

        assertEquals("RETIRED", api.post("/api/admin/questions/" + id + "/retire", Map.of(), organizer).map().get("status"));
        assertEquals(2, catalog.pool(bank.id()).size());
        assertEquals("QUESTION_RETIRED", api.put("/api/admin/questions/" + id,
                questionBody("Sửa câu đã ngừng dùng?", List.of("Có", "Không"), 0), organizer).code());
        assertEquals("ACTIVE", api.post("/api/admin/questions/" + id + "/restore", Map.of(), organizer).map().get("status"));
        assertEquals(3, catalog.pool(bank.id()).size());
        assertEquals(1, Staff.audited(sql, "QUESTION_RETIRED", "question", id));
        assertEquals(1, Staff.audited(sql, "QUESTION_RESTORED", "question", id));
    }

    @Test
    void aPreviewReportsEveryRowErrorAndOffersNothingToConfirm() {
        long bankId = ((Number) api.post("/api/admin/banks", Map.of("name", "Ngân hàng tải lên " + UUID.randomUUID()), organizer)
                .map().get("id")).longValue();
        String csv = """
                STT,Chủ đề,Mức độ,Câu hỏi,Đáp án A,Đáp án B,Đáp án C,Đáp án D,Đáp án đúng,Giải thích,Nguồn,Mã
                1,Dịch vụ công,Dễ,VNeID là gì?,Ứng dụng định danh điện tử,Mạng xã hội,,,A,,,
                2,Dịch vụ công,Khó,Câu hỏi thiếu đáp án đúng?,Một,Hai,,,,,,
                3,,Trung bình,Câu hỏi thiếu chủ đề?,Một,Hai,,,B,,,
                """;

        var preview = preview(bankId, "cau-hoi.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(200, preview.status(), preview.body());
        assertNull(preview.map().get("token"));
        List<?> rows = ((List<?>) preview.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("row")).toList();
        assertEquals(List.of(3, 4), rows);
        String message = (String) ((Map<?, ?>) ((List<?>) preview.map().get("errors")).getFirst()).get("message");
        assertTrue(message.startsWith("Dòng 3 (cau-hoi.csv)"), message);
    }

    @Test
    void aConfirmImportsExactlyThePreviewedFileOnce() {
        Banks.Made bank = Banks.create(context, 3);
        List<Question> file = new ArrayList<>();
        file.add(Banks.question(bank.prefix(), 0, 0));
        file.add(Banks.question(bank.prefix(), 1, 3));
        file.add(Banks.question(bank.prefix(), 7, 1));
        file.add(Banks.question(bank.prefix(), 8, 2));

        var preview = preview(bank.id(), "bo-sung.xlsx", file(Bank.of(file), "bo-sung.xlsx"));

        assertEquals(200, preview.status(), preview.body());
        assertEquals(List.of(4, 2, 1, 1), List.of(preview.map().get("questions"), preview.map().get("newQuestions"),
                preview.map().get("changedQuestions"), preview.map().get("unchangedQuestions")));
        String token = (String) preview.map().get("token");
        assertNotNull(token);
        String confirmPath = "/api/admin/banks/" + bank.id() + "/imports/" + token + "/confirm";
        var confirmed = api.post(confirmPath, Map.of(), organizer);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(Map.of("fileName", "bo-sung.xlsx", "created", 2, "newVersions", 1, "unchanged", 1), confirmed.map());
        assertEquals(404, api.post(confirmPath, Map.of(), organizer).status(), "a preview is confirmed once");
        assertEquals(1, Staff.audited(sql, "BANK_IMPORTED", "bank", bank.id()));
        assertEquals(5, catalog.pool(bank.id()).size());
    }

    @Test
    void aConfirmAfterTheBankChangedSinceThePreviewIsRefused() {
        Banks.Made bank = Banks.create(context, 3);
        var preview = preview(bank.id(), "them.xlsx", file(Bank.of(List.of(Banks.question(bank.prefix(), 5, 1))), "them.xlsx"));
        api.post("/api/admin/questions/" + questionId(bank.id(), bank.prefix() + "-002") + "/retire", Map.of(), organizer);

        var stale = api.post("/api/admin/banks/" + bank.id() + "/imports/" + preview.map().get("token") + "/confirm", Map.of(),
                organizer);

        assertEquals(409, stale.status());
        assertEquals("PREVIEW_STALE", stale.code());
        assertEquals(3, sql.one("SELECT COUNT(*) AS n FROM question WHERE bank_id = ?", rs -> rs.getInt("n"), bank.id()).orElseThrow());
    }

    @Test
    void anExportedBankRoundTripsAndAnImportCannotChangeTheKeyOfAQuestionInUse() {
        Banks.Made bank = Banks.create(context, 4);
        liveRound(bank.id());

        Bank exported = BankFiles.read("export.xlsx", new ByteArrayInputStream(download("/api/admin/banks/" + bank.id() + "/export")));
        assertEquals(4, exported.questions().size());
        assertEquals(Banks.question(bank.prefix(), 2, 2).text(), exported.questions().get(2).text());
        Question first = exported.questions().getFirst();
        List<Question> changed = new ArrayList<>(exported.questions());
        changed.set(0, new Question(first.id(), first.topic(), first.level(), first.text(), first.options(),
                (first.correctIndex() + 1) % 4, first.explanation(), first.source(), null));

        var preview = preview(bank.id(), "sua-dap-an.xlsx", file(Bank.of(changed), "sua-dap-an.xlsx"));

        assertNull(preview.map().get("token"));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) preview.map().get("errors")).getFirst();
        assertEquals("QUESTION_LOCKED", error.get("code"));
        assertEquals(2, error.get("row"));
    }

    @Test
    void theTemplateAndACsvExportAreDownloadable() {
        Banks.Made bank = Banks.create(context, 2);

        byte[] template = download("/api/admin/banks/template");
        byte[] csv = download("/api/admin/banks/" + bank.id() + "/export?format=csv");

        assertEquals('P', template[0]);
        assertEquals('K', template[1]);
        assertEquals(2, BankFiles.read("x.csv", new ByteArrayInputStream(csv)).questions().size());
        assertEquals(422, api.get("/api/admin/banks/" + bank.id() + "/export?format=pdf", organizer).status());
    }

    @Test
    void anUploadLargerThanAJsonBodyIsAccepted() {
        long bankId = ((Number) api.post("/api/admin/banks", Map.of("name", "Ngân hàng lớn " + UUID.randomUUID()), organizer)
                .map().get("id")).longValue();
        List<Question> many = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Question q = Banks.question("lon", i, i % 4);
            many.add(new Question(q.id(), q.topic(), q.level(), q.text(), q.options(), q.correctIndex(),
                    "Giải thích chi tiết. ".repeat(90), q.source(), null));
        }
        byte[] content = file(Bank.of(many), "lon.txt");
        assertTrue(content.length > 1_100_000, "larger than the 1 MB JSON limit: " + content.length);

        var preview = preview(bankId, "lon.txt", content);

        assertEquals(200, preview.status(), preview.body().length() > 300 ? preview.body().substring(0, 300) : preview.body());
        assertEquals(700, preview.map().get("newQuestions"));
    }
}
