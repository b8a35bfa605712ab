package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Editing a question makes a new version; an attempt keeps grading against the version it showed. */
@MicronautTest(transactional = false)
class QuestionVersionTest extends IntegrationTest {

    @Inject
    BankImporter importer;

    @Test
    void fixingAKeyAfterAnAttemptStartedNeitherChangesWhatItShowsNorHowItIsGraded() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 2, 5, false), 3);
        long bankId = sql.one("SELECT c.bank_id FROM contest c WHERE c.id = ?", rs -> rs.getLong("bank_id"), round.contestId()).orElseThrow();
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Map<String, Object>> questions = AttemptFlowTest.questions(attempt);
        for (Map<String, Object> q : questions) {
            long versionId = AttemptFlowTest.id(q);
            int correctPlace = sql.one("""
                    SELECT FIND_IN_SET(o.id, aq.option_order) AS v FROM attempt_question aq
                    JOIN question_option o ON o.version_id = aq.question_version_id AND o.correct = TRUE
                    WHERE aq.attempt_id = ? AND aq.question_version_id = ?""", rs -> rs.getInt("v"), attemptId, versionId).orElseThrow();
            api.put("/api/attempts/" + attemptId + "/answers/" + versionId, Map.of("optionId", correctPlace), me.token());
        }
        String code = sql.one("SELECT code FROM question WHERE bank_id = ? ORDER BY id LIMIT 1", rs -> rs.getString("code"), bankId).orElseThrow();
        var edited = new Question(code, "Chủ đề 0", Level.EASY, "Câu hỏi đã sửa?", List.of("Một", "Hai", "Ba", "Bốn"), 3,
                null, "000_75008c732ac8b331.txt", null);

        BankImporter.Summary summary = importer.importBank(bankId, Bank.of(List.of(edited)), null);

        assertEquals(1, summary.newVersions());
        assertEquals(2, sql.one("SELECT current_version FROM question WHERE bank_id = ? AND code = ?", rs -> rs.getInt("current_version"), bankId, code).orElseThrow());
        assertEquals(questions, AttemptFlowTest.questions(api.get("/api/attempts/" + attemptId, me.token()).map()),
                "the attempt still shows the versions it drew");
        var result = api.submit(attemptId, Map.of(), "v", me.token()).map();
        assertEquals(3, result.get("correctCount"), "graded against the versions shown");
    }

    @Test
    void importingTheSameBankTwiceChangesNothing() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 2, 5, false), 3);
        long bankId = sql.one("SELECT c.bank_id FROM contest c WHERE c.id = ?", rs -> rs.getLong("bank_id"), round.contestId()).orElseThrow();
        List<Question> stored = sql.list("""
                SELECT q.code, t.name, q.difficulty, v.text FROM question q JOIN topic t ON t.id = q.topic_id
                JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                WHERE q.bank_id = ?""", rs -> {
            String code = rs.getString("code");
            List<String> options = sql.list("""
                    SELECT o.text FROM question_option o JOIN question_version v ON v.id = o.version_id
                    JOIN question q ON q.id = v.question_id AND v.version_no = q.current_version
                    WHERE q.bank_id = ? AND q.code = ? ORDER BY o.position""", r -> r.getString("text"), bankId, code);
            int correct = sql.one("""
                    SELECT o.position FROM question_option o JOIN question_version v ON v.id = o.version_id
                    JOIN question q ON q.id = v.question_id AND v.version_no = q.current_version
                    WHERE q.bank_id = ? AND q.code = ? AND o.correct = TRUE""", r -> r.getInt("position"), bankId, code).orElseThrow();
            return new Question(code, rs.getString("name"), Level.valueOf(rs.getString("difficulty")), rs.getString("text"), options, correct,
                    null, "000_75008c732ac8b331.txt", null);
        }, bankId);

        BankImporter.Summary summary = importer.importBank(bankId, Bank.of(stored), null);

        assertEquals(new BankImporter.Summary(0, 0, 3), summary);
    }
}
