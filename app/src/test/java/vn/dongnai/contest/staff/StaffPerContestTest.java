package vn.dongnai.contest.staff;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two departments' contests side by side on one platform — the Department of Justice's (Sở Tư
 * pháp) and the Department of Science and Technology's (Sở KH&CN) — each organized by its own staff,
 * granted through the contest's organizing unit.
 */
@MicronautTest(transactional = false)
@StaffLogins
class StaffPerContestTest extends IntegrationTest {

    // units of this test class only, so other classes' contests never fall into them
    private final String justice = "Sở Tư pháp " + UUID.randomUUID().toString().substring(0, 6);
    private final String science = "Sở Khoa học và Công nghệ " + UUID.randomUUID().toString().substring(0, 6);

    ContestRound justiceRound;
    ContestRound scienceRound;
    Staff.Member justiceOrganizer;
    Staff.Member scienceOrganizer;

    @BeforeAll
    void twoDepartments() {
        justiceRound = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
        scienceRound = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
        assertEquals(200, setUnit(justiceRound.contestId(), justice).status());
        assertEquals(200, setUnit(scienceRound.contestId(), science).status());
        justiceOrganizer = staff.createWithoutGrants("ORGANIZER");
        scienceOrganizer = staff.createWithoutGrants("ORGANIZER");
        staff.grant(justiceOrganizer.id(), Map.of("role", "ORGANIZER", "organizingUnit", justice));
        staff.grant(scienceOrganizer.id(), Map.of("role", "ORGANIZER", "organizingUnit", science));
    }

    private Api.Reply setUnit(long contestId, String unit) {
        return api.put("/api/admin/contests/" + contestId + "/organizing-unit", Map.of("organizingUnit", unit),
                staff.adminToken());
    }

    private List<Long> listed(String token) {
        Api.Reply list = api.get("/api/admin/contests", token);
        assertEquals(200, list.status(), list.body());
        return list.list().stream().map(c -> ((Number) c.get("id")).longValue()).toList();
    }

    @Test
    void eachOrganizerListsOnlyTheirOwnDepartmentsContest() {
        assertTrue(listed(justiceOrganizer.token()).contains(justiceRound.contestId()));
        assertFalse(listed(justiceOrganizer.token()).contains(scienceRound.contestId()));
        assertTrue(listed(scienceOrganizer.token()).contains(scienceRound.contestId()));
        assertFalse(listed(scienceOrganizer.token()).contains(justiceRound.contestId()));
        List<Long> all = listed(staff.adminToken());
        assertTrue(all.contains(justiceRound.contestId()) && all.contains(scienceRound.contestId()), "ADMIN sees both");
    }

    @Test
    void aContestsSettingsShowTheOrganizingUnitItBelongsTo() {
        Api.Reply settings = api.get("/api/admin/contests/" + justiceRound.contestId(), justiceOrganizer.token());
        assertEquals(200, settings.status(), settings.body());
        assertEquals(justice, settings.map().get("organizingUnit"));
    }

    @Test
    void anotherDepartmentsContestAnswersExactlyAsAContestThatDoesNotExist() {
        Api.Reply foreign = api.get("/api/admin/contests/" + scienceRound.contestId(), justiceOrganizer.token());
        Api.Reply missing = api.get("/api/admin/contests/999999999", justiceOrganizer.token());
        assertEquals(404, foreign.status());
        assertEquals(missing.status(), foreign.status());
        assertEquals(missing.body(), foreign.body());
        Api.Reply foreignRound = api.get("/api/admin/rounds/" + scienceRound.id() + "/live", justiceOrganizer.token());
        assertEquals(404, foreignRound.status());
        assertEquals(api.get("/api/admin/rounds/999999999/live", justiceOrganizer.token()).body(), foreignRound.body());
    }

    @Test
    void eachOrganizerChangesTheirOwnContestAndCannotTouchTheOther() {
        Api.Reply own = api.post("/api/admin/rounds/" + justiceRound.id() + "/duplicate", Map.of(), justiceOrganizer.token());
        assertEquals(201, own.status(), own.body());
        Api.Reply foreign = api.post("/api/admin/rounds/" + scienceRound.id() + "/duplicate", Map.of(), justiceOrganizer.token());
        assertEquals(404, foreign.status());
        long rounds = sql.one("SELECT COUNT(*) AS n FROM contest_round WHERE contest_id = ?", rs -> rs.getLong("n"),
                scienceRound.contestId()).orElseThrow();
        assertEquals(1, rounds, "nothing was copied into the other department's contest");
        assertEquals(200, api.get("/api/admin/rounds/" + scienceRound.id(), scienceOrganizer.token()).status());
    }

