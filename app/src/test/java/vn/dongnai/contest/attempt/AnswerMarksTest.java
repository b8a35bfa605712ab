package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An autosave stores each answer with its mark, so a submit writes only the answer rows it changes:
 * one that brings nothing new sends no answer statement at all, and a row without its mark (saved
 * before marks were stored) or with a wrong one is marked by the submit.
 */
@MicronautTest(transactional = false)
class AnswerMarksTest extends IntegrationTest {

    @Inject
    Autosaves autosaves;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = super.getProperties();
        props.put("datasources.default.url", props.get("datasources.default.url") + "&queryInterceptors="
                + StartStatementsTest.Counter.class.getName());
        return props;
    }

    private record Taking(Fixtures.Contestant who, long attemptId, List<Long> questions) {
    }

    @Test
    void aSaveAloneAndASaveInABatchStoreTheirMarks() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(6, 600, 1, 5, false), 12);
        Taking alone = start(round);
        for (int i = 0; i < alone.questions().size(); i++) {
            assertEquals(204, save(alone, alone.questions().get(i), 1 + i % 4).status());
        }
        Taking together = start(round);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            autosaves.saves.hold();
            try {
                for (int i = 0; i < together.questions().size(); i++) {
                    long question = together.questions().get(i);
                    int place = 1 + (i + 1) % 4;
                    replies.add(callers.submit(() -> save(together, question, place)));
                }
                for (int i = 0; i < 500 && autosaves.saves.waiting() < replies.size(); i++) {
                    Thread.sleep(10);
                }
                assertEquals(replies.size(), autosaves.saves.waiting(), "one batch");
            } finally {
                autosaves.saves.release();
            }
            for (Future<Api.Reply> reply : replies) {
                assertEquals(204, reply.get(30, TimeUnit.SECONDS).status());
            }
        }
        for (Taking t : List.of(alone, together)) {
            Map<Long, Boolean> marks = marks(t.attemptId());
            assertEquals(t.questions().size(), marks.size());
            assertEquals(keyMarks(t.attemptId()), marks, "each saved answer carries its mark");
            assertTrue(marks.containsValue(true) || marks.containsValue(false));
        }
    }

    @Test
    void aSubmitThatBringsNothingNewWritesNoAnswerRow() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(6, 600, 1, 5, false), 12);
        Taking me = start(round);
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int i = 0; i < me.questions().size(); i++) {
            long question = me.questions().get(i);
            int place = i < 3 ? keyPlace(me.attemptId(), question) : 1 + (keyPlace(me.attemptId(), question) % 4);
            assertEquals(204, save(me, question, place).status());
            sent.add(Map.of("questionId", question, "optionId", place));
        }
        Map<Long, Instant> savedAt = savedAt(me.attemptId());

        List<String> statements = whileCounting(() -> assertEquals(200,
                api.submit(me.attemptId(), Map.of("answers", sent), "k-" + me.attemptId(), me.who().token()).status()));

        assertTrue(statements.stream().noneMatch(s -> s.contains("INSERT INTO answer")),
                "the page sends every answer again with the submit; none is new: " + statements);
        assertEquals(3, correctCount(me.attemptId()), "graded from the rows it did not rewrite");
        assertEquals(savedAt, savedAt(me.attemptId()));
        assertEquals(keyMarks(me.attemptId()), marks(me.attemptId()));
    }

    @Test
    void aSubmitWritesTheAnswerItChangesAndMarksRowsThatLackTheirMark() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(6, 600, 1, 5, false), 12);
        Taking me = start(round);
        for (long question : me.questions()) {
            assertEquals(204, save(me, question, keyPlace(me.attemptId(), question)).status());
        }
        long unmarked = me.questions().get(0);
        long misMarked = me.questions().get(1);
        long changed = me.questions().get(2);
        // as rows saved before marks were stored, or by hand: the submit must not trust them
        sql.update("UPDATE answer SET correct = NULL WHERE attempt_id = ? AND question_version_id = ?", me.attemptId(), unmarked);
        sql.update("UPDATE answer SET correct = FALSE WHERE attempt_id = ? AND question_version_id = ?", me.attemptId(), misMarked);
        Map<Long, Instant> savedAt = savedAt(me.attemptId());
        int wrongPlace = 1 + keyPlace(me.attemptId(), changed) % 4;

        List<String> statements = whileCounting(() -> assertEquals(200, api.submit(me.attemptId(),
                Map.of("answers", List.of(Map.of("questionId", changed, "optionId", wrongPlace))), "k-" + me.attemptId(),
                me.who().token()).status()));

        List<String> answerWrites = statements.stream().filter(s -> s.contains("INSERT INTO answer")).toList();
        assertEquals(1, answerWrites.size(), statements.toString());
        assertEquals(3, answerWrites.getFirst().split("\\),\\s*\\(").length, "three rows, one statement: " + answerWrites);
        assertEquals(me.questions().size() - 1, correctCount(me.attemptId()));
        assertEquals(keyMarks(me.attemptId()), marks(me.attemptId()));
        Map<Long, Instant> after = savedAt(me.attemptId());
        assertEquals(savedAt.get(unmarked), after.get(unmarked), "a row marked again keeps the time it was saved");
        assertTrue(after.get(changed).isAfter(savedAt.get(changed)), "a changed answer takes the submit's time");
    }

    private List<String> whileCounting(Runnable action) {
        StartStatementsTest.Counter.SENT.clear();
        StartStatementsTest.Counter.on = true;
        try {
            action.run();
        } finally {
            StartStatementsTest.Counter.on = false;
        }
        return StartStatementsTest.Counter.SENT.stream().map(s -> s.sql().replaceAll("\\s+", " ")).toList();
    }

    private Taking start(ContestRound round) {
        Fixtures.Contestant who = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), who.token()).map();
        return new Taking(who, ((Number) attempt.get("attemptId")).longValue(),
                AttemptFlowTest.questions(attempt).stream().map(AttemptFlowTest::id).toList());
    }

    private Api.Reply save(Taking t, long questionId, int place) {
        return api.put("/api/attempts/" + t.attemptId() + "/answers/" + questionId, Map.of("optionId", place), t.who().token());
    }

    private int keyPlace(long attemptId, long questionId) {
        return keyPlace(sql, attemptId, questionId);
    }

    /** The place (1-based, as the page shows it) of the question's key in this attempt. */
    static int keyPlace(vn.dongnai.contest.system.Sql sql, long attemptId, long questionId) {
        long[] order = AttemptService.split(sql.one(
                "SELECT option_order FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?",
                rs -> rs.getString("option_order"), attemptId, questionId).orElseThrow());
        long key = sql.one("SELECT id FROM question_option WHERE version_id = ? AND correct = TRUE",
                rs -> rs.getLong("id"), questionId).orElseThrow();
        for (int i = 0; i < order.length; i++) {
            if (order[i] == key) {
                return i + 1;
            }
        }
        throw new AssertionError("no key among " + List.of(order));
    }

    private Map<Long, Boolean> marks(long attemptId) {
        Map<Long, Boolean> marks = new HashMap<>();
        sql.list("SELECT question_version_id, correct FROM answer WHERE attempt_id = ?",
                rs -> marks.put(rs.getLong("question_version_id"), rs.getObject("correct", Boolean.class)), attemptId);
        return marks;
    }

    /** What each stored answer's mark must be: its option's key flag. */
    private Map<Long, Boolean> keyMarks(long attemptId) {
        Map<Long, Boolean> marks = new HashMap<>();
        sql.list("SELECT an.question_version_id, o.correct FROM answer an JOIN question_option o ON o.id = an.option_id"
                        + " WHERE an.attempt_id = ?",
                rs -> marks.put(rs.getLong("question_version_id"), rs.getBoolean("correct")), attemptId);
        return marks;
    }

    private Map<Long, Instant> savedAt(long attemptId) {
        Map<Long, Instant> at = new HashMap<>();
        sql.list("SELECT question_version_id, saved_at FROM answer WHERE attempt_id = ?",
                rs -> at.put(rs.getLong("question_version_id"), rs.getTimestamp("saved_at").toInstant()), attemptId);
        return at;
    }

    private int correctCount(long attemptId) {
        return sql.one("SELECT correct_count FROM attempt WHERE id = ?", rs -> rs.getInt("correct_count"), attemptId)
                .orElseThrow();
    }
}
