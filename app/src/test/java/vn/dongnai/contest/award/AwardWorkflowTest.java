package vn.dongnai.contest.award;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.RoundCloser;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AwardWorkflowTest extends IntegrationTest {

    static final List<Map<String, Object>> TIERS = List.of(
            Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000, "collectivePoints", 5),
            Map.of("name", "Giải Nhì", "count", 2, "amountVnd", 2_000_000, "collectivePoints", 3));

    AwardFixtures awards;
    String admin;
    String committee;
    String chair;
    String organizer;

    @BeforeAll
    void staff() {
        awards = new AwardFixtures(context, fixtures);
        admin = fixtures.login("admin", "Admin-test-1234");
        committee = awards.staff("COMMITTEE");
        chair = awards.staff("COMMITTEE,COMMITTEE_CHAIR");
        organizer = awards.staff("ORGANIZER");
    }

    /**
     * Five entries in a round that predicts the number of participants (actual: 5). Every link of
     * the chain decides one place:
     * A 10 points, guess 5 (exact), 300 s · B 10, guess 9 (off by 4), 100 s · C 10, guess 9, 200 s
     * · D 10, guess 9, 250 s · E 9 points. Prizes: one Nhất, two Nhì.
     */
    record Scenario(ContestRound round, RoundCloser.Snapshot snapshot, AwardFixtures.Person a, AwardFixtures.Person b,
                    AwardFixtures.Person c, AwardFixtures.Person d, AwardFixtures.Person e, long attemptOfC) {
    }

    private Scenario closedRoundWithPrizes() {
        ContestRound round = awards.round(10);
        AwardFixtures.Person a = awards.person("Nguyễn Văn An");
        AwardFixtures.Person b = awards.person("Trần Thị Bình");
        AwardFixtures.Person c = awards.person("Lê Văn Cường");
        AwardFixtures.Person d = awards.person("Phạm Thị Dung");
        AwardFixtures.Person e = awards.person("Hoàng Văn Em");
        awards.entry(round, a, 10, 5L, 300_000, AwardFixtures.T0);
        awards.entry(round, b, 10, 9L, 100_000, AwardFixtures.T0);
        long attemptOfC = awards.entry(round, c, 10, 9L, 200_000, AwardFixtures.T0);
        awards.entry(round, d, 10, 9L, 250_000, AwardFixtures.T0);
        awards.entry(round, e, 9, 5L, 50_000, AwardFixtures.T0);
        setRules(round, TIERS);
        return new Scenario(round, awards.close(round), a, b, c, d, e, attemptOfC);
    }

    private void setRules(ContestRound round, List<Map<String, Object>> tiers) {
        Api.Reply set = api.put("/api/admin/rounds/" + round.id() + "/prize-rules", Map.of("tiers", tiers), organizer);
        assertEquals(200, set.status(), set.body());
    }

    private Map<String, Object> draft(ContestRound round) {
        Api.Reply drafted = api.post("/api/admin/rounds/" + round.id() + "/awards/draft", Map.of(), committee);
        assertEquals(200, drafted.status(), drafted.body());
        AwardFixtures.verifyWinners(api, drafted.map(), committee);
        return drafted.map();
    }

    private Map<String, Object> signed(ContestRound round) {
        Map<String, Object> draft = draft(round);
        Api.Reply signed = api.post("/api/admin/rounds/" + round.id() + "/awards/sign", Map.of("version", draft.get("version")), committee);
        assertEquals(200, signed.status(), signed.body());
        return signed.map();
    }

    private static List<Map<String, Object>> winners(Map<String, Object> decision) {
        return (List<Map<String, Object>>) decision.get("winners");
    }

    private static List<Long> winnerIds(Map<String, Object> decision) {
        return winners(decision).stream().map(w -> ((Number) w.get("accountId")).longValue()).toList();
    }

    /** The units this class adds make the catalog non-empty, which changes registration for later classes. */
    @org.junit.jupiter.api.AfterAll
    void removeTheUnitsAdded() {
        sql.update("DELETE FROM unit WHERE name LIKE 'Sở Tài chính %' OR name LIKE 'UBND phường Long Bình %'");
    }

    private long audits(String action, Object entityId) {
        return sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entity = 'round' AND entity_id = ?", rs -> rs.getLong("n"), action,
                String.valueOf(entityId)).orElseThrow();
    }

    @Test
    void draftingNeedsAFrozenRanking() {
        ContestRound open = awards.round(5);
        setRules(open, TIERS);
        Api.Reply refused = api.post("/api/admin/rounds/" + open.id() + "/awards/draft", Map.of(), committee);
        assertEquals(409, refused.status());
        assertEquals("RANKING_NOT_FROZEN", refused.code());
    }

    @Test
    void draftingNeedsPrizeRules() {
        ContestRound round = awards.round(5);
        awards.entry(round, awards.person("Vũ Thị Hoa"), 5, 60_000);
        awards.close(round);
        Api.Reply refused = api.post("/api/admin/rounds/" + round.id() + "/awards/draft", Map.of(), committee);
        assertEquals(409, refused.status());
        assertEquals("NO_PRIZE_RULES", refused.code());
    }

    @Test
    void theReviewShowsEachWinnersFiguresTheDecidingLinkAndWhoWasPassedOver() {
        Scenario s = closedRoundWithPrizes();
        sql.update("UPDATE attempt SET disqualified = TRUE WHERE id = ?", s.attemptOfC());

        Map<String, Object> review = draft(s.round());

        assertEquals("DRAFT", review.get("status"));
        assertEquals(s.snapshot().contentHash(), review.get("rankingHash"));
        assertEquals(List.of(s.a().accountId(), s.b().accountId(), s.d().accountId()), winnerIds(review));
        List<Map<String, Object>> w = winners(review);
        assertEquals(List.of("Giải Nhất", "Giải Nhì", "Giải Nhì"), w.stream().map(x -> x.get("tier")).toList());
        assertEquals(List.of("PREDICTION", "DURATION", "SCORE"), w.stream().map(x -> x.get("decidedBy")).toList(),
                "A beat B on the prediction; B beat D (past the disqualified C) on duration; D beat E on score");
        Map<String, Object> first = w.getFirst();
        assertEquals(10, ((Number) first.get("score")).intValue());
        assertEquals(0L, ((Number) first.get("predictionError")).longValue());
        assertEquals(300_000L, ((Number) first.get("durationMs")).longValue());
        assertEquals("2025-11-20T01:00:00Z", first.get("submittedAt"));
        assertEquals("Nguyễn Văn An", first.get("fullName"));
        Map<String, Object> third = w.get(2);
        assertEquals(4, ((Number) third.get("rank")).intValue(), "D keeps their rank in the frozen ranking");
        List<Map<String, Object>> passed = (List<Map<String, Object>>) third.get("passedOver");
        assertEquals(1, passed.size());
        assertEquals(s.c().accountId(), ((Number) passed.getFirst().get("accountId")).longValue());
        assertEquals("DISQUALIFIED", passed.getFirst().get("reason"));
        assertEquals("Bị loại khỏi kết quả do vi phạm quy chế.", passed.getFirst().get("explanation"));
        assertEquals(1, audits("AWARDS_DRAFTED", s.round().id()));
    }

    @Test
    void signingLocksTheDecisionRecordsTheHashAndTheSignerAndIsAudited() {
        Scenario s = closedRoundWithPrizes();

        Map<String, Object> decision = signed(s.round());

        assertEquals("SIGNED", decision.get("status"));
        assertEquals(s.snapshot().contentHash(), decision.get("signedHash"));
        assertEquals("Cán bộ COMMITTEE", decision.get("signedBy"));
        assertNotNull(decision.get("signedAt"));
        Api.Reply redraft = api.post("/api/admin/rounds/" + s.round().id() + "/awards/draft", Map.of(), committee);
        assertEquals(409, redraft.status());
        assertEquals("AWARDS_LOCKED", redraft.code());
        Api.Reply rules = api.put("/api/admin/rounds/" + s.round().id() + "/prize-rules", Map.of("tiers", TIERS), organizer);
        assertEquals(409, rules.status());
        assertEquals("AWARDS_LOCKED", rules.code());
        assertEquals(1, audits("AWARDS_SIGNED", s.round().id()));
        String after = sql.one("SELECT after_json FROM audit_log WHERE action = 'AWARDS_SIGNED' AND entity = 'round' AND entity_id = ?",
                rs -> rs.getString("after_json"), String.valueOf(s.round().id())).orElseThrow();
        assertTrue(after.contains(s.snapshot().contentHash()), after);
    }

    @Test
    void signingAVersionOtherThanTheCurrentDraftIsRefused() {
        Scenario s = closedRoundWithPrizes();
        draft(s.round());
        draft(s.round());

        Api.Reply stale = api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", Map.of("version", 1), committee);
        Api.Reply missing = api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", Map.of(), committee);

        assertEquals(409, stale.status());
        assertEquals("DRAFT_CHANGED", stale.code());
        assertEquals(422, missing.status());
        assertEquals("DRAFT", api.get("/api/admin/rounds/" + s.round().id() + "/awards", committee).map().get("status"));
    }

    @Test
    void signingIsRefusedWhenTheFrozenRankingChangedSinceTheDraft() {
        Scenario s = closedRoundWithPrizes();
        Map<String, Object> draft = draft(s.round());
        assertEquals(200, api.post("/api/admin/rounds/" + s.round().id() + "/reopen", Map.of("reason", "Chấm lại câu 4"), admin).status());
        sql.update("UPDATE attempt SET score = 8, correct_count = 8 WHERE round_id = ? AND account_id = ?", s.round().id(),
                s.a().accountId());
        awards.close(s.round());

        Api.Reply refused = api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", Map.of("version", draft.get("version")), committee);

        assertEquals(409, refused.status());
        assertEquals("RANKING_CHANGED", refused.code());
        assertEquals(true, api.get("/api/admin/rounds/" + s.round().id() + "/awards", committee).map().get("rankingChanged"));
    }

    @Test
    void signingIsRefusedWhenComputingAgainGivesOtherWinners() {
        Scenario s = closedRoundWithPrizes();
        Map<String, Object> draft = draft(s.round());
        Api.Reply excluded = api.post("/api/admin/contests/" + s.round().contestId() + "/award-exclusions",
                Map.of("citizenIds", List.of(s.a().citizenId()), "note", "Thư ký Ban Tổ chức"), organizer);
        assertEquals(201, excluded.status(), excluded.body());

        Api.Reply refused = api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", Map.of("version", draft.get("version")), committee);

        assertEquals(409, refused.status());
        assertEquals("DRAFT_OUTDATED", refused.code());
    }

    @Test
    void excludedStaffArePassedOverAndTheirCitizenIdIsKeptOnlyAsAHash() {
        Scenario s = closedRoundWithPrizes();
        String contest = "/api/admin/contests/" + s.round().contestId() + "/award-exclusions";
        Api.Reply added = api.post(contest, Map.of("citizenIds", List.of(s.a().citizenId(), s.a().citizenId()),
                "note", "Thư ký Ban Tổ chức"), organizer);
        assertEquals(Map.of("added", 1, "alreadyListed", 0), added.map());
        Api.Reply listed = api.get(contest, organizer);
        assertFalse(listed.body().contains(s.a().citizenId().substring(3, 9)), listed.body());
        String audited = sql.one("SELECT after_json FROM audit_log WHERE action = 'AWARD_EXCLUSIONS_ADDED' AND entity_id = ?",
                rs -> rs.getString("after_json"), String.valueOf(s.round().contestId())).orElseThrow();
        assertFalse(audited.contains(s.a().citizenId()), audited);

        Map<String, Object> review = draft(s.round());

        assertEquals(s.b().accountId(), winnerIds(review).getFirst());
        Map<String, Object> passed = ((List<Map<String, Object>>) winners(review).getFirst().get("passedOver")).getFirst();
        assertEquals("EXCLUDED", passed.get("reason"));
        assertEquals(422, api.post(contest, Map.of("citizenIds", List.of("12345")), organizer).status());
    }

    @Test
    void onlyAnAdminUnlocksASignedDecisionWithAReasonAndItIsAudited() {
        Scenario s = closedRoundWithPrizes();
        signed(s.round());
        String unlock = "/api/admin/rounds/" + s.round().id() + "/awards/unlock";

        assertEquals(403, api.post(unlock, Map.of("reason", "Sai sót dữ liệu"), committee).status());
        assertEquals(403, api.post(unlock, Map.of("reason", "Sai sót dữ liệu"), chair).status());
        assertEquals(422, api.post(unlock, Map.of("reason", " "), admin).status());
        Api.Reply unlocked = api.post(unlock, Map.of("reason", "Sai sót dữ liệu đơn vị"), admin);

        assertEquals(200, unlocked.status(), unlocked.body());
        assertEquals("DRAFT", unlocked.map().get("status"));
        assertNull(unlocked.map().get("signedBy"));
        assertEquals(1, audits("AWARDS_UNLOCKED", s.round().id()));
        String after = sql.one("SELECT after_json FROM audit_log WHERE action = 'AWARDS_UNLOCKED' AND entity_id = ?",
                rs -> rs.getString("after_json"), String.valueOf(s.round().id())).orElseThrow();
        assertTrue(after.contains("Sai sót dữ liệu đơn vị"), after);
        assertEquals(200, api.post("/api/admin/rounds/" + s.round().id() + "/awards/draft", Map.of(), committee).status(),
                "after the unlock the committee may compute again");
    }

    @Test
    void aRoundWhoseAwardsAreSignedCannotBeReopened() {
        Scenario s = closedRoundWithPrizes();
        signed(s.round());

        Api.Reply refused = api.post("/api/admin/rounds/" + s.round().id() + "/reopen", Map.of("reason", "Chấm lại câu 4"), admin);

        assertEquals(409, refused.status());
        assertEquals("AWARDS_SIGNED", refused.code());
    }

    @Test
    void onlyASignedDecisionIsPublishedAndThePublicListShowsMaskedNamesOnly() {
        Scenario s = closedRoundWithPrizes();
        String publish = "/api/admin/rounds/" + s.round().id() + "/awards/publish";
        String publicList = "/api/contests/" + s.round().contestId() + "/winners";
        draft(s.round());
        assertEquals("WRONG_STATUS", api.post(publish, Map.of(), committee).code());
        assertEquals(List.of(), api.get(publicList, null).map().getOrDefault("sections", List.of()),
                "empty lists are left out of bodies");

        Map<String, Object> draft = draft(s.round());
        api.post("/api/admin/rounds/" + s.round().id() + "/awards/sign", Map.of("version", draft.get("version")), committee);
        assertEquals(200, api.post(publish, Map.of(), committee).status());

        Api.Reply list = api.get(publicList, null);
        assertEquals(200, list.status());
        Map<String, Object> section = ((List<Map<String, Object>>) list.map().get("sections")).getFirst();
        assertEquals(s.snapshot().contentHash(), section.get("rankingHash"));
        Map<String, Object> top = ((List<Map<String, Object>>) section.get("winners")).getFirst();
        assertEquals(Map.of("tier", "Giải Nhất", "amountVnd", 3_000_000, "rank", 1, "displayName", "Nguyễn V. A.",
                "unit", "Sở Khoa học và Công nghệ", "commune", "Phường Trấn Biên", "score", 10), top);
        for (AwardFixtures.Person p : List.of(s.a(), s.b(), s.d())) {
            assertFalse(list.body().contains(p.fullName()), "no full name");
            assertFalse(list.body().contains(p.citizenId()), "no citizen ID");
            assertFalse(list.body().contains(p.phone()), "no phone");
            assertFalse(list.body().contains("\"accountId\""), "no account id");
        }
        assertEquals(1, audits("AWARDS_PUBLISHED", s.round().id()));
    }

    @Test
    void withOnePrizePerPersonTheLowerPrizePassesToTheNextEntryWithTheReason() {
        ContestRound round1 = awards.round(10);
        ContestRound round2 = awards.nextRound(round1, 2);
        AwardFixtures.Person x = awards.person("Đặng Văn Xuân");
        AwardFixtures.Person y = awards.person("Bùi Thị Yến");
        AwardFixtures.Person z = awards.person("Ngô Văn Zũng");
        awards.entry(round1, x, 10, 100_000);
        awards.entry(round1, y, 9, 100_000);
        awards.entry(round2, x, 10, 100_000);
        awards.entry(round2, z, 9, 100_000);
        assertEquals(200, api.put("/api/admin/contests/" + round1.contestId() + "/prize-rules",
                Map.of("onePrizePerPerson", true), organizer).status());
        setRules(round1, List.of(Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 1_000_000)));
        setRules(round2, List.of(Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000)));
        awards.close(round1);
        awards.close(round2);

        Map<String, Object> first = draft(round1);
        Map<String, Object> second = draft(round2);

        assertEquals(List.of(x.accountId()), winnerIds(second), "round 2's prize is the higher one");
        assertEquals(List.of(y.accountId()), winnerIds(first));
        Map<String, Object> moved = winners(first).getFirst();
        assertEquals(1, ((Number) moved.get("movedUp")).intValue());
        Map<String, Object> why = ((List<Map<String, Object>>) moved.get("passedOver")).getFirst();
        assertEquals("KEEPS_OTHER_PRIZE", why.get("reason"));
        assertEquals("Nhận Giải Nhất (Đợt 2); mỗi người chỉ nhận một giải.", why.get("explanation"));
    }

    @Test
    void collectivePrizesRankUnitsByTheFormulaAndAreSignedAfterEveryRound() {
        String big = awards.unit("Sở Tài chính", 4);
        String small = awards.unit("UBND phường Long Bình", 2);
        ContestRound round = awards.round(10);
        for (int i = 0; i < 2; i++) {
            awards.entry(round, awards.person("Lý Văn Tài " + "ABCD".charAt(i), big, "Phường Trấn Biên", "OFFICIAL"), 9 - i, 60_000);
        }
        AwardFixtures.Person best = awards.person("Mai Thị Lan", small, "Phường Long Bình", "OFFICIAL");
        awards.entry(round, best, 10, 60_000);
        setRules(round, List.of(Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 1_000_000, "collectivePoints", 10)));
        Map<String, Object> contestRules = Map.of("collective", Map.of("rateWeight", 1, "pointsWeight", 2,
                "tiers", List.of(Map.of("name", "Giải tập thể", "count", 1, "amountVnd", 5_000_000))));
        Api.Reply set = api.put("/api/admin/contests/" + round.contestId() + "/prize-rules", contestRules, organizer);
        assertEquals(200, set.status(), set.body());
        awards.close(round);
        String contest = "/api/admin/contests/" + round.contestId() + "/awards";

        Map<String, Object> review = api.post(contest + "/draft", Map.of(), committee).map();
        List<Map<String, Object>> units = (List<Map<String, Object>>) review.get("collective");
        Map<String, Object> winner = units.stream().filter(u -> u.get("tier") != null).findFirst().orElseThrow();
        // Long Bình: 1 of 2 = 50 % + 2 × 10 points = 70; Tài chính: 2 of 4 = 50 % + 0 = 50
        assertEquals(small, winner.get("unit"));
        assertEquals(70.0, ((Number) winner.get("index")).doubleValue());
        Map<String, Object> other = units.stream().filter(u -> big.equals(u.get("unit"))).findFirst().orElseThrow();
        assertEquals(50.0, ((Number) other.get("index")).doubleValue());

        Api.Reply early = api.post(contest + "/sign", Map.of("version", review.get("version")), committee);
        assertEquals("ROUND_AWARDS_NOT_SIGNED", early.code());
        signed(round);
        assertEquals(200, api.post(contest + "/sign", Map.of("version", review.get("version")), committee).status());
        assertEquals(200, api.post(contest + "/publish", Map.of(), committee).status());
        Map<String, Object> section = ((List<Map<String, Object>>) api.get("/api/contests/" + round.contestId() + "/winners",
                null).map().get("sections")).stream().filter(x -> "CONTEST".equals(x.get("scope"))).findFirst().orElseThrow();
        assertEquals(small, ((List<Map<String, Object>>) section.get("collective")).getFirst().get("unit"));
    }

    @Test
    void contestPrizesFollowTheOverallRankingOnceEveryRoundIsClosed() {
        ContestRound round1 = awards.round(10);
        ContestRound round2 = awards.nextRound(round1, 2);
        AwardFixtures.Person steady = awards.person("Châu Văn Bền");
        AwardFixtures.Person peak = awards.person("Tôn Nữ Đỉnh");
        AwardFixtures.Person slow = awards.person("Quách Văn Chậm");
        awards.entry(round1, steady, 8, 100_000);
        awards.entry(round2, steady, 8, 100_000);
        awards.entry(round1, peak, 10, 100_000);
        awards.entry(round2, peak, 5, 100_000);
        awards.entry(round1, slow, 8, 150_000);
        awards.entry(round2, slow, 8, 150_000);
        assertEquals(200, api.put("/api/admin/contests/" + round1.contestId() + "/prize-rules", Map.of("tiers",
                List.of(Map.of("name", "Giải Nhất toàn cuộc thi", "count", 1, "amountVnd", 5_000_000))), organizer).status());
        String draft = "/api/admin/contests/" + round1.contestId() + "/awards/draft";
        awards.close(round1);

        assertEquals("RANKING_NOT_FROZEN", api.post(draft, Map.of(), committee).code(), "round 2 is still open");
        awards.close(round2);
        Map<String, Object> review = api.post(draft, Map.of(), committee).map();

        assertEquals(List.of(steady.accountId()), winnerIds(review), "16 points over two rounds beat 15");
        Map<String, Object> top = winners(review).getFirst();
        assertEquals(16, ((Number) top.get("score")).intValue());
        assertEquals(200_000L, ((Number) top.get("durationMs")).longValue(), "durations add up over the rounds");
        assertEquals("DURATION", top.get("decidedBy"), "tied on 16 with the slower contestant, faster in total");
        assertEquals("CONTEST", review.get("scope"));
    }

    @Test
    void signingWaitsUntilTheCommitteeHasVerifiedEveryWinnersIdentity() {
        Scenario s = closedRoundWithPrizes();
        String base = "/api/admin/rounds/" + s.round().id() + "/awards";
        Map<String, Object> draft = api.post(base + "/draft", Map.of(), committee).map();
        List<Long> winners = winnerIds(draft);

        Api.Reply refused = api.post(base + "/sign", Map.of("version", draft.get("version")), committee);

        assertEquals(409, refused.status());
        assertEquals("IDENTITY_NOT_VERIFIED", refused.code());
        assertEquals(winners, ((List<?>) ((Map<?, ?>) refused.map().get("details")).get("accountIds")).stream()
                .map(id -> ((Number) id).longValue()).toList());
        Api.Reply verified = api.post("/api/admin/contestants/" + winners.getFirst() + "/identity-verification",
                Map.of("method", "VIDEO_CALL", "note", "Gọi video, đối chiếu CCCD"), committee);
        assertEquals(200, verified.status(), verified.body());
        assertEquals(422, api.post("/api/admin/contestants/" + winners.get(1) + "/identity-verification",
                Map.of("method", "HỎI_THĂM"), committee).status());
        assertEquals(403, api.post("/api/admin/contestants/" + winners.get(1) + "/identity-verification",
                Map.of("method", "IN_PERSON"), organizer).status(), "organizers do not verify identities");
        Map<String, Object> review = api.get(base, committee).map();
        Map<?, ?> shown = (Map<?, ?>) winners(review).getFirst().get("identityVerified");
        assertEquals("VIDEO_CALL", shown.get("method"));
        assertEquals("IDENTITY_NOT_VERIFIED", api.post(base + "/sign", Map.of("version", draft.get("version")), committee).code());

        AwardFixtures.verifyWinners(api, draft, committee);

        assertEquals(200, api.post(base + "/sign", Map.of("version", draft.get("version")), committee).status());
        for (long winner : winners) {
            assertTrue(Staff.audited(sql, "IDENTITY_VERIFIED", "account", winner) >= 1, "audited: " + winner);
        }
    }

    @Test
    void eachStepNeedsItsRole() {
        Scenario s = closedRoundWithPrizes();
        String base = "/api/admin/rounds/" + s.round().id() + "/awards";
        Fixtures.Contestant contestant = fixtures.contestant();

        assertEquals(401, api.post(base + "/draft", Map.of(), null).status());
        assertEquals(403, api.post(base + "/draft", Map.of(), contestant.token()).status());
        assertEquals(403, api.post(base + "/draft", Map.of(), organizer).status(), "organizers set rules, the committee decides");
        assertEquals(403, api.get(base, organizer).status());
        assertEquals(403, api.put("/api/admin/rounds/" + s.round().id() + "/prize-rules", Map.of("tiers", TIERS),
                contestant.token()).status());
        Map<String, Object> draft = api.post(base + "/draft", Map.of(), chair).map();
        AwardFixtures.verifyWinners(api, draft, chair);
        assertEquals(403, api.post(base + "/sign", Map.of("version", draft.get("version")), organizer).status());
        assertEquals(200, api.post(base + "/sign", Map.of("version", draft.get("version")), admin).status(),
                "ADMIN holds every staff right");
    }

    @Test
    void invalidRulesAreRefusedWithFieldErrorsAndChangeNothing() {
        ContestRound round = awards.round(5);
        Api.Reply refused = api.put("/api/admin/rounds/" + round.id() + "/prize-rules", Map.of(
                "tiers", List.of(Map.of("name", "Giải Ba", "count", 1, "amountVnd", 500_000),
                        Map.of("name", "Giải Nhất", "count", 0, "amountVnd", 3_000_000)),
                "eligibility", Map.of("groups", List.of("ALIENS"))), organizer);

        assertEquals(422, refused.status());
        List<String> fields = ((List<Map<String, Object>>) refused.map().get("errors")).stream()
                .map(e -> (String) e.get("field")).toList();
        assertEquals(List.of("tiers[1].count", "tiers[1].amountVnd", "eligibility.groups[0]"), fields);
        assertEquals(List.of(), api.get("/api/admin/rounds/" + round.id() + "/prize-rules", organizer).map()
                .getOrDefault("tiers", List.of()));
    }

    @Test
    void aContestantSeesTheirRankOnceClosedAndTheirPrizeOncePublished() {
        ContestRound round = awards.round(10);
        Fixtures.Contestant me = fixtures.contestant();
        AwardFixtures.Person mine = new AwardFixtures.Person(me.id(), "Nguyễn Văn An", me.citizenId(), me.phone(), "Nguyễn V. A.");
        awards.entry(round, mine, 10, 90_000);
        awards.entry(round, awards.person("Đỗ Thị Mai"), 8, 90_000);
        setRules(round, List.of(Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 1_000_000)));

        Map<String, Object> open = results(me).getFirst();
        assertEquals(10, ((Number) open.get("score")).intValue());
        assertNull(open.get("rank"));

        awards.close(round);
        Map<String, Object> closed = results(me).getFirst();
        assertEquals(1, ((Number) closed.get("rank")).intValue());
        assertEquals(2, ((Number) closed.get("rankedOf")).intValue());
        assertNull(closed.get("prize"), "nothing before publication");

        signed(round);
        assertNull(results(me).getFirst().get("prize"), "signed is not yet published");
        api.post("/api/admin/rounds/" + round.id() + "/awards/publish", Map.of(), committee);
        assertEquals(Map.of("tier", "Giải Nhất", "amountVnd", 1_000_000), results(me).getFirst().get("prize"));
    }

    private List<Map<String, Object>> results(Fixtures.Contestant me) {
        Api.Reply reply = api.get("/api/me/results", me.token());
        assertEquals(200, reply.status(), reply.body());
        return (List<Map<String, Object>>) reply.map().get("rounds");
    }
}
