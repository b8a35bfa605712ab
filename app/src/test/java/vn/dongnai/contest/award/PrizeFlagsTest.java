package vn.dongnai.contest.award;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prize places whose contestant the review queue still questions (chờ rà soát) are not signed blindly. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class PrizeFlagsTest extends IntegrationTest {

    AwardFixtures awards;
    String admin;
    String committee;
    String organizer;

    @BeforeAll
    void staff() {
        awards = new AwardFixtures(context, fixtures);
        admin = fixtures.login("admin", "Admin-test-1234");
        committee = awards.staff("COMMITTEE");
        organizer = awards.staff("ORGANIZER");
    }

    /** Ten questions in six seconds, all right: the first prize, and a fast-finish flag nobody has decided. */
    record Scenario(ContestRound round, AwardFixtures.Person fast, AwardFixtures.Person steady, int version) {
    }

    private Scenario draftedWithAFlaggedWinner() {
        ContestRound round = awards.round(10);
        AwardFixtures.Person fast = awards.person("Nguyễn Văn Nhanh");
        AwardFixtures.Person steady = awards.person("Trần Thị Vững");
        awards.entry(round, fast, 10, null, 6_000, AwardFixtures.T0);
        awards.entry(round, steady, 9, null, 200_000, AwardFixtures.T0);
        Api.Reply rules = api.put("/api/admin/rounds/" + round.id() + "/prize-rules", Map.of("tiers", List.of(
                Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000, "collectivePoints", 0),
                Map.of("name", "Giải Nhì", "count", 1, "amountVnd", 2_000_000, "collectivePoints", 0))), organizer);
        assertEquals(200, rules.status(), rules.body());
        awards.close(round);
        Api.Reply drafted = api.post("/api/admin/rounds/" + round.id() + "/awards/draft", Map.of(), committee);
        assertEquals(200, drafted.status(), drafted.body());
        AwardFixtures.verifyWinners(api, drafted.map(), committee);
        return new Scenario(round, fast, steady, ((Number) drafted.map().get("version")).intValue());
    }

    private Api.Reply sign(Scenario s, Map<String, Object> extra, String token) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("version", s.version());
        return api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", body, token);
    }

    @Test
    void theReviewShowsEachWinnersUndecidedFlags() {
        Scenario s = draftedWithAFlaggedWinner();

        Map<String, Object> review = api.get("/api/admin/rounds/" + s.round().id() + "/awards", committee).map();

        List<Map<String, Object>> winners = (List<Map<String, Object>>) review.get("winners");
        Map<String, Object> first = winners.getFirst();
        assertEquals(s.fast().accountId(), ((Number) first.get("accountId")).longValue());
        List<Map<String, Object>> flags = (List<Map<String, Object>>) first.get("pendingFlags");
        assertEquals("FAST_FINISH", flags.getFirst().get("kind"));
        assertEquals("làm bài nhanh bất thường", flags.getFirst().get("label"));
        assertTrue(((List<?>) winners.get(1).getOrDefault("pendingFlags", List.of())).isEmpty(), "the steady winner has none");
    }

    @Test
    void aPrizePlaceWithAPendingFlagCannotBeSigned() {
        Scenario s = draftedWithAFlaggedWinner();

        Api.Reply refused = sign(s, Map.of(), committee);

        assertEquals(409, refused.status(), refused.body());
        assertEquals("PRIZE_FLAGS_PENDING", refused.code());
        String message = (String) refused.map().get("message");
        assertTrue(message.contains("hạng 1 " + s.fast().displayName() + " (Giải Nhất)"), message);
        assertTrue(message.contains("Rà soát bài thi"), message);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) ((Map<String, Object>) refused.map().get("details")).get("winners");
        assertEquals(List.of(s.fast().accountId()), listed.stream().map(w -> ((Number) w.get("accountId")).longValue()).toList());
        assertEquals("DRAFT", api.get("/api/admin/rounds/" + s.round().id() + "/awards", committee).map().get("status"));
    }

    @Test
    void onceTheCommitteeDecidesTheFlagTheDecisionCanBeSigned() {
        Scenario s = draftedWithAFlaggedWinner();
        Api.Reply cleared = api.post("/api/admin/rounds/" + s.round().id() + "/review/" + s.fast().accountId(),
                Map.of("decision", "CLEAR", "reason", "Đã gọi điện xác minh, thí sinh làm bài thật"), committee);
        assertEquals(200, cleared.status(), cleared.body());

        Api.Reply signed = sign(s, Map.of(), committee);

        assertEquals(200, signed.status(), signed.body());
        assertEquals("SIGNED", signed.map().get("status"));
    }

    @Test
    void onlyAnAdminMaySignOverPendingFlagsWithAReasonAndItIsAudited() {
        Scenario s = draftedWithAFlaggedWinner();

        Api.Reply notAdmin = sign(s, Map.of("flagOverrideReason", "Hội đồng đã xem xét trực tiếp"), committee);
        Api.Reply noReason = sign(s, Map.of("flagOverrideReason", " "), admin);
        Api.Reply overridden = sign(s, Map.of("flagOverrideReason", "Hội đồng đã xem xét trực tiếp"), admin);

        assertEquals(403, notAdmin.status(), notAdmin.body());
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals(200, overridden.status(), overridden.body());
        String audited = sql.one("SELECT after_json FROM audit_log WHERE action = 'AWARDS_FLAGS_OVERRIDDEN' AND entity = 'round' "
                + "AND entity_id = ?", rs -> rs.getString("after_json"), String.valueOf(s.round().id())).orElseThrow();
        assertTrue(audited.contains("Hội đồng đã xem xét trực tiếp"), audited);
        assertTrue(audited.contains(s.fast().accountId() + ":FAST_FINISH"), audited);
    }
}
