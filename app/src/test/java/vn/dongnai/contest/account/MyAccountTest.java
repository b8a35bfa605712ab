package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tài khoản của tôi: see and correct, change the password, download my data, delete my account. */
@MicronautTest(transactional = false)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
class MyAccountTest extends IntegrationTest {

    private Map<?, ?> registration(Api.Reply mine) {
        return (Map<?, ?>) mine.map().get("registration");
    }

    private long audited(String action, long accountId) {
        return sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entity_id = ?", rs -> rs.getLong("n"),
                action, String.valueOf(accountId)).orElse(0L);
    }

    @Test
    void iSeeMyOwnCitizenIdAndPhoneInClearAndMyConsentRecord() {
        Fixtures.Contestant me = fixtures.contestant();

        Api.Reply mine = api.get("/api/me/account", me.token());

        assertEquals(200, mine.status(), mine.body());
        assertEquals(me.citizenId(), registration(mine).get("citizenId"));
        assertEquals(me.phone(), registration(mine).get("phone"));
        assertEquals("Cán bộ, công chức, viên chức", registration(mine).get("groupLabel"));
        assertEquals("2025-11-01", ((Map<?, ?>) mine.map().get("consent")).get("version"));
    }

    @Test
    void iCorrectMyUnitCommuneAndEmailAndTheChangeIsAuditedWithoutTheAddressInClear() {
        Fixtures.Contestant me = fixtures.contestant();

        Api.Reply corrected = api.put("/api/me/account", Map.of("unit", "Sở Tư pháp", "commune", "Phường Long Bình",
                "email", "An.Nguyen@Example.VN"), me.token());

        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Sở Tư pháp", registration(corrected).get("unit"));
        assertEquals("Phường Long Bình", registration(corrected).get("commune"));
        assertEquals("an.nguyen@example.vn", registration(corrected).get("email"));
        String after = sql.one("SELECT after_json FROM audit_log WHERE action = 'MY_ACCOUNT_CORRECTED' AND entity_id = ?",
                rs -> rs.getString("after_json"), String.valueOf(me.id())).orElseThrow();
        assertTrue(after.contains("a***@example.vn"), after);
        assertFalse(after.contains("an.nguyen"), after);
    }

    @Test
    void badCorrectionsAreReportedPerFieldAndNothingIsWritten() {
        Fixtures.Contestant me = fixtures.contestant();

        Api.Reply refused = api.put("/api/me/account", Map.of("unit", "Sở\u202E Tư pháp", "commune", "",
                "email", "khong-phai-email"), me.token());

        assertEquals(422, refused.status());
        List<?> errors = (List<?>) refused.map().get("errors");
        assertEquals(3, errors.size(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"commune\"") && refused.body().contains("\"field\":\"email\"")
                && refused.body().contains("\"field\":\"unit\""));
        assertEquals("Sở Khoa học và Công nghệ", registration(api.get("/api/me/account", me.token())).get("unit"));
    }

    @Test
    void nameBirthDateCitizenIdAndPhoneCannotBeChangedFromMyAccount() {
        Fixtures.Contestant me = fixtures.contestant();

        api.put("/api/me/account", Map.of("commune", "Phường Trấn Biên", "fullName", "Kẻ Mạo Danh",
                "citizenId", Fixtures.citizenId(1990), "phone", Fixtures.phone()), me.token());

        Map<?, ?> after = registration(api.get("/api/me/account", me.token()));
        assertEquals("Nguyễn Văn An", after.get("fullName"));
        assertEquals(me.citizenId(), after.get("citizenId"));
        assertEquals(me.phone(), after.get("phone"));
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOneAndEndsMyOtherSessions() {
        Fixtures.Contestant me = fixtures.contestant();
        String otherDevice = fixtures.login(me.phone(), me.password());

        Api.Reply wrong = api.post("/api/me/password", Map.of("currentPassword", "sai-mat-khau1", "newPassword", "moi-2025-abc"),
                me.token());
        Api.Reply changed = api.post("/api/me/password", Map.of("currentPassword", me.password(), "newPassword", "moi-2025-abc"),
                me.token());

        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("\"field\":\"currentPassword\""));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(401, api.get("/api/me", otherDevice).status(), "the other device's session has ended");
        assertEquals(200, api.get("/api/me", (String) changed.map().get("access_token")).status());
        assertEquals(200, api.post("/login", Map.of("username", me.citizenId(), "password", "moi-2025-abc"), null).status());
        assertEquals(1, audited("MY_PASSWORD_CHANGED", me.id()));
    }

    @Test
    void myDataDownloadHoldsMyRegistrationConsentAttemptsAndIsAudited() throws Exception {
        Fixtures.Contestant me = fixtures.contestant();
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Attempts attempts = new Attempts(api, sql);
        long attemptId = attempts.start(round.id(), me, "Trình duyệt thử");
        attempts.submit(attemptId, me);

        var request = io.micronaut.http.HttpRequest.GET("/api/me/data-export");
        var response = client.toBlocking().exchange(request.bearerAuth(me.token()), byte[].class);

        assertEquals(200, response.code());
        assertTrue(response.getHeaders().get("Content-Disposition").contains("du-lieu-cua-toi.json"));
        Map<?, ?> data = context.getBean(JsonMapper.class).readValue(response.body(), Map.class);
        assertEquals(me.citizenId(), ((Map<?, ?>) data.get("registration")).get("citizenId"));
        assertEquals(me.phone(), ((Map<?, ?>) data.get("registration")).get("phone"));
        assertNotNull(((Map<?, ?>) data.get("consent")).get("acceptedAt"));
        List<?> taken = (List<?>) data.get("attempts");
        assertEquals(1, taken.size());
        assertEquals("Đã nộp bài", ((Map<?, ?>) taken.getFirst()).get("statusLabel"));
        assertEquals(1, audited("PERSONAL_DATA_EXPORTED", me.id()));
    }

    @Test
    void withoutEntriesMyDeletionIsHonouredAtOnce() {
        Fixtures.Contestant me = fixtures.contestant();
        byte[] cidHash = context.getBean(RegistrationService.class).citizenIdHash(me.citizenId());

        Api.Reply wrong = api.post("/api/me/deletion", Map.of("password", "khong-dung-1"), me.token());
        Api.Reply deleted = api.post("/api/me/deletion", Map.of("password", me.password()), me.token());

        assertEquals(422, wrong.status());
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals("DONE", deleted.map().get("status"));
        assertEquals(401, api.get("/api/me", me.token()).status(), "sessions end");
        assertEquals(401, api.post("/login", Map.of("username", me.phone(), "password", me.password()), null).status());
        Map<String, Object> row = sql.one("""
                SELECT a.full_name, p.email, p.citizen_id_hash, p.display_name, a.erased_at FROM account a
                JOIN participant p ON p.account_id = a.id WHERE a.id = ?""", rs -> Map.<String, Object>of(
                "name", rs.getString("full_name"), "cidHash", rs.getBytes("citizen_id_hash"), "display", rs.getString("display_name"),
                "erased", rs.getTimestamp("erased_at") != null), me.id()).orElseThrow();
        assertTrue(row.get("name").toString().startsWith("Người dự thi đã xóa "));
        assertEquals(row.get("name"), row.get("display"));
        assertFalse(java.util.Arrays.equals(cidHash, (byte[]) row.get("cidHash")), "the keyed hash is replaced");
        assertEquals(true, row.get("erased"));
        assertEquals(201, api.post("/api/register", Fixtures.registration("Nguyễn Văn An", me.citizenId(), me.phone()), null)
                .status(), "the person's numbers may register again");
        assertEquals(1, audited("ACCOUNT_DELETION_REQUESTED", me.id()));
        assertEquals(1, audited("ACCOUNT_ERASED", me.id()));
    }

    @Test
    void anEntryInARoundWithoutFinalAwardsSchedulesTheDeletionUntilTheyAreSigned() {
        Fixtures.Contestant me = fixtures.contestant();
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Attempts attempts = new Attempts(api, sql);
        long attemptId = attempts.start(round.id(), me, "Trình duyệt thử");
        attempts.submit(attemptId, me);

        Api.Reply scheduled = api.post("/api/me/deletion", Map.of("password", me.password()), me.token());

        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals("SCHEDULED", scheduled.map().get("status"));
        assertEquals(List.of("Đợt 1 — " + sql.one("SELECT name FROM contest WHERE id = ?", rs -> rs.getString("name"),
                round.contestId()).orElseThrow()), scheduled.map().get("waitingFor"));
        ErasureJob job = context.getBean(ErasureJob.class);
        job.runOnce();
        assertEquals(200, api.get("/api/me", me.token()).status(), "nothing happens while the awards are open");

        sql.update("""
                INSERT INTO award_decision (scope_key, contest_id, round_id, status, version, ranking_hash, drafted_at)
                VALUES (?, ?, ?, 'SIGNED', 1, ?, ?)""", "R" + round.id(), round.contestId(), round.id(), "0".repeat(64),
                Instant.now());
        job.runOnce();

        assertEquals(401, api.get("/api/me", me.token()).status());
        assertEquals("DONE", sql.one("SELECT status FROM account_deletion WHERE account_id = ?", rs -> rs.getString("status"), me.id())
                .orElseThrow());
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM attempt WHERE account_id = ?", rs -> rs.getLong("n"), me.id()).orElseThrow(),
                "the attempt stays for the records");
        assertNull(sql.one("SELECT email FROM participant WHERE account_id = ?", rs -> rs.getString("email"), me.id()).orElse(null));
    }

    @Test
    void aScheduledDeletionCanBeWithdrawn() {
        Fixtures.Contestant me = fixtures.contestant();
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        new Attempts(api, sql).start(round.id(), me, "Trình duyệt thử");
        api.post("/api/me/deletion", Map.of("password", me.password()), me.token());

        Api.Reply cancelled = api.delete("/api/me/deletion", me.token());

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.map().get("status"));
        assertEquals("Đã hủy yêu cầu", cancelled.map().get("statusLabel"));
        assertEquals(1, audited("ACCOUNT_DELETION_CANCELLED", me.id()));
    }

    @Test
    void staffHaveNoMyAccountPages() {
        assertEquals(403, api.get("/api/me/account", staff.adminToken()).status());
        assertArrayEquals(new int[]{401}, new int[]{api.get("/api/me/account", null).status()});
    }
}
