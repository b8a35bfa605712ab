package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Xem đáp án after a round closes, and the no-repeat draw, through the contestant API against
 * MySQL.
 */
@MicronautTest(transactional = false)
class AttemptReviewTest extends IntegrationTest {

    private Attempts attempts;
    private String organizer;

    @BeforeAll
    void setUp() {
        attempts = new Attempts(api, sql);
        organizer = staff.organizer();
    }

    /** Ends the round's window (and grace) in the past and closes it as the committee does. */
    private void close(ContestRound round) {
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofMinutes(5)), round.id());
        Api.Reply closed = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer);
        assertEquals(200, closed.status(), closed.body());
    }

    private Api.Reply review(long attemptId, Fixtures.Contestant who) {
        return api.get("/api/attempts/" + attemptId + "/review", who.token());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("questions");
    }

    @Test
    void theReviewIsRefusedWhileTheRoundIsNotClosedAndSaysFromWhen() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 30, false), 6);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = attempts.start(round.id(), me, "Trình duyệt");

        Api.Reply whileOpen = review(attemptId, me);
        attempts.submit(attemptId, me);
        Api.Reply afterSubmit = review(attemptId, me);
        sql.update("UPDATE contest_round SET closes_at = ? WHERE id = ?", Instant.now().minusSeconds(1), round.id());
        Api.Reply endedNotClosed = review(attemptId, me);

        for (Api.Reply refused : List.of(whileOpen, afterSubmit, endedNotClosed)) {
            assertEquals(409, refused.status(), refused.body());
            assertEquals("REVIEW_NOT_AVAILABLE", refused.code());
            assertTrue(((String) refused.map().get("message")).contains("(giờ Việt Nam)"), refused.body());
            assertFalse(refused.body().contains("questions"), "nothing of the attempt in a refusal");
        }
        Instant closesAt = sql.one("SELECT closes_at FROM contest_round WHERE id = ?", rs -> rs.getTimestamp("closes_at").toInstant(),
                round.id()).orElseThrow();
        assertEquals(closesAt.plusSeconds(30).toString(), ((Map<?, ?>) endedNotClosed.map().get("details")).get("availableFrom"),
                "the earliest the committee may close: the round's end plus its grace");
        Map<String, Object> mine = api.get("/api/me/attempts", me.token()).list().getFirst();
        assertEquals(false, mine.get("answersAvailable"));
        assertEquals(closesAt.plusSeconds(30).toString(), mine.get("answersAvailableFrom"));
    }

    @Test
    void afterTheCloseTheReviewShowsEachQuestionAsShownWithTheChoiceTheKeyAndTheExplanation() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 1, 5, false), 4);
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> started = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) started.get("attemptId")).longValue();
        List<Long> versions = attempts.versions(attemptId);
        sql.update("UPDATE question_version SET explanation = ?, source = ? WHERE id = ?",
                "Theo Nghị quyết 57-NQ/TW.", "Nghị quyết 57-NQ/TW ngày 22/12/2024", versions.get(0));
        attempts.answer(attemptId, versions.get(0), attempts.keyOf(versions.get(0)), me);
        attempts.answer(attemptId, versions.get(1), (attempts.keyOf(versions.get(1)) + 1) % 4, me);
        attempts.submit(attemptId, me);
        close(round);

        Api.Reply reply = review(attemptId, me);

        assertEquals(200, reply.status(), reply.body());
        Map<String, Object> body = reply.map();
        assertEquals(1, ((Map<?, ?>) body.get("result")).get("correctCount"));
        List<Map<String, Object>> shown = AttemptFlowTest.questions(started);
        List<Map<String, Object>> reviewed = questions(body);
        assertEquals(4, reviewed.size());
        for (int i = 0; i < 4; i++) {
            Map<String, Object> q = reviewed.get(i);
            assertEquals(i + 1, q.get("number"));
            assertEquals(shown.get(i).get("id"), q.get("id"), "the order the person was shown");
            assertEquals(shown.get(i).get("text"), q.get("text"));
            assertEquals(shown.get(i).get("options"), q.get("options"), "the option order the person was shown");
            long version = versions.get(i);
            int keyPlace = sql.one("""
                    SELECT FIND_IN_SET(o.id, aq.option_order) AS v FROM attempt_question aq
                    JOIN question_option o ON o.version_id = aq.question_version_id AND o.correct = TRUE
                    WHERE aq.attempt_id = ? AND aq.question_version_id = ?""", rs -> rs.getInt("v"), attemptId, version).orElseThrow();
            assertEquals(keyPlace, q.get("correctOptionId"));
            assertEquals(false, q.get("keyFixed"));
        }
        assertEquals(reviewed.get(0).get("correctOptionId"), reviewed.get(0).get("chosenOptionId"));
        assertEquals(true, reviewed.get(0).get("correct"));
        assertEquals("Theo Nghị quyết 57-NQ/TW.", reviewed.get(0).get("explanation"));
        assertEquals("Nghị quyết 57-NQ/TW ngày 22/12/2024", reviewed.get(0).get("source"));
        assertFalse(reviewed.get(1).get("correctOptionId").equals(reviewed.get(1).get("chosenOptionId")));
        assertEquals(false, reviewed.get(1).get("correct"));
        assertNull(reviewed.get(2).get("chosenOptionId"), "left blank");
        assertEquals(false, reviewed.get(2).get("correct"));
        assertEquals(true, api.get("/api/me/attempts", me.token()).list().getFirst().get("answersAvailable"));
    }

    @Test
    void anotherContestantsAttemptHasNoReview() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Fixtures.Contestant me = fixtures.contestant();
        Fixtures.Contestant other = fixtures.contestant();
        long attemptId = attempts.start(round.id(), me, "Trình duyệt");
        attempts.submit(attemptId, me);
        close(round);

        Api.Reply foreign = review(attemptId, other);

        assertEquals(404, foreign.status());
        assertEquals(200, review(attemptId, me).status());
        assertEquals(404, review(Long.MAX_VALUE, me).status());
    }

    @Test
    void aKeyFixedAndRegradedAfterTheAttemptShowsTheKeyAsItIsNowAndTheAnswerAsItCountsNow() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = attempts.start(round.id(), me, "Trình duyệt");
        long wrongKeyVersion = attempts.versions(attemptId).getFirst();
        int oldKey = attempts.keyOf(wrongKeyVersion);
        int realKey = (oldKey + 1) % 4;
        attempts.answer(attemptId, wrongKeyVersion, realKey, me);
        attempts.submit(attemptId, me);
        long questionId = sql.one("SELECT question_id FROM question_version WHERE id = ?", rs -> rs.getLong("question_id"),
                wrongKeyVersion).orElseThrow();
        assertEquals(200, api.put("/api/admin/questions/" + questionId + "/key", Map.of("correctIndex", realKey,
                "reason", "Đáp án đúng theo văn bản gốc"), organizer).status());
        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/regrade", Map.of("versionId", wrongKeyVersion),
                organizer).status());
        close(round);

        Map<String, Object> first = questions(review(attemptId, me).map()).stream()
                .filter(q -> ((Number) q.get("id")).longValue() == wrongKeyVersion).findFirst().orElseThrow();

        assertEquals(true, first.get("keyFixed"));
        assertEquals(first.get("chosenOptionId"), first.get("correctOptionId"), "the fixed key is the person's choice");
        assertEquals(true, first.get("correct"), "counted right after the regrade");
    }

    // ---- the no-repeat draw ----------------------------------------------------------------------

    private Set<Long> questionIdsOf(long attemptId) {
        return new HashSet<>(sql.list("""
                SELECT v.question_id FROM attempt_question aq JOIN question_version v ON v.id = aq.question_version_id
                WHERE aq.attempt_id = ?""", rs -> rs.getLong("question_id"), attemptId));
    }

    @Test
    void threeAttemptsOnAPoolOfThreeDrawsNeverRepeatAQuestion() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 3, 5, false), 15);
        Fixtures.Contestant me = fixtures.contestant();
        Set<Long> all = new HashSet<>();
        for (int n = 0; n < 3; n++) {
            long attemptId = attempts.start(round.id(), me, "Trình duyệt");
            attempts.submit(attemptId, me);
            Set<Long> shown = questionIdsOf(attemptId);
            assertEquals(5, shown.size());
            assertTrue(all.stream().noneMatch(shown::contains), "attempt " + (n + 1) + " repeats a question");
            all.addAll(shown);
        }
    }

    @Test
    void aSecondAttemptOnAPoolJustOverTheDrawTakesEveryUnseenQuestion() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 2, 5, false), 7);
        Fixtures.Contestant me = fixtures.contestant();
        long first = attempts.start(round.id(), me, "Trình duyệt");
        attempts.submit(first, me);
        long second = attempts.start(round.id(), me, "Trình duyệt");

        Set<Long> unseen = new HashSet<>(sql.list("""
                SELECT q.id FROM question q JOIN contest c ON c.bank_id = q.bank_id WHERE c.id = ?""",
                rs -> rs.getLong("id"), round.contestId()));
        unseen.removeAll(questionIdsOf(first));
        assertEquals(2, unseen.size());
        assertTrue(questionIdsOf(second).containsAll(unseen));
        assertEquals(5, questionIdsOf(second).size());
    }

    /** A second round of the same contest, open now, drawing as many questions as the first. */
    private ContestRound secondRound(ContestRound first) {
        Instant now = Instant.now();
        return context.getBean(Rounds.class).add(new ContestRound(null, first.contestId(), 2, "Đợt 2",
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), first.questionCount(), 600, 1,
                ContestRound.BEST, 5, 1, "NONE", null, ContestRound.PUBLISHED, now, now));
    }

    @Test
    void withTheContestSettingALaterRoundAvoidsWhatThePersonSawInEarlierRounds() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 1, 5, false), 10);
        Map<String, Object> contest = api.get("/api/admin/contests/" + round.contestId(), organizer).map();
        Map<String, Object> body = new HashMap<>(contest);
        body.put("avoidRepeatsAcrossRounds", true);
        body.put("rulesMd", "Thể lệ");
        Api.Reply saved = api.put("/api/admin/contests/" + round.contestId(), body, organizer);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(true, saved.map().get("avoidRepeatsAcrossRounds"));
        Fixtures.Contestant me = fixtures.contestant();
        long first = attempts.start(round.id(), me, "Trình duyệt");
        attempts.submit(first, me);
        // the first round's window ends and a second one opens, as weeks of a contest follow each other
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofMinutes(5)), round.id());
        ContestRound next = secondRound(round);

        long second = attempts.start(next.id(), me, "Trình duyệt");

        Set<Long> overlap = questionIdsOf(first);
        overlap.retainAll(questionIdsOf(second));
        assertEquals(Set.of(), overlap);
    }

    @Test
    void withoutTheContestSettingEachRoundDrawsFromTheWholePoolAgain() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 1, 5, false), 10);
        ContestRound next = secondRound(round);
        boolean anyRepeat = false;
        // 5 of 10 drawn twice: disjoint by chance once in 252, so three people all disjoint once in 16 million
        for (int person = 0; person < 3; person++) {
            Fixtures.Contestant who = fixtures.contestant();
            long first = attempts.start(round.id(), who, "Trình duyệt");
            attempts.submit(first, who);
            long second = attempts.start(next.id(), who, "Trình duyệt");
            Set<Long> overlap = questionIdsOf(first);
            overlap.retainAll(questionIdsOf(second));
            anyRepeat |= !overlap.isEmpty();
        }
        assertTrue(anyRepeat, "without the setting, a later round does not look at earlier ones");
        assertEquals(false, api.get("/api/admin/contests/" + round.contestId(), organizer).map()
                .get("avoidRepeatsAcrossRounds"));
    }

    @Test
    void aLaterAttemptStillAvoidsAQuestionWhoseKeyWasFixedInBetween() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 2, 5, false), 6);
        Fixtures.Contestant me = fixtures.contestant();
        long first = attempts.start(round.id(), me, "Trình duyệt");
        attempts.submit(first, me);
        List<Long> fixedQuestions = new ArrayList<>(questionIdsOf(first));
        for (long questionId : fixedQuestions) {
            int key = sql.one("""
                    SELECT o.position FROM question q JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                    JOIN question_option o ON o.version_id = v.id AND o.correct = TRUE WHERE q.id = ?""",
                    rs -> rs.getInt("position"), questionId).orElseThrow();
            assertEquals(200, api.put("/api/admin/questions/" + questionId + "/key",
                    Map.of("correctIndex", (key + 1) % 4, "reason", "Sửa đáp án"), organizer).status());
        }
        context.getBean(vn.dongnai.contest.question.QuestionCatalog.class).forgetPool(
                sql.one("SELECT bank_id FROM contest WHERE id = ?", rs -> rs.getLong("bank_id"), round.contestId()).orElseThrow());

        long second = attempts.start(round.id(), me, "Trình duyệt");

        Set<Long> overlap = questionIdsOf(first);
        overlap.retainAll(questionIdsOf(second));
        assertEquals(Set.of(), overlap, "a new version of a seen question is still a seen question");
    }
}
