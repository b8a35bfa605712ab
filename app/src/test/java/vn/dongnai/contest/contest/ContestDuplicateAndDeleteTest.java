package vn.dongnai.contest.contest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicating a contest or a round (settings, rules, prize rules — never entries), deleting a draft
 * nobody took, previewing a round's draw, and what the public contest API carries of the settings.
 */
@MicronautTest(transactional = false)
@StaffLogins
@SuppressWarnings("unchecked")
class ContestDuplicateAndDeleteTest extends IntegrationTest {

    String organizer;
    long bankId;
    long topicA;

    @BeforeAll
    void setUp() {
        organizer = staff.organizer();
        bankId = Banks.create(context, 12).id();
        topicA = Banks.topicId(sql, bankId, "Chủ đề A");
    }

    private long contest() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "nhan-ban-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Tìm hiểu về Chuyển đổi số");
        body.put("organizer", "Sở Khoa học và Công nghệ tỉnh Đồng Nai");
        body.put("bankId", bankId);
        body.put("rulesMd", "# Thể lệ\n\n| Giải | Số lượng |\n|---|---:|\n| Nhất | 1 |");
        body.put("prizeMd", "| Giải | Trị giá |\n|---|---:|\n| Nhất | 3.000.000 đ |");
        body.put("eligibility", Map.of("minAge", 15, "localOnly", true, "groups", List.of("OFFICIAL")));
        body.put("branding", Map.of("color", "#0b5ed7", "logoUrl", "/assets/logo.svg"));
        Api.Reply created = api.post("/api/admin/contests", body, organizer);
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    private long round(long contestId, Instant opens) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Tuần 1");
        body.put("opensAt", opens.toString());
        body.put("closesAt", opens.plus(7, ChronoUnit.DAYS).toString());
        body.put("questionCount", 5);
        body.put("drawRules", List.of(Map.of("topicId", topicA, "difficulty", "EASY", "count", 1)));
        body.put("timeLimitSeconds", 600);
        body.put("attemptsAllowed", 2);
        body.put("countingRule", "BEST");
        body.put("pointsPerQuestion", 1);
        body.put("graceSeconds", 10);
        Api.Reply created = api.post("/api/admin/contests/" + contestId + "/rounds", body, organizer);
        assertEquals(201, created.status(), created.body());
        long roundId = id(created);
        Api.Reply rules = api.put("/api/admin/rounds/" + roundId + "/prize-rules", Map.of("tiers",
                List.of(Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000, "collectivePoints", 0))), organizer);
        assertEquals(200, rules.status(), rules.body());
        return roundId;
    }

    private static long id(Api.Reply reply) {
        return ((Number) reply.map().get("id")).longValue();
    }

    private static Instant tomorrow() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.DAYS);
    }

    @Test
    void aDuplicatedContestIsADraftWithTheSameSettingsRoundsDrawRulesAndPrizeRules() {
        long original = contest();
        long roundId = round(original, tomorrow());

        Api.Reply copy = api.post("/api/admin/contests/" + original + "/duplicate", Map.of(), organizer);

        assertEquals(201, copy.status(), copy.body());
        Map<String, Object> c = copy.map();
        assertNotEquals(original, id(copy));
        assertEquals("DRAFT", c.get("status"));
        assertEquals("Tìm hiểu về Chuyển đổi số (bản sao)", c.get("name"));
        assertTrue(((String) c.get("slug")).endsWith("-ban-sao"), (String) c.get("slug"));
        assertEquals(Map.of("minAge", 15, "localOnly", true, "groups", List.of("OFFICIAL")), c.get("eligibility"));
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) c.get("rounds");
        assertEquals(1, rounds.size());
        Map<String, Object> copiedRound = rounds.getFirst();
        assertEquals("DRAFT", copiedRound.get("status"));
        assertEquals(0, ((Number) copiedRound.get("attempts")).intValue());
        assertEquals(List.of(Map.of("topicId", (int) topicA, "topic", "Chủ đề A", "difficulty", "EASY", "count", 1)),
                copiedRound.get("drawRules"));
        Map<String, Object> prizes = api.get("/api/admin/rounds/" + copiedRound.get("id") + "/prize-rules", organizer).map();
        assertEquals("Giải Nhất", ((List<Map<String, Object>>) prizes.get("tiers")).getFirst().get("name"));
        assertEquals(1, Staff.audited(sql, "CONTEST_DUPLICATED", "contest", id(copy)));
        assertNotEquals(roundId, ((Number) copiedRound.get("id")).longValue());
    }

    @Test
    void aDuplicatedContestKeepsTheOrganizingUnitSoTheSameStaffMayWorkOnIt() {
        long original = contest();
        sql.update("UPDATE contest SET organizing_unit = 'Sở Nội vụ' WHERE id = ?", original);

        Api.Reply copy = api.post("/api/admin/contests/" + original + "/duplicate", Map.of(), organizer);

        assertEquals(201, copy.status(), copy.body());
        assertEquals("Sở Nội vụ", sql.one("SELECT organizing_unit FROM contest WHERE id = ?",
                rs -> rs.getString("organizing_unit"), id(copy)).orElseThrow());
    }

    @Test
    void aDuplicatedRoundFollowsTheContestsLastRoundAndKeepsItsPrizeRulesButNoEntries() {
        long contestId = contest();
        Instant opens = tomorrow();
        long roundId = round(contestId, opens);

        Api.Reply copy = api.post("/api/admin/rounds/" + roundId + "/duplicate", Map.of(), organizer);

        assertEquals(201, copy.status(), copy.body());
        Map<String, Object> r = copy.map();
        assertEquals("Tuần 1 (bản sao)", r.get("name"));
        assertEquals(2, ((Number) r.get("seq")).intValue());
        assertEquals(opens.plus(7, ChronoUnit.DAYS), Instant.parse((String) r.get("opensAt")), "opens when the last round closes");
        assertEquals(opens.plus(14, ChronoUnit.DAYS), Instant.parse((String) r.get("closesAt")), "as long as the original");
        assertEquals(600, ((Number) r.get("timeLimitSeconds")).intValue());
        Map<String, Object> prizes = api.get("/api/admin/rounds/" + id(copy) + "/prize-rules", organizer).map();
        assertEquals(1, ((List<?>) prizes.get("tiers")).size());
    }

    @Test
    void aDraftContestNobodyTookIsDeletedWithItsRoundsAndRulesAndTheDeletionIsAudited() {
        long contestId = contest();
        long roundId = round(contestId, tomorrow());

        Api.Reply deleted = api.send(io.micronaut.http.HttpRequest.DELETE("/api/admin/contests/" + contestId), organizer);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, api.get("/api/admin/contests/" + contestId, organizer).status());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM contest_round WHERE id = ?", rs -> rs.getLong("n"), roundId).orElseThrow());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM prize_tier WHERE scope_key = ?", rs -> rs.getLong("n"), "R" + roundId)
                .orElseThrow());
        assertEquals(1, Staff.audited(sql, "CONTEST_DELETED", "contest", contestId));
    }

    @Test
    void aPublishedOrTakenContestIsNotDeleted() {
        long published = contest();
        assertEquals(200, api.post("/api/admin/contests/" + published + "/publish", Map.of(), organizer).status());
        long taken = fixtures.openRound(vn.dongnai.contest.support.Fixtures.RoundSpec.standard(), 6).contestId();
        sql.update("UPDATE contest SET status = 'DRAFT' WHERE id = ?", taken);
        sql.update("""
                INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, question_count)
                SELECT r.id, ?, 1, 'OPEN', NOW(3), NOW(3), 5 FROM contest_round r WHERE r.contest_id = ?""",
                fixtures.contestant().id(), taken);

        Api.Reply refusedPublished = api.send(io.micronaut.http.HttpRequest.DELETE("/api/admin/contests/" + published), organizer);
        Api.Reply refusedTaken = api.send(io.micronaut.http.HttpRequest.DELETE("/api/admin/contests/" + taken), organizer);

        assertEquals(409, refusedPublished.status(), refusedPublished.body());
        assertEquals("CONTEST_NOT_DELETABLE", refusedPublished.code());
        assertEquals(409, refusedTaken.status(), refusedTaken.body());
        assertEquals(200, api.get("/api/admin/contests/" + taken, organizer).status());
        api.post("/api/admin/contests/" + published + "/unpublish", Map.of(), organizer);
    }

    @Test
    void aRoundPreviewDrawsAsAContestantSeesItWithoutAnAttemptOrTheKey() {
        long contestId = contest();
        long roundId = round(contestId, tomorrow());
        long attemptsBefore = sql.one("SELECT COUNT(*) AS n FROM attempt", rs -> rs.getLong("n")).orElseThrow();

        Api.Reply preview = api.get("/api/admin/rounds/" + roundId + "/preview", organizer);

        assertEquals(200, preview.status(), preview.body());
        List<Map<String, Object>> questions = (List<Map<String, Object>>) preview.map().get("questions");
        assertEquals(5, questions.size());
        assertEquals(4, ((List<?>) questions.getFirst().get("options")).size());
        assertFalse(preview.body().contains("correct"), "no key in a preview: " + preview.body());
        assertEquals(attemptsBefore, sql.one("SELECT COUNT(*) AS n FROM attempt", rs -> rs.getLong("n")).orElseThrow());
        assertEquals(403, api.get("/api/admin/rounds/" + roundId + "/preview", staff.committee()).status());
    }

    @Test
    void thePublicContestCarriesThePrizeStructureEligibilityAndBranding() {
        long contestId = contest();
        assertEquals(200, api.post("/api/admin/contests/" + contestId + "/publish", Map.of(), organizer).status());

        Map<String, Object> seen = api.get("/api/contests/" + contestId, null).map();
        Map<String, Object> listed = api.get("/api/contests", null).list().stream()
                .filter(c -> ((Number) c.get("id")).longValue() == contestId).findFirst().orElseThrow();

        assertEquals("| Giải | Trị giá |\n|---|---:|\n| Nhất | 3.000.000 đ |", seen.get("prizes"));
        assertEquals(Map.of("minAge", 15, "localOnly", true, "groups", List.of("OFFICIAL")), seen.get("eligibility"));
        assertEquals(Map.of("color", "#0B5ED7", "logoUrl", "/assets/logo.svg"), seen.get("branding"));
        assertEquals(seen.get("prizes"), listed.get("prizes"));
        api.post("/api/admin/contests/" + contestId + "/unpublish", Map.of(), organizer);
    }
}
