package vn.dongnai.contest.helpdesk;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support desk: find, read (masked), unmask with a reason, correct, reset a password, disable, export. */
@MicronautTest(transactional = false)
@StaffLogins
class SupportDeskTest extends IntegrationTest {

    private String desk;
    private String admin;
    private String chair;

    @BeforeAll
    void staffOfTheDesk() {
        desk = staff.create("SUPPORT").token();
        admin = staff.create("ADMIN").token();
        chair = staff.create("COMMITTEE_CHAIR").token();
    }

    /** A contestant with a name nobody else in the test database has. */
    private Fixtures.Contestant named(String fullName, String unit) {
        return fixtures.contestant(fullName, unit, null);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> found(String query) {
        Api.Reply reply = api.get("/api/admin/support/contestants?" + query, desk);
        assertEquals(200, reply.status(), reply.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) reply.map().get("items");
        // the server leaves an empty list out
        return items == null ? List.of() : items;
    }

    @Test
    void aNameIsFoundWithoutAccentsOrCaseByItsBeginning() {
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-f]", "a");
        Fixtures.Contestant person = named("Đặng Thị Ngọc Ánh" + " " + "Bảo" + tag, "Sở Khoa học và Công nghệ");

        List<Map<String, Object>> byFolded = found("name=" + q("dang thi ngoc anh bao" + tag));
        List<Map<String, Object>> byPrefix = found("name=" + q("ĐẶNG THỊ NGỌC ÁNH BẢO" + tag.toUpperCase()));

        assertEquals(1, byFolded.size());
        assertEquals(((Number) byFolded.getFirst().get("accountId")).longValue(), person.id());
        assertEquals(1, byPrefix.size());
        assertTrue(byFolded.getFirst().get("citizenIdMasked").toString().contains("******"));
    }

    @Test
    void aPhoneOrCitizenIdIsFoundExactlyThroughTheKeyedHashHoweverItIsTyped() {
        Fixtures.Contestant person = fixtures.contestant();
        String phone = person.phone();

        List<Map<String, Object>> byPhone = found("phone=" + q("+84 " + phone.substring(1, 4) + " " + phone.substring(4)));
        List<Map<String, Object>> byId = found("citizenId=" + q(person.citizenId().substring(0, 4) + " " + person.citizenId().substring(4)));
        char last = person.citizenId().charAt(11);
        String neighbour = person.citizenId().substring(0, 11) + (char) ('0' + (last - '0' + 1) % 10);
        List<Map<String, Object>> byNeighbour = found("citizenId=" + neighbour).stream()
                .filter(m -> ((Number) m.get("accountId")).longValue() == person.id()).toList();

        assertEquals(1, byPhone.size());
        assertEquals(person.id(), ((Number) byPhone.getFirst().get("accountId")).longValue());
        assertEquals(1, byId.size());
        assertEquals(person.id(), ((Number) byId.getFirst().get("accountId")).longValue());
        assertTrue(byNeighbour.isEmpty(), "only the exact number matches");
    }

    @Test
    void unitAndCommuneNarrowTheSearch() {
        String unit = "Ban Quản lý Khu công nghệ cao " + UUID.randomUUID().toString().substring(0, 5);
        Fixtures.Contestant person = named("Trần Minh Khôi", unit);

        List<Map<String, Object>> byUnit = found("unit=" + q(unit) + "&commune=" + q("phường trấn biên"));

        assertEquals(1, byUnit.size());
        assertEquals(person.id(), ((Number) byUnit.getFirst().get("accountId")).longValue());
    }

