package vn.dongnai.contest.contest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.StaffLogins;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A round set for one audience (đối tượng dự thi) through the organizer API: stored, checked at publishing, locked once live. */
@MicronautTest(transactional = false)
@StaffLogins
class RoundAudienceTest extends IntegrationTest {

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    /** 4 questions for everyone, 2 for officials, 6 for residents. */
    private long bankByAudience() {
        String prefix = "kd" + Banks.tag();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Audience audience = i < 4 ? Audience.ALL : i < 6 ? Audience.OFFICIALS : Audience.RESIDENTS;
            questions.add(Banks.question(prefix, i, i % 4).tagged(audience, null));
        }
        BankImporter importer = context.getBean(BankImporter.class);
        long bankId = importer.bankNamed("Ngân hàng theo đối tượng " + prefix);
        importer.importBank(bankId, Bank.of(questions), null);
        return bankId;
    }

    private long contest(long bankId) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", "dt-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Cuộc thi dành cho cán bộ", "organizer", "Sở Khoa học và Công nghệ", "rulesMd", "# Thể lệ", "bankId", bankId));
        var created = api.post("/api/admin/contests", body, organizer);
        assertEquals(201, created.status(), created.body());
        return ((Number) created.map().get("id")).longValue();
    }

    private static Map<String, Object> roundBody(Instant opens, int questionCount, String audience, List<Map<String, Object>> rules) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Đợt dành cho cán bộ");
        body.put("opensAt", opens.toString());
        body.put("closesAt", opens.plus(2, ChronoUnit.DAYS).toString());
        body.put("questionCount", questionCount);
        body.put("drawRules", rules);
        body.put("timeLimitSeconds", 900);
        body.put("attemptsAllowed", 1);
        body.put("pointsPerQuestion", 1);
        if (audience != null) {
            body.put("audience", audience);
        }
        return body;
    }

    private static Instant inHours(long hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(hours, ChronoUnit.HOURS);
    }

    private static List<String> errors(Api.Reply reply) {
        return ((List<?>) reply.map().get("errors")).stream()
                .map(e -> ((Map<?, ?>) e).get("field") + ":" + ((Map<?, ?>) e).get("code")).toList();
    }

    @Test
    void aRoundAndItsRulesKeepTheAudienceTheyAreGivenAndARoundWithoutOneIsForEveryone() {
        long contestId = contest(bankByAudience());

        var forOfficials = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(1), 5, "OFFICIALS",
                List.of(Map.of("difficulty", "EASY", "count", 1, "audience", "officials"))), organizer);
        var forResidents = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(72), 5, "Người dân", List.of()),
                organizer);
        var forEveryone = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(144), 5, null, List.of()),
                organizer);

        assertEquals(201, forOfficials.status(), forOfficials.body());
        assertEquals("OFFICIALS", forOfficials.map().get("audience"));
        assertEquals(List.of(Map.of("difficulty", "EASY", "count", 1, "audience", "OFFICIALS")), forOfficials.map().get("drawRules"));
        long id = ((Number) forOfficials.map().get("id")).longValue();
        assertEquals("OFFICIALS", api.get("/api/admin/rounds/" + id, organizer).map().get("audience"));
        assertEquals("RESIDENTS", forResidents.map().get("audience"));
        assertEquals("ALL", forEveryone.map().get("audience"));
    }

    @Test
    void anUnknownAudienceIsRefusedAtItsField() {
        long contestId = contest(bankByAudience());

        var refused = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(1), 5, "HOC_SINH",
                List.of(Map.of("count", 1, "audience", "sinh viên"))), organizer);

        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("audience:INVALID", "drawRules[0].audience:INVALID"), errors(refused));
    }

    @Test
    void publishingARoundForOfficialsCountsOnlyTheirQuestionsAndThoseForEveryone() {
        long contestId = contest(bankByAudience());
        Map<String, Object> body = roundBody(inHours(1), 7, "OFFICIALS", List.of());
        long roundId = ((Number) api.post("/api/admin/contests/" + contestId + "/rounds", body, organizer).map().get("id")).longValue();

        var refused = api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);
        body.put("questionCount", 6);
        api.put("/api/admin/rounds/" + roundId, body, organizer);
        var published = api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer);

        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("questionCount:POOL_TOO_SMALL"), errors(refused), "4 for everyone + 2 for officials < 7");
        assertEquals(200, published.status(), published.body());
    }

    @Test
    void theAudienceIsLockedOnceTheRoundHasOpened() {
        long contestId = contest(bankByAudience());
        Map<String, Object> body = roundBody(inHours(0).minusSeconds(60), 4, "RESIDENTS", List.of());
        long roundId = ((Number) api.post("/api/admin/contests/" + contestId + "/rounds", body, organizer).map().get("id")).longValue();
        assertEquals(200, api.post("/api/admin/rounds/" + roundId + "/publish", Map.of(), organizer).status());

        body.put("audience", "ALL");
        var refused = api.put("/api/admin/rounds/" + roundId, body, organizer);

        assertEquals(409, refused.status(), refused.body());
        assertEquals("ROUND_LOCKED", refused.code());
        assertEquals(List.of("audience:LOCKED"), errors(refused));
    }

    @Test
    void aDuplicatedRoundKeepsItsAudienceAndItsRulesAudiences() {
        long contestId = contest(bankByAudience());
        var original = api.post("/api/admin/contests/" + contestId + "/rounds", roundBody(inHours(1), 5, "OFFICIALS",
                List.of(Map.of("difficulty", "EASY", "count", 1, "audience", "OFFICIALS"))), organizer);
        long roundId = ((Number) original.map().get("id")).longValue();

        var copy = api.post("/api/admin/rounds/" + roundId + "/duplicate", Map.of(), organizer);

        assertEquals(201, copy.status(), copy.body());
        assertEquals("OFFICIALS", copy.map().get("audience"));
        assertEquals(List.of(Map.of("difficulty", "EASY", "count", 1, "audience", "OFFICIALS")), copy.map().get("drawRules"));
    }
}
