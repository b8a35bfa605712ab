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

/** Contests and rounds through the organizer API: settings, each publishing rule, and live locks. */
@MicronautTest(transactional = false)
@StaffLogins
class ContestAdminTest extends IntegrationTest {

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    private static Map<String, Object> contestBody(long bankId, String rules) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "cuoc-thi-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Tìm hiểu về Chuyển đổi số và Cải cách hành chính");
        body.put("description", "Cuộc thi trực tuyến trên địa bàn tỉnh Đồng Nai.");
        body.put("organizer", "Sở Khoa học và Công nghệ tỉnh Đồng Nai");
        body.put("bankId", bankId);
        body.put("eligibility", Map.of("minAge", 15, "localOnly", true, "groups", List.of("OFFICIAL", "RESIDENT")));
        body.put("prizeMd", "- 01 giải Nhất\n- 02 giải Nhì");
        body.put("branding", Map.of("color", "#0b5ed7", "logoUrl", "/assets/logo.svg"));
        if (rules != null) {
            body.put("rulesMd", rules);
        }
        return body;
    }

    private static Map<String, Object> roundBody(Instant opens, Instant closes, int questionCount, List<Map<String, Object>> rules) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Tuần 1");
        body.put("opensAt", opens.toString());
        body.put("closesAt", closes.toString());
        body.put("questionCount", questionCount);
        body.put("drawRules", rules);
        body.put("timeLimitSeconds", 900);
        body.put("attemptsAllowed", 2);
        body.put("countingRule", "BEST");
        body.put("pointsPerQuestion", 1);
        body.put("graceSeconds", 10);
        body.put("prediction", Map.of("kind", "PARTICIPANTS", "prompt", "Có bao nhiêu người tham gia tuần 1?"));
        body.put("leaderboardVisible", true);
        return body;
    }

    private long contest(long bankId) {
        var created = api.post("/api/admin/contests", contestBody(bankId, "# Thể lệ\n\nĐiều 1."), organizer);
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    private long round(long contestId, Map<String, Object> body) {
        var created = api.post("/api/admin/contests/" + contestId + "/rounds", body, organizer);
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    private int publicRounds(long contestId) {
        Object rounds = api.get("/api/contests/" + contestId, null).map().get("rounds");
        return rounds == null ? 0 : ((List<?>) rounds).size();
    }

    private static long id(Api.Reply reply) {
        return ((Number) reply.map().get("id")).longValue();
    }

    private static Instant inHours(long hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(hours, ChronoUnit.HOURS);
    }

    private static List<String> errors(Api.Reply reply) {
        return ((List<?>) reply.map().get("errors")).stream()
                .map(e -> ((Map<?, ?>) e).get("field") + ":" + ((Map<?, ?>) e).get("code")).toList();
    }

    @Test
    void aContestIsCreatedAsADraftAndPublishedOnlyOnceItHasRules() {
        long bankId = Banks.create(context, 6).id();
        var created = api.post("/api/admin/contests", contestBody(bankId, null), organizer);
        assertEquals(201, created.status(), created.body());
        long id = id(created);
        assertEquals("DRAFT", created.map().get("status"));
        assertEquals(Map.of("minAge", 15, "localOnly", true, "groups", List.of("OFFICIAL", "RESIDENT")),
                created.map().get("eligibility"));
        assertEquals("#0B5ED7", ((Map<?, ?>) created.map().get("branding")).get("color"));

        var refused = api.post("/api/admin/contests/" + id + "/publish", Map.of(), organizer);
        assertEquals(422, refused.status());
        assertEquals("PUBLISH_CHECKS_FAILED", refused.code());
        assertEquals(List.of("rulesMd:RULES_REQUIRED"), errors(refused));

        Map<String, Object> withRules = contestBody(bankId, "# Thể lệ cuộc thi\n\n**Điều 1.** Đối tượng dự thi…");
        withRules.put("slug", created.map().get("slug"));
        assertEquals(200, api.put("/api/admin/contests/" + id, withRules, organizer).status());
        var published = api.post("/api/admin/contests/" + id + "/publish", Map.of(), organizer);

        assertEquals(200, published.status(), published.body());
        assertEquals(200, api.get("/api/contests/" + id, null).status(), "the public can see it");
        assertEquals(1, Staff.audited(sql, "CONTEST_CREATED", "contest", id));
        assertEquals(1, Staff.audited(sql, "CONTEST_UPDATED", "contest", id));
        assertEquals(1, Staff.audited(sql, "CONTEST_PUBLISHED", "contest", id));
        // other tests read the public list expecting rounds in every contest: leave none without
        api.post("/api/admin/contests/" + id + "/unpublish", Map.of(), organizer);
    }

    @Test
    void aContestWithoutLiveRoundsCanBeTakenDownAgain() {
        long id = contest(Banks.create(context, 3).id());
        api.post("/api/admin/contests/" + id + "/publish", Map.of(), organizer);

        var unpublished = api.post("/api/admin/contests/" + id + "/unpublish", Map.of(), organizer);

        assertEquals(200, unpublished.status(), unpublished.body());
        assertEquals("DRAFT", unpublished.map().get("status"));
        assertEquals(404, api.get("/api/contests/" + id, null).status());
        assertEquals(1, Staff.audited(sql, "CONTEST_UNPUBLISHED", "contest", id));
    }

    @Test
    void contestFieldsAreAllCheckedAtTheirFields() {
        Map<String, Object> body = contestBody(Banks.create(context, 1).id(), null);
        body.put("slug", "Có Dấu");
        body.put("name", " ");
        body.put("bankId", 987_654_321L);
        body.put("eligibility", Map.of("minAge", 3, "groups", List.of("ALIENS")));
        body.put("branding", Map.of("color", "blue", "logoUrl", "javascript:alert(1)"));

        var refused = api.post("/api/admin/contests", body, organizer);

        assertEquals(422, refused.status());
        assertEquals(List.of("slug:INVALID", "name:REQUIRED", "bankId:UNKNOWN", "eligibility.minAge:OUT_OF_RANGE",
                "eligibility.groups:UNKNOWN_GROUP", "branding.color:INVALID", "branding.logoUrl:INVALID"), errors(refused));
    }

    @Test
    void aRoundIsADraftUntilPublishedAndThenContestantsSeeIt() {
        Banks.Made bank = Banks.create(context, 12);
        long contestId = contest(bank.id());
        api.post("/api/admin/contests/" + contestId + "/publish", Map.of(), organizer);
        long topicA = Banks.topicId(sql, bank.id(), "Chủ đề A");
        long roundId = round(contestId, roundBody(inHours(1), inHours(48), 8,
                List.of(Map.of("topicId", topicA, "count", 3), Map.of("difficulty", "HARD", "count", 2))));
        assertEquals(0, publicRounds(contestId), "a draft round is not public");

        var published = api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);

        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.map().get("status"));
        assertEquals(List.of(Map.of("topicId", (int) topicA, "topic", "Chủ đề A", "count", 3),
                Map.of("difficulty", "HARD", "count", 2)), published.map().get("drawRules"));
        assertEquals(1, publicRounds(contestId));
        assertEquals(1, Staff.audited(sql, "ROUND_CREATED", "round", roundId));
        assertEquals(1, Staff.audited(sql, "ROUND_PUBLISHED", "round", roundId));
    }

    @Test
    void publishingRefusesAPoolSmallerThanTheDraw() {
        long contestId = contest(Banks.create(context, 5).id());
        long roundId = round(contestId, roundBody(inHours(1), inHours(24), 6, List.of()));

        var refused = api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);

        assertEquals(422, refused.status());
        assertEquals(List.of("questionCount:POOL_TOO_SMALL"), errors(refused));
        assertEquals("DRAFT", api.get("/api/admin/rounds/" + roundId, organizer).map().get("status"), "nothing changed");
    }

    @Test
    void publishingRefusesADrawRuleThePoolCannotAlwaysFill() {
        Banks.Made bank = Banks.create(context, 6);
        long contestId = contest(bank.id());
        long roundId = round(contestId, roundBody(inHours(1), inHours(24), 5,
                List.of(Map.of("topicId", Banks.topicId(sql, bank.id(), "Chủ đề B"), "difficulty", "EASY", "count", 2))));

        var refused = api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);

        assertEquals(List.of("drawRules[0]:RULE_POOL_TOO_SMALL"), errors(refused), "topic B has a single easy question");
    }

    @Test
    void publishingRefusesAWindowOverlappingAnotherPublishedRound() {
        long contestId = contest(Banks.create(context, 6).id());
        long first = round(contestId, roundBody(inHours(1), inHours(24), 3, List.of()));
        long second = round(contestId, roundBody(inHours(23), inHours(48), 3, List.of()));
        assertEquals(200, api.post("/api/admin/rounds/" + first + "/publish", Map.of(), organizer).status());

        var refused = api.post("/api/admin/rounds/" + second + "/publish", Map.of(), organizer);

        assertEquals(List.of("opensAt:WINDOW_OVERLAPS"), errors(refused));
    }

    @Test
    void publishingRefusesAWindowThatIsAlreadyOver() {
        long contestId = contest(Banks.create(context, 6).id());
        long roundId = round(contestId, roundBody(inHours(-48), inHours(-24), 3, List.of()));

        assertEquals(List.of("closesAt:WINDOW_IN_PAST"),
                errors(api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer)));
    }

    @Test
    void aRoundThatClosesBeforeItOpensIsRefusedAtItsField() {
        long contestId = contest(Banks.create(context, 6).id());

        var refused = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(24), inHours(1), 3, List.of()),
                organizer);

        assertEquals(422, refused.status());
        assertEquals(List.of("closesAt:CLOSES_BEFORE_OPENS"), errors(refused));
    }

    @Test
    void drawRulesAskingForMoreQuestionsThanTheRoundDrawsAreRefused() {
        long contestId = contest(Banks.create(context, 6).id());

        var refused = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(1), inHours(24), 3,
                List.of(Map.of("difficulty", "EASY", "count", 2), Map.of("difficulty", "HARD", "count", 2))), organizer);

        assertEquals(List.of("drawRules:DRAW_RULES_EXCEED_COUNT"), errors(refused));
    }

    @Test
    void roundFieldsAreAllCheckedAtTheirFields() {
        long contestId = contest(Banks.create(context, 6).id());
        Map<String, Object> body = roundBody(inHours(1), inHours(24), 0, List.of(Map.of("topicId", 987_654_321L, "count", 1)));
        body.put("timeLimitSeconds", 5);
        body.put("countingRule", "AVERAGE");
        body.put("prediction", Map.of("kind", "ALL_CORRECT"));

        var refused = api.post("/api/admin/contests/" + contestId + "/rounds", body, organizer);

        assertEquals(List.of("questionCount:OUT_OF_RANGE", "timeLimitSeconds:OUT_OF_RANGE", "countingRule:INVALID",
                "prediction.prompt:REQUIRED", "drawRules[0].topicId:UNKNOWN"), errors(refused));
    }

    @Test
    void onceARoundHasOpenedItsFairnessSettingsAreLockedButItsCloseMayMoveLater() {
        Banks.Made bank = Banks.create(context, 8);
        long contestId = contest(bank.id());
        api.post("/api/admin/contests/" + contestId + "/publish", Map.of(), organizer);
        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Map<String, Object> settings = roundBody(opens, inHours(24), 4, List.of(Map.of("difficulty", "EASY", "count", 1)));
        long roundId = round(contestId, settings);
        assertEquals(200, api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer).status());

        Map<String, Object> unfair = new HashMap<>(settings);
        unfair.put("questionCount", 5);
        unfair.put("drawRules", List.of());
        var locked = api.put("/api/admin/rounds/" + roundId, unfair, organizer);
        assertEquals(409, locked.status());
        assertEquals("ROUND_LOCKED", locked.code());
        assertEquals(List.of("questionCount:LOCKED", "drawRules:LOCKED"), errors(locked));

        Map<String, Object> earlier = new HashMap<>(settings);
        earlier.put("closesAt", inHours(2).toString());
        assertEquals(List.of("closesAt:ONLY_LATER"), errors(api.put("/api/admin/rounds/" + roundId, earlier, organizer)));

        Map<String, Object> extended = new HashMap<>(settings);
        extended.put("name", "Tuần 1 (gia hạn)");
        extended.put("closesAt", inHours(30).toString());
        extended.put("leaderboardVisible", false);
        var allowed = api.put("/api/admin/rounds/" + roundId, extended, organizer);
        assertEquals(200, allowed.status(), allowed.body());
        assertEquals(false, allowed.map().get("leaderboardVisible"));
        assertEquals(1, Staff.audited(sql, "ROUND_UPDATED", "round", roundId));

        assertEquals("ROUND_LIVE", api.post("/api/admin/rounds/" + roundId + "/unpublish", Map.of(), organizer).code());
        assertEquals("CONTEST_LIVE", api.post("/api/admin/contests/" + contestId + "/unpublish", Map.of(), organizer).code());
        Map<String, Object> otherBank = contestBody(Banks.create(context, 8).id(), "# Thể lệ");
        otherBank.put("slug", api.get("/api/admin/contests/" + contestId, organizer).map().get("slug"));
        assertEquals("CONTEST_LOCKED", api.put("/api/admin/contests/" + contestId, otherBank, organizer).code());
    }

    @Test
    void aPublishedRoundNotYetOpenIsRecheckedWhenItsSettingsChange() {
        long contestId = contest(Banks.create(context, 5).id());
        Map<String, Object> settings = roundBody(inHours(2), inHours(24), 3, List.of());
        long roundId = round(contestId, settings);
        api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);
        Map<String, Object> larger = new HashMap<>(settings);
        larger.put("questionCount", 6);

        var refused = api.put("/api/admin/rounds/" + roundId, larger, organizer);

        assertEquals(422, refused.status());
        assertEquals(List.of("questionCount:POOL_TOO_SMALL"), errors(refused));
        assertEquals(3, api.get("/api/admin/rounds/" + roundId, organizer).map().get("questionCount"));
    }

    @Test
    void aRoundNobodyCouldStartYetCanBeTakenBackToDraft() {
        long contestId = contest(Banks.create(context, 6).id());
        long roundId = round(contestId, roundBody(inHours(2), inHours(24), 3, List.of()));
        api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);

        var unpublished = api.post("/api/admin/rounds/" + roundId + "/unpublish", Map.of(), organizer);

        assertEquals(200, unpublished.status(), unpublished.body());
        assertEquals("DRAFT", unpublished.map().get("status"));
        assertEquals(1, Staff.audited(sql, "ROUND_UNPUBLISHED", "round", roundId));
    }
}