    @Test
    void aSearchNeedsACriterionAndReportsBadOnesPerField() {
        Api.Reply none = api.get("/api/admin/support/contestants", desk);
        Api.Reply bad = api.get("/api/admin/support/contestants?phone=12345&citizenId=0752&name=" + q("a\u200Bb"), desk);

        assertEquals(422, none.status());
        assertTrue(none.body().contains("ít nhất một điều kiện"));
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("\"field\":\"phone\"") && bad.body().contains("\"field\":\"citizenId\"")
                && bad.body().contains("\"field\":\"name\""), bad.body());
    }

    @Test
    void theFileShowsTheRegistrationMaskedWithConsentAttemptsAndResults() {
        Fixtures.Contestant person = fixtures.contestant();
        sql.update("UPDATE participant SET email = 'nguoi.dung@example.vn' WHERE account_id = ?", person.id());
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        new vn.dongnai.contest.support.Attempts(api, sql).start(round.id(), person, "Trình duyệt thử");

        Api.Reply file = api.get("/api/admin/support/contestants/" + person.id(), desk);

        assertEquals(200, file.status(), file.body());
        Map<?, ?> registration = (Map<?, ?>) file.map().get("registration");
        assertFalse(file.body().contains(person.citizenId()));
        assertFalse(file.body().contains(person.phone()));
        assertFalse(file.body().contains("nguoi.dung"));
        assertEquals(person.phone().substring(0, 3) + "****" + person.phone().substring(7), registration.get("phone"));
        assertEquals(1, ((List<?>) file.map().get("attempts")).size());
        assertEquals("2025-11-01", ((Map<?, ?>) file.map().get("consent")).get("version"));
        assertEquals(404, api.get("/api/admin/support/contestants/999999999", desk).status());
    }

    @Test
    void onlyTheChairOrAnAdminUnmasksAndOnlyWithAReasonWhichIsAudited() {
        Fixtures.Contestant person = fixtures.contestant();
        String path = "/api/admin/support/contestants/" + person.id() + "/unmask";

        Api.Reply byDesk = api.post(path, Map.of("reason", "Thí sinh gọi điện hỏi"), desk);
        Api.Reply noReason = api.post(path, Map.of(), admin);
        Api.Reply byAdmin = api.post(path, Map.of("reason", "Đối chiếu giấy tờ khi trao giải"), admin);
        Api.Reply byChair = api.post(path, Map.of("reason", "Đối chiếu giấy tờ khi trao giải"), chair);

        assertEquals(403, byDesk.status());
        assertEquals("UNMASKED_NOT_ALLOWED", byDesk.code());
        assertEquals(422, noReason.status());
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(person.citizenId(), byAdmin.map().get("citizenId"));
        assertEquals(person.phone(), byChair.map().get("phone"));
        assertEquals(2L, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'SUPPORT_PERSONAL_DATA_VIEWED' AND entity_id = ?",
                rs -> rs.getLong("n"), String.valueOf(person.id())).orElseThrow());
    }

    @Test
    void aCorrectionNeedsAReasonAndIsAuditedBeforeAndAfterWithNumbersMasked() {
        Fixtures.Contestant person = fixtures.contestant();
        String newPhone = Fixtures.phone();
        String path = "/api/admin/support/contestants/" + person.id() + "/registration";

        Api.Reply noReason = api.put(path, Map.of("field", "phone", "value", newPhone), desk);
        Api.Reply unknownField = api.put(path, Map.of("field", "password", "value", "x", "reason", "Thí sinh yêu cầu"), desk);
        Api.Reply badPhone = api.put(path, Map.of("field", "phone", "value", "12345", "reason", "Thí sinh gõ nhầm số"), desk);
        Api.Reply corrected = api.put(path, Map.of("field", "phone", "value", newPhone, "reason", "Thí sinh gõ nhầm số"), desk);
        Api.Reply renamed = api.put(path, Map.of("field", "fullName", "value", "Nguyễn Văn Ân", "reason", "Sai dấu trong tên"), desk);

        assertEquals(422, noReason.status());
        assertTrue(noReason.body().contains("\"field\":\"reason\""));
        assertEquals(422, unknownField.status());
        assertTrue(unknownField.body().contains("\"field\":\"field\""));
        assertEquals(422, badPhone.status());
        assertTrue(badPhone.body().contains("\"field\":\"value\""));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(200, api.post("/login", Map.of("username", newPhone, "password", person.password()), null).status());
        assertEquals(401, api.post("/login", Map.of("username", person.phone(), "password", person.password()), null).status());
        assertEquals("Nguyễn V. Â.", sql.one("SELECT display_name FROM participant WHERE account_id = ?",
                rs -> rs.getString("display_name"), person.id()).orElseThrow());
        List<String[]> audits = sql.list("""
                SELECT before_json, after_json FROM audit_log WHERE action = 'SUPPORT_REGISTRATION_CORRECTED' AND entity_id = ?
                ORDER BY id""", rs -> new String[]{rs.getString("before_json"), rs.getString("after_json")}, String.valueOf(person.id()));
        assertEquals(2, audits.size());
        assertTrue(audits.getFirst()[0].contains(person.phone().substring(0, 3) + "****"), audits.getFirst()[0]);
        assertFalse(audits.getFirst()[0].contains(person.phone()));
        assertFalse(audits.getFirst()[1].contains(newPhone));
        assertTrue(audits.getFirst()[1].contains("Thí sinh gõ nhầm số"));
    }

    @Test
    void aNumberRegisteredToSomebodyElseIsRefusedAndNothingChanges() {
        Fixtures.Contestant person = fixtures.contestant();
        Fixtures.Contestant other = fixtures.contestant();

        Api.Reply taken = api.put("/api/admin/support/contestants/" + person.id() + "/registration",
                Map.of("field", "citizenId", "value", other.citizenId(), "reason", "Thí sinh báo nhầm số"), desk);

        assertEquals(409, taken.status());
        assertEquals(200, api.post("/login", Map.of("username", person.citizenId(), "password", person.password()), null).status());
    }

    @Test
    void aOneTimePasswordMustBeChangedAtTheNextLoginBeforeAnythingElse() {
        Fixtures.Contestant person = fixtures.contestant();
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);

        Api.Reply reset = api.post("/api/admin/support/contestants/" + person.id() + "/password-reset",
                Map.of("reason", "Thí sinh quên mật khẩu, đã xác minh qua điện thoại"), desk);

        assertEquals(200, reset.status(), reset.body());
        String oneTime = (String) reset.map().get("temporaryPassword");
        assertEquals(401, api.get("/api/me", person.token()).status(), "the old sessions have ended");
        String token = fixtures.login(person.phone(), oneTime);
        assertEquals(true, api.get("/api/me", token).map().get("mustChangePassword"));
        assertEquals(403, api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), token).status());
        assertEquals(403, api.get("/api/me/attempts", token).status());
        assertEquals(200, api.get("/api/contests", token).status(), "public pages still open");

        Api.Reply changed = api.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", "cua-toi-2025"), token);

        assertEquals(200, changed.status(), changed.body());
        String fresh = (String) changed.map().get("access_token");
        assertEquals(false, api.get("/api/me", fresh).map().get("mustChangePassword"));
        assertEquals(201, api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), fresh).status());
        assertFalse(sql.list("SELECT after_json FROM audit_log WHERE action = 'SUPPORT_PASSWORD_RESET'", rs -> rs.getString("after_json"))
                .stream().anyMatch(a -> a.contains(oneTime)), "the password is shown once, never stored in clear");
    }

    @Test
    void disablingEndsSessionsAndEnablingLetsThePersonBackIn() {
        Fixtures.Contestant person = fixtures.contestant();
        String base = "/api/admin/support/contestants/" + person.id();

        Api.Reply disabled = api.post(base + "/disable", Map.of("reason", "Thí sinh báo mất điện thoại"), desk);

        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, api.get("/api/me", person.token()).status());
        assertEquals(401, api.post("/login", Map.of("username", person.phone(), "password", person.password()), null).status());
        assertEquals(422, api.post(base + "/enable", Map.of(), desk).status(), "a reason is required");
        assertEquals(200, api.post(base + "/enable", Map.of("reason", "Đã lấy lại điện thoại"), desk).status());
        assertEquals(200, api.post("/login", Map.of("username", person.phone(), "password", person.password()), null).status());
    }

    @Test
    void theDeskReadsTheIdentityClaimsQueueMaskedButDecidesNothing() {
        Fixtures.Contestant holder = fixtures.contestant();
        Api.Reply filed = api.post("/api/identity-claims", Map.of("citizenId", holder.citizenId(), "fullName", "Lý Thị Thật",
                "contact", "0987654321", "note", "Tôi chưa từng đăng ký, nhưng số định danh đã bị dùng."), null);
        assertEquals(202, filed.status(), filed.body());
        long claimId = ((Number) filed.map().get("claimId")).longValue();

        Api.Reply queue = api.get("/api/admin/identity-claims?status=OPEN", desk);

        assertEquals(200, queue.status(), queue.body());
        assertTrue(queue.list().stream().anyMatch(c -> ((Number) c.get("id")).longValue() == claimId));
        assertFalse(queue.body().contains(holder.citizenId()), "numbers masked");
        assertFalse(queue.body().contains("0987654321"), "contact masked");
        assertEquals(403, api.post("/api/admin/identity-claims/" + claimId + "/contact",
                Map.of("reason", "Gọi lại cho người yêu cầu"), desk).status());
        assertEquals(403, api.post("/api/admin/identity-claims/" + claimId + "/transfer",
                Map.of("reason", "Đã xem CCCD gốc"), desk).status(), "the committee decides claims");
    }

    @Test
    void anyStaffScreenNamesContestantsKnownOnlyByIdMaskedAndLeavesStaffOut() {
        Fixtures.Contestant first = named("Nguyễn Văn Ân", "Sở Nội vụ");
        Fixtures.Contestant second = fixtures.contestant();
        long staffId = staff.member("ORGANIZER").id();
        String organizer = staff.organizer();

        Api.Reply names = api.get("/api/admin/support/names?ids=" + second.id() + "," + first.id() + "," + staffId + ",999999999", organizer);
        Api.Reply bad = api.get("/api/admin/support/names?ids=1,x", organizer);

        assertEquals(200, names.status(), names.body());
        List<Map<String, Object>> list = names.list();
        assertEquals(2, list.size(), "the staff account and the unknown id are left out");
        Map<String, Object> an = list.stream().filter(n -> ((Number) n.get("accountId")).longValue() == first.id()).findFirst().orElseThrow();
        assertEquals("Nguyễn V. Â.", an.get("displayName"));
        assertEquals("Sở Nội vụ", an.get("unit"));
        assertFalse(names.body().contains("Nguyễn Văn Ân"), "never the full name");
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("\"field\":\"ids\""));
        assertEquals(401, api.get("/api/admin/support/names?ids=1", null).status());
    }

    @Test
    void staffAccountsAreNotReachableFromTheDesk() {
        long staffId = staff.member("ORGANIZER").id();
        assertEquals(404, api.post("/api/admin/support/contestants/" + staffId + "/password-reset",
                Map.of("reason", "Thử đặt lại mật khẩu cán bộ"), desk).status());
    }

    private record Download(int status, byte[] body) {
    }

    private Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
            return new Download(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), new byte[0]);
        }
    }

    @Test
    void theParticipantListIsMaskedByDefaultAndInClearOnlyForTheChairOrAdminWithAReason() throws Exception {
        Fixtures.Contestant person = fixtures.contestant();
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        new vn.dongnai.contest.support.Attempts(api, sql).start(round.id(), person, "Trình duyệt thử");
        String path = "/api/admin/support/participants/export?contestId=" + round.contestId();

        Download masked = download(path + "&format=xlsx", desk);
        Download csv = download(path + "&format=csv", desk);
        Download refused = download(path + "&unmasked=true&reason=" + q("Gửi danh sách cho hội đồng"), desk);
        Download noReason = download(path + "&unmasked=true", admin);
        Download clear = download(path + "&format=csv&unmasked=true&reason=" + q("Gửi danh sách cho hội đồng"), chair);

        assertEquals(200, masked.status());
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(masked.body()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertEquals(2, rows.size(), "a header and the one person who took part in the contest");
        assertEquals("Số định danh cá nhân", rows.getFirst().getCellText(3));
        assertEquals(person.citizenId().substring(0, 3) + "******" + person.citizenId().substring(9), rows.get(1).getCellText(3));
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertFalse(csvText.contains(person.phone()));
        assertTrue(csvText.contains("Cán bộ, công chức, viên chức"));
        assertEquals(403, refused.status());
        assertEquals(422, noReason.status());
        assertEquals(200, clear.status());
        assertTrue(new String(clear.body(), StandardCharsets.UTF_8).contains(person.citizenId()));
        assertEquals(3L, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'PARTICIPANTS_EXPORTED' AND entity_id = ?",
                rs -> rs.getLong("n"), String.valueOf(round.contestId())).orElseThrow());
        assertEquals(400, download(path + "&format=pdf", desk).status());
    }

    @Test
    void theContestPageShowsTheSupportHotlineAndHoursFromTheContestSettings() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        String organizer = staff.organizer();
        Map<String, Object> body = new HashMap<>(api.get("/api/admin/contests/" + round.contestId(), organizer).map());
        body.put("supportHotline", "0251 3822 111");
        body.put("supportHours", "7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu");

        Api.Reply saved = api.put("/api/admin/contests/" + round.contestId(), body, organizer);
        body.put("supportHotline", "gọi cho tôi");
        Api.Reply bad = api.put("/api/admin/contests/" + round.contestId(), body, organizer);

        assertEquals(200, saved.status(), saved.body());
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("\"field\":\"supportHotline\""));
        Map<String, Object> page = api.get("/api/contests/" + round.contestId(), null).map();
        assertEquals("0251 3822 111", page.get("supportHotline"));
        assertEquals("7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu", page.get("supportHours"));
    }
}