    @Test
    void aGrantByOrganizingUnitCoversANewContestOfThatUnit() {
        ContestRound later = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
        assertEquals(404, api.get("/api/admin/contests/" + later.contestId(), justiceOrganizer.token()).status());
        assertEquals(200, setUnit(later.contestId(), justice).status());
        assertEquals(200, api.get("/api/admin/contests/" + later.contestId(), justiceOrganizer.token()).status(),
                "moving the contest into the unit reaches its staff at once");
        assertTrue(listed(justiceOrganizer.token()).contains(later.contestId()));
        assertEquals(404, api.get("/api/admin/contests/" + later.contestId(), scienceOrganizer.token()).status());
    }

    @Test
    void aContestAnOrganizerCreatesJoinsTheirUnitSoTheUnitsCommitteeSeesIt() {
        Staff.Member committee = staff.createWithoutGrants("COMMITTEE");
        staff.grant(committee.id(), Map.of("role", "COMMITTEE", "organizingUnit", justice));
        long bankId = sql.one("SELECT bank_id FROM contest WHERE id = ?", rs -> rs.getLong("bank_id"), justiceRound.contestId()).orElseThrow();
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "tu-phap-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Tìm hiểu pháp luật về chuyển đổi số");
        body.put("organizer", "Sở Tư pháp tỉnh Đồng Nai");
        body.put("bankId", bankId);
        Api.Reply created = api.post("/api/admin/contests", body, justiceOrganizer.token());
        assertEquals(201, created.status(), created.body());
        long contestId = ((Number) created.map().get("id")).longValue();
        assertEquals(justice, sql.one("SELECT organizing_unit FROM contest WHERE id = ?", rs -> rs.getString("organizing_unit"), contestId)
                .orElse(null));
        assertEquals(200, api.get("/api/admin/contests/" + contestId, justiceOrganizer.token()).status());
        assertEquals(200, api.get("/api/admin/contests/" + contestId + "/prize-rules", committee.token()).status());
        assertTrue(listed(committee.token()).contains(contestId), "the committee's scope picker lists it");
        assertFalse(listed(committee.token()).contains(scienceRound.contestId()));
        assertEquals(404, api.get("/api/admin/contests/" + contestId, scienceOrganizer.token()).status());
    }

    @Test
    void removingAGrantTakesEffectAtOnce() {
        Staff.Member member = staff.createWithoutGrants("ORGANIZER");
        long grant = staff.grant(member.id(), Map.of("role", "ORGANIZER", "contestId", scienceRound.contestId()));
        assertEquals(200, api.get("/api/admin/contests/" + scienceRound.contestId(), member.token()).status());
        assertEquals(List.of(scienceRound.contestId()), listed(member.token()));
        Api.Reply removed = api.delete("/api/admin/staff/" + member.id() + "/grants/" + grant, staff.adminToken());
        assertEquals(204, removed.status(), removed.body());
        assertEquals(404, api.get("/api/admin/contests/" + scienceRound.contestId(), member.token()).status(),
                "the very next request is refused, with no wait for a cache");
        assertEquals(List.of(), listed(member.token()));
        assertEquals(1, Staff.audited(sql, "STAFF_GRANT_REMOVED", "account", member.id()));
    }

    @Test
    void aMemberWithoutAnyGrantReachesNoContest() {
        Staff.Member member = staff.createWithoutGrants("COMMITTEE");
        assertEquals(404, api.get("/api/admin/rounds/" + justiceRound.id() + "/review", member.token()).status());
        assertEquals(404, api.get("/api/admin/rounds/" + scienceRound.id() + "/review", member.token()).status());
    }

    @Test
    void aCommitteeGrantDoesNotLetAnOrganizerOrganizeThatContest() {
        Staff.Member both = staff.createWithoutGrants("ORGANIZER", "COMMITTEE");
        staff.grant(both.id(), Map.of("role", "ORGANIZER", "organizingUnit", justice));
        staff.grant(both.id(), Map.of("role", "COMMITTEE", "organizingUnit", science));
        assertEquals(200, api.get("/api/admin/rounds/" + scienceRound.id() + "/review", both.token()).status());
        assertEquals(404, api.get("/api/admin/rounds/" + scienceRound.id(), both.token()).status());
        assertTrue(listed(both.token()).contains(scienceRound.contestId()), "listed, for the committee's screens");
        assertEquals(404, api.put("/api/admin/contests/" + scienceRound.contestId(), Map.of(), both.token()).status(),
                "but not to be changed");
    }

    @Test
    void grantsAreListedPerMemberAndEveryChangeIsAudited() {
        Staff.Member member = staff.createWithoutGrants("COMMITTEE_CHAIR");
        long grant = staff.grant(member.id(), Map.of("role", "COMMITTEE_CHAIR", "organizingUnit", "  Sở  Tư pha\u0301p "));
        Api.Reply listed = api.get("/api/admin/staff/" + member.id() + "/grants", staff.adminToken());
        assertEquals(200, listed.status(), listed.body());
        Map<String, Object> only = listed.list().getFirst();
        assertEquals(grant, ((Number) only.get("id")).longValue());
        assertEquals("Sở Tư pháp", only.get("organizingUnit"), "stored as NFC, spaces collapsed");
        assertNull(only.get("contestId"));
        assertEquals(1, Staff.audited(sql, "STAFF_GRANT_ADDED", "account", member.id()));
        assertTrue(api.get("/api/admin/grants", staff.adminToken()).list().stream()
                .anyMatch(g -> ((Number) g.get("id")).longValue() == grant));
        assertTrue(Staff.audited(sql, "CONTEST_UNIT_CHANGED", "contest", justiceRound.contestId()) >= 1);
    }

    @Test
    void aBadGrantIsRefusedFieldByFieldInVietnamese() {
        Staff.Member member = staff.createWithoutGrants("ORGANIZER");
        String path = "/api/admin/staff/" + member.id() + "/grants";
        Api.Reply unknownRole = api.post(path, Map.of("role", "ADMIN", "organizingUnit", justice), staff.adminToken());
        assertEquals(422, unknownRole.status());
        assertTrue(unknownRole.body().contains("\"field\":\"role\""), unknownRole.body());
        Api.Reply notHeld = api.post(path, Map.of("role", "COMMITTEE", "organizingUnit", justice), staff.adminToken());
        assertEquals(422, notHeld.status());
        assertTrue(notHeld.body().contains("ROLE_NOT_HELD"), notHeld.body());
        Api.Reply neither = api.post(path, Map.of("role", "ORGANIZER"), staff.adminToken());
        assertEquals(422, neither.status());
        assertTrue(neither.body().contains("Chọn một cuộc thi hoặc nhập một đơn vị tổ chức."), neither.body());
        Api.Reply both = api.post(path, Map.of("role", "ORGANIZER", "organizingUnit", justice,
                "contestId", justiceRound.contestId()), staff.adminToken());
        assertEquals(422, both.status());
        assertTrue(both.body().contains("\"field\":\"organizingUnit\""), both.body());
        Api.Reply noContest = api.post(path, Map.of("role", "ORGANIZER", "contestId", 999999999), staff.adminToken());
        assertEquals(422, noContest.status());
        assertTrue(noContest.body().contains("Không tìm thấy cuộc thi này."), noContest.body());
        Api.Reply hidden = api.post(path, Map.of("role", "ORGANIZER", "organizingUnit", "Sở\u202e Tư pháp"), staff.adminToken());
        assertEquals(422, hidden.status(), hidden.body());
        Api.Reply tooLong = api.post(path, Map.of("role", "ORGANIZER", "organizingUnit", "S".repeat(151)), staff.adminToken());
        assertEquals(422, tooLong.status(), tooLong.body());
        assertEquals(404, api.post("/api/admin/staff/999999999/grants", Map.of("role", "ORGANIZER", "organizingUnit", justice),
                staff.adminToken()).status());
        staff.grant(member.id(), Map.of("role", "ORGANIZER", "organizingUnit", justice));
        Api.Reply twice = api.post(path, Map.of("role", "ORGANIZER", "organizingUnit", justice), staff.adminToken());
        assertEquals(409, twice.status());
        assertEquals("GRANT_EXISTS", twice.code());
    }

    @Test
    void theChairExportsTheParticipantsOfGrantedContestsOnlyAndNeverEveryoneAtOnce() {
        Staff.Member chair = staff.createWithoutGrants("COMMITTEE_CHAIR");
        staff.grant(chair.id(), Map.of("role", "COMMITTEE_CHAIR", "organizingUnit", justice));
        String export = "/api/admin/support/participants/export";
        assertEquals(200, api.get(export + "?contestId=" + justiceRound.contestId(), chair.token()).status());
        assertEquals(404, api.get(export + "?contestId=" + scienceRound.contestId(), chair.token()).status());
        Api.Reply everyone = api.get(export, chair.token());
        assertEquals(422, everyone.status(), everyone.body());
        assertTrue(everyone.body().contains("\"field\":\"contestId\""), everyone.body());
        assertEquals(200, api.get(export, staff.member("SUPPORT").token()).status(), "the desk serves the whole province");
    }

    @Test
    void anOrganizerMayNotGrantOrMoveContestsThemselves() {
        assertEquals(403, api.post("/api/admin/staff/" + justiceOrganizer.id() + "/grants",
                Map.of("role", "ORGANIZER", "organizingUnit", science), justiceOrganizer.token()).status());
        assertEquals(403, api.put("/api/admin/contests/" + justiceRound.contestId() + "/organizing-unit",
                Map.of("organizingUnit", science), justiceOrganizer.token()).status());
    }
}
