package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AttemptFlowTest extends IntegrationTest {

    @Test
    void aContestantRegistersStartsAnswersResumesAndSubmitsOnce() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 12);
        Fixtures.Contestant me = fixtures.contestant();

        var contests = api.get("/api/contests", me.token());
        assertEquals(200, contests.status());
        Map<String, Object> listed = roundIn(contests.list(), round.id());
        assertEquals(0, listed.get("attemptsUsed"));
        assertEquals("OPEN", listed.get("status"));
        assertEquals("Có bao nhiêu người tham gia?", listed.get("predictionPrompt"));

        var started = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token());
        assertEquals(201, started.status(), started.body());
        Map<String, Object> attempt = started.map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Map<String, Object>> questions = questions(attempt);
        assertEquals(5, questions.size());
        assertNotNull(attempt.get("serverTime"));
        assertEquals("Có bao nhiêu người tham gia?", ((Map<?, ?>) attempt.get("prediction")).get("prompt"));

        long q1 = id(questions.get(0));
        long q2 = id(questions.get(1));
        assertEquals(204, api.put("/api/attempts/" + attemptId + "/answers/" + q1, Map.of("optionId", 2), me.token()).status());
        assertEquals(204, api.put("/api/attempts/" + attemptId + "/answers/" + q2, Map.of("optionId", 1), me.token()).status());
        // last write wins
        assertEquals(204, api.put("/api/attempts/" + attemptId + "/answers/" + q2, Map.of("optionId", 3), me.token()).status());

        var resumed = api.get("/api/attempts/" + attemptId, me.token()).map();
        assertEquals("OPEN", resumed.get("status"));
        assertEquals(List.of(Map.of("questionId", q1, "optionId", 2L), Map.of("questionId", q2, "optionId", 3L)),
                normalize((List<?>) resumed.get("answers")));
        assertTrue(((Number) resumed.get("remainingSeconds")).longValue() > 590);
        assertEquals(questions, questions(resumed), "a reload shows the same questions in the same order");

        String key = UUID.randomUUID().toString();
        var submitted = api.submit(attemptId, Map.of("prediction", 1234), key, me.token());
        assertEquals(200, submitted.status(), submitted.body());
        Map<String, Object> result = submitted.map();
        assertEquals(5, result.get("questionCount"));
        int expected = expectedCorrect(attemptId);
        assertEquals(expected, result.get("correctCount"));
        assertEquals(expected, result.get("score"));

        var retry = api.submit(attemptId, Map.of(), key, me.token());
        assertEquals(200, retry.status());
        assertEquals(result, retry.map(), "a retry returns the same body");
        assertEquals(1234L, sql.one("SELECT prediction FROM attempt WHERE id = ?", rs -> rs.getLong("prediction"), attemptId).orElseThrow());

        var afterSubmit = api.put("/api/attempts/" + attemptId + "/answers/" + q1, Map.of("optionId", 1), me.token());
        assertEquals(409, afterSubmit.status());
        assertEquals("ATTEMPT_CLOSED", afterSubmit.code());

        assertEquals(1, roundIn(api.get("/api/contests", me.token()).list(), round.id()).get("attemptsUsed"));
    }

    @Test
    void aSecondStartWhileOneIsOpenPointsBackToTheOpenAttempt() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        Fixtures.Contestant me = fixtures.contestant();
        long first = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();

        var again = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token());

        assertEquals(409, again.status());
        assertEquals("ATTEMPT_OPEN", again.code());
        assertEquals(first, ((Number) ((Map<?, ?>) again.map().get("details")).get("attemptId")).longValue());
    }

    @Test
    void whenAttemptsAreUsedUpAnotherStartIsRefused() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 6);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();
        api.submit(attemptId, Map.of(), "k1", me.token());

        var refused = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token());

        assertEquals(409, refused.status());
        assertEquals("ATTEMPTS_USED_UP", refused.code());
    }

    @Test
    void aRoundOutsideItsWindowCannotBeStarted() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200), round.id());
        Fixtures.Contestant me = fixtures.contestant();

        var refused = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token());

        assertEquals(422, refused.status());
        assertEquals("ROUND_NOT_OPEN", refused.code());
    }

    @Test
    void aSubmissionAfterTheDeadlineIsClosedAsOfTheDeadlineWithTheSavedAnswers() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 2, 5, false), 8);
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Map<String, Object>> questions = questions(attempt);
        api.put("/api/attempts/" + attemptId + "/answers/" + id(questions.get(0)), Map.of("optionId", 1), me.token());
        Instant started = Instant.now().minusSeconds(700);
        Instant deadline = started.plusSeconds(600);
        sql.update("UPDATE attempt SET started_at = ?, deadline_at = ? WHERE id = ?", started, deadline, attemptId);

        var late = api.submit(attemptId, Map.of("answers", List.of(
                Map.of("questionId", id(questions.get(1)), "optionId", 1),
                Map.of("questionId", id(questions.get(2)), "optionId", 1))), "late-key", me.token());

        assertEquals(200, late.status(), late.body());
        assertEquals(600_000L, ((Number) late.map().get("durationMs")).longValue());
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?", rs -> rs.getLong("n"), attemptId).orElseThrow(),
                "answers sent after the deadline are not taken");
        assertEquals("EXPIRED", sql.one("SELECT status FROM attempt WHERE id = ?", rs -> rs.getString("status"), attemptId).orElseThrow());
        assertEquals(expectedCorrect(attemptId), late.map().get("correctCount"));
    }

    @Test
    void theSweeperClosesAbandonedAttemptsAtTheirDeadline() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 2, 5, false), 6);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();
        Instant deadline = Instant.now().minusSeconds(60);
        sql.update("UPDATE attempt SET started_at = ?, deadline_at = ? WHERE id = ?", deadline.minusSeconds(600), deadline, attemptId);

        context.getBean(AttemptSweeper.class).sweep();

        var view = api.get("/api/attempts/" + attemptId, me.token()).map();
        assertEquals("EXPIRED", view.get("status"));
        assertEquals(600_000L, ((Number) ((Map<?, ?>) view.get("result")).get("durationMs")).longValue());
        assertEquals(0L, ((Number) view.get("remainingSeconds")).longValue());
    }

    @Test
    void anotherContestantsAttemptIsNotFoundForEveryVerb() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        Fixtures.Contestant owner = fixtures.contestant();
        Fixtures.Contestant other = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), owner.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        long question = id(questions(attempt).getFirst());

        assertEquals(404, api.get("/api/attempts/" + attemptId, other.token()).status());
        assertEquals(404, api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of("optionId", 1), other.token()).status());
        assertEquals(404, api.submit(attemptId, Map.of(), "x", other.token()).status());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?", rs -> rs.getLong("n"), attemptId).orElseThrow());
        assertEquals("OPEN", api.get("/api/attempts/" + attemptId, owner.token()).map().get("status"));
    }

    @Test
    void unknownOptionsAndForeignQuestionsAreRejectedAndChangeNothing() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 12);
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> mine = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) mine.get("attemptId")).longValue();
        long question = id(questions(mine).getFirst());
        Fixtures.Contestant other = fixtures.contestant();
        Map<String, Object> theirs = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), other.token()).map();
        long foreign = questions(theirs).stream().map(AttemptFlowTest::id)
                .filter(id -> questions(mine).stream().noneMatch(q -> id(q) == id)).findFirst().orElseThrow();

        var unknownOption = api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of("optionId", 9), me.token());
        var zeroOption = api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of("optionId", 0), me.token());
        var missingOption = api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of(), me.token());
        var foreignQuestion = api.put("/api/attempts/" + attemptId + "/answers/" + foreign, Map.of("optionId", 1), me.token());
        var wrongType = api.raw("PUT", "/api/attempts/" + attemptId + "/answers/" + question, "{\"optionId\":\"abc\"}", me.token());
        var badSubmit = api.submit(attemptId, Map.of("answers", List.of(
                Map.of("questionId", question, "optionId", 1),
                Map.of("questionId", foreign, "optionId", 1))), "k", me.token());
        var badPrediction = api.submit(attemptId, Map.of("prediction", -5), "k2", me.token());

        assertEquals(422, unknownOption.status());
        assertEquals("OPTION_NOT_IN_QUESTION", unknownOption.code());
        assertEquals(422, zeroOption.status());
        assertEquals(422, missingOption.status());
        assertEquals(422, foreignQuestion.status());
        assertEquals("QUESTION_NOT_IN_ATTEMPT", foreignQuestion.code());
        assertEquals(400, wrongType.status());
        assertEquals(422, badSubmit.status());
        assertEquals(422, badPrediction.status());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?", rs -> rs.getLong("n"), attemptId).orElseThrow());
        assertEquals("OPEN", api.get("/api/attempts/" + attemptId, me.token()).map().get("status"));
    }

    @Test
    void aSubmitWithoutAnIdempotencyKeyIsRefused() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();

        var refused = api.submit(attemptId, Map.of(), null, me.token());

        assertEquals(400, refused.status());
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", refused.code());
        assertEquals("OPEN", api.get("/api/attempts/" + attemptId, me.token()).map().get("status"));
    }

    @Test
    void noContestantResponseRevealsTheKeyBeforeTheRoundClosesAndOnlyTheReviewDoesAfter() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 3, 5, true), 30);
        Fixtures.Contestant me = fixtures.contestant();
        List<Long> attemptIds = new java.util.ArrayList<>();
        for (int n = 0; n < 3; n++) {
            Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
            long attemptId = ((Number) attempt.get("attemptId")).longValue();
            attemptIds.add(attemptId);
            for (Map<String, Object> question : questions(attempt)) {
                List<?> options = (List<?>) question.get("options");
                for (int i = 0; i < options.size(); i++) {
                    assertEquals(i + 1, ((Map<?, ?>) options.get(i)).get("id"), "option ids are display places only");
                    assertEquals(2, ((Map<?, ?>) options.get(i)).size(), "an option carries only id and text");
                }
                assertEquals(3, question.size(), "a question carries only id, text and options");
                api.put("/api/attempts/" + attemptId + "/answers/" + id(question), Map.of("optionId", 1), me.token());
            }
            api.get("/api/attempts/" + attemptId, me.token());
            assertEquals(409, api.get("/api/attempts/" + attemptId + "/review", me.token()).status(), "no review while open");
            api.submit(attemptId, Map.of(), "scan-" + n, me.token());
            api.get("/api/attempts/" + attemptId, me.token());
            assertEquals(409, api.get("/api/attempts/" + attemptId + "/review", me.token()).status(), "nor once submitted");
        }
        api.get("/api/contests", me.token());
        api.get("/api/me/attempts", me.token());
        api.get("/api/me/results", me.token());
        assertNoKey(api.seenBodies());

        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minusSeconds(86_400), Instant.now().minusSeconds(300), round.id());
        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), staff.organizer()).status());
        vn.dongnai.contest.support.Api reviews = new vn.dongnai.contest.support.Api(client, json);
        for (long attemptId : attemptIds) {
            var review = reviews.get("/api/attempts/" + attemptId + "/review", me.token());
            assertEquals(200, review.status(), review.body());
            assertTrue(review.body().contains("\"correctOptionId\""), "the review has the key: " + review.body());
            api.get("/api/attempts/" + attemptId, me.token());
        }
        api.get("/api/contests", me.token());
        api.get("/api/me/attempts", me.token());
        api.get("/api/me/results", me.token());
        api.get("/api/rounds/" + round.id() + "/leaderboard", me.token());
        api.get("/api/rounds/" + round.id() + "/leaderboard/me", me.token());
        assertNoKey(api.seenBodies());
    }

    private static void assertNoKey(List<String> bodies) {
        for (String body : bodies) {
            String lower = body.toLowerCase();
            assertFalse(lower.matches("(?s).*\"(correct|iscorrect|key|answerkey|explanation|source|position|correctoptionid|keyfixed)\".*"),
                    "a key-revealing field in: " + body);
        }
    }

    private int expectedCorrect(long attemptId) {
        return sql.one("""
                SELECT COUNT(*) AS n FROM answer a JOIN question_option o ON o.id = a.option_id
                WHERE a.attempt_id = ? AND o.correct = TRUE""", rs -> rs.getInt("n"), attemptId).orElseThrow();
    }

    static Map<String, Object> roundIn(List<Map<String, Object>> contests, long roundId) {
        // a contest with no visible round has no "rounds" (empty lists are left out of the JSON)
        return contests.stream().flatMap(c -> c.get("rounds") == null ? java.util.stream.Stream.empty()
                        : ((List<?>) c.get("rounds")).stream())
                .map(r -> (Map<String, Object>) r)
                .filter(r -> ((Number) r.get("id")).longValue() == roundId)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> questions(Map<String, Object> attempt) {
        return (List<Map<String, Object>>) attempt.get("questions");
    }

    static long id(Map<String, Object> question) {
        return ((Number) question.get("id")).longValue();
    }

    private static List<Map<String, Long>> normalize(List<?> answers) {
        return answers.stream().map(a -> (Map<?, ?>) a)
                .map(a -> Map.of("questionId", ((Number) a.get("questionId")).longValue(),
                        "optionId", ((Number) a.get("optionId")).longValue()))
                .toList();
    }
}
