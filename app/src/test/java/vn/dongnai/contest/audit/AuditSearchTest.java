package vn.dongnai.contest.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
class AuditSearchTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext context;

    Api api;
    Staff staff;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        staff = new Staff(api, new Fixtures(context, api));
    }

    private static String enc(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void anAdminFindsAnEntryByActionAndEntityWithItsStateAfter() {
        Staff.Member member = staff.create("ORGANIZER");

        var found = api.get("/api/admin/audit?action=STAFF_CREATED&entity=account&entityId=" + member.id(), staff.adminToken());

        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.map().get("total"));
        Map<?, ?> entry = (Map<?, ?>) ((List<?>) found.map().get("items")).getFirst();
        assertEquals(member.username(), ((Map<?, ?>) entry.get("after")).get("username"));
        assertEquals("Quản trị hệ thống", entry.get("actorName"));
    }

    @Test
    void entriesAreFilteredByActorAndTimeAndPagedNewestFirst() {
        Staff.Member member = staff.create("ORGANIZER");
        // just after the member's own first entry (replacing the one-time password at first login)
        Instant before = sql.one("SELECT MAX(at) AS v FROM audit_log WHERE actor_id = ?", rs -> rs.getTimestamp("v").toInstant(),
                member.id()).orElseThrow().plusMillis(1);
        for (int i = 0; i < 3; i++) {
            api.post("/api/admin/banks", Map.of("name", "Ngân hàng nhật ký " + i + " " + UUID.randomUUID()), member.token());
        }

        var page = api.get("/api/admin/audit?actor=" + member.id() + "&from=" + enc(before) + "&size=2&page=1",
                staff.adminToken()).map();
        var future = api.get("/api/admin/audit?actor=" + member.id() + "&from=" + enc(Instant.now().plusSeconds(3600)),
                staff.adminToken()).map();

        assertEquals(3, page.get("total"));
        assertEquals(1, ((List<?>) page.get("items")).size());
        Map<?, ?> oldest = (Map<?, ?>) ((List<?>) page.get("items")).getFirst();
        assertEquals("BANK_CREATED", oldest.get("action"));
        assertEquals(true, ((String) ((Map<?, ?>) oldest.get("after")).get("name")).startsWith("Ngân hàng nhật ký 0"));
        assertEquals(0, future.get("total"));
    }

    @Test
    void badSearchParametersAreReportedAtTheirFields() {
        Instant now = Instant.now();

        var backwards = api.get("/api/admin/audit?from=" + enc(now) + "&to=" + enc(now.minusSeconds(60)), staff.adminToken());
        var huge = api.get("/api/admin/audit?size=1000", staff.adminToken());

        assertEquals(422, backwards.status());
        assertEquals("to", ((Map<?, ?>) ((List<?>) backwards.map().get("errors")).getFirst()).get("field"));
        assertEquals(422, huge.status());
    }

    @Test
    void onlyAnAdminMaySearchTheLog() {
        assertEquals(403, api.get("/api/admin/audit", staff.create("ORGANIZER", "COMMITTEE").token()).status());
    }

    @Test
    void eachEntryCarriesItsChangesReadablyFieldByFieldInVietnamese() {
        Staff.Member member = staff.create("ORGANIZER");
        String name = "Ngân hàng đổi " + UUID.randomUUID();
        api.post("/api/admin/banks", Map.of("name", name), member.token());

        var found = api.get("/api/admin/audit?actor=" + member.id() + "&action=BANK_CREATED,CONTEST_CREATED",
                staff.adminToken()).map();

        Map<?, ?> entry = (Map<?, ?>) ((List<?>) found.get("items")).getFirst();
        List<?> changes = (List<?>) entry.get("changes");
        assertEquals(List.of(Map.of("field", "name", "label", "Tên", "after", name)), changes);
    }

    @Test
    void anAdminExportsTheFilteredLogAsXlsxWithLabelsNotCodesAndTheExportIsAudited() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        Staff.Member member = staff.create("ORGANIZER", "COMMITTEE");

        HttpResponse<byte[]> file = client.toBlocking().exchange(HttpRequest.GET(
                "/api/admin/audit/export?entity=account&entityId=" + member.id() + "&action=STAFF_CREATED&from=" + enc(before))
                .bearerAuth(staff.adminToken()), byte[].class);

        assertEquals(200, file.code());
        assertTrue(file.header("Content-Disposition").contains("nhat-ky-thao-tac-"), file.header("Content-Disposition"));
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertEquals(2, rows.size());
        assertEquals("Thời điểm (giờ Việt Nam)", rows.get(0).getCellText(0));
        Row row = rows.get(1);
        assertEquals("Quản trị hệ thống", row.getCellText(1));
        assertEquals("Tạo tài khoản cán bộ", row.getCellText(2));
        assertEquals("Tài khoản", row.getCellText(3));
        String changes = row.getCellText(5);
        assertTrue(changes.contains("Tên đăng nhập: — → " + member.username()), changes);
        assertTrue(changes.contains("Ban tổ chức, Hội đồng xét giải"), changes);
        assertTrue(!changes.contains("ORGANIZER"), changes);

        var exported = api.get("/api/admin/audit?action=AUDIT_EXPORTED&from=" + enc(before), staff.adminToken()).map();
        assertEquals(1, exported.get("total"));
    }

    @Test
    void onlyAnAdminMayExportTheLog() {
        assertEquals(403, api.get("/api/admin/audit/export", staff.create("ORGANIZER", "COMMITTEE").token()).status());
    }
}
