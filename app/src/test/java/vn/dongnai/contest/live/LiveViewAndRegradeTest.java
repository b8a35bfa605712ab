package vn.dongnai.contest.live;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.micronaut.transaction.TransactionOperations;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.EntryChangedRecorder;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round where everyone sees the same three questions and the first question's key is wrong:
 * the statistics point at it, the key is fixed, and the regrade moves exactly the right scores.
 */
@MicronautTest(transactional = false)
@StaffLogins
@Property(name = "contest.live.key-check-min-answers", value = "3")
class LiveViewAndRegradeTest extends IntegrationTest {

    @Inject
    EntryChangedRecorder recorder;
    @Inject
    Regrade regrade;
    @Inject
    TransactionOperations<Connection> transactions;

    Attempts attempts;
    String organizer;

    @BeforeAll
    void setUp() {
        attempts = new Attempts(api, sql);
        organizer = staff.organizer();
    }

    /** What the round looks like after four contestants took it. */
    private record Taken(ContestRound round, long wrongKeyVersion, int key, int popular, List<Long> accounts,
                         List<Long> attemptIds, List<Fixtures.Contestant> contestants) {
    }

    /**
     * Everyone answers questions 2 and 3 right. On question 1, contestant 1 picks the (wrong) key,
     * contestants 2 and 3 pick the option that is really right, contestant 4 leaves it blank.
     */
    private Taken takeRound() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        long first = sql.one("""
                SELECT v.id FROM question_version v JOIN question q ON q.id = v.question_id
                JOIN contest c ON c.bank_id = q.bank_id WHERE c.id = ? ORDER BY q.code LIMIT 1""",
                rs -> rs.getLong("id"), round.contestId()).orElseThrow();
        int key = attempts.keyOf(first);
        int popular = (key + 1) % 4;
        List<Long> accounts = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        List<Fixtures.Contestant> contestants = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Fixtures.Contestant who = fixtures.contestant();
            contestants.add(who);
            long attemptId = attempts.start(round.id(), who, "Trình duyệt " + c);
            for (long version : attempts.versions(attemptId)) {
                if (version != first) {
                    attempts.answer(attemptId, version, attempts.keyOf(version), who);
                } else if (c == 0) {
                    attempts.answer(attemptId, version, key, who);
                } else if (c < 3) {
                    attempts.answer(attemptId, version, popular, who);
                }
            }
            attempts.submit(attemptId, who);
            accounts.add(who.id());
            ids.add(attemptId);
        }
        return new Taken(round, first, key, popular, accounts, ids, contestants);
    }

    private long questionOf(long versionId) {
        return sql.one("SELECT question_id FROM question_version WHERE id = ?", rs -> rs.getLong("question_id"), versionId).orElseThrow();
    }

    private List<Integer> scores(List<Long> attemptIds) {
        return attemptIds.stream().map(id -> sql.one("SELECT score FROM attempt WHERE id = ?", rs -> rs.getInt("score"), id)
                .orElseThrow()).toList();
    }

    @Test
    void questionStatisticsPointAtAKeyThatAWrongOptionOutdraws() {
        Taken taken = takeRound();

        List<Map<String, Object>> stats = api.get("/api/admin/rounds/" + taken.round().id() + "/question-stats", organizer).list();

        assertEquals(3, stats.size());
        Map<String, Object> suspect = stats.getFirst();
        assertEquals(taken.wrongKeyVersion(), ((Number) suspect.get("versionId")).longValue(), "listed first");
        assertEquals(true, suspect.get("suspectedWrongKey"));
        assertEquals(4, suspect.get("shown"));
        assertEquals(3, suspect.get("answered"));
        assertEquals(1, suspect.get("correct"));
        List<?> options = (List<?>) suspect.get("options");
        assertEquals(2, ((Map<?, ?>) options.get(taken.popular())).get("chosen"));
        assertEquals(true, ((Map<?, ?>) options.get(taken.key())).get("key"));
        assertTrue(((String) suspect.get("reason")).contains("Phương án " + (char) ('A' + taken.popular())));
        assertFalse(stats.stream().skip(1).anyMatch(s -> Boolean.TRUE.equals(s.get("suspectedWrongKey"))));
    }

    @Test
    void theLiveOverviewCountsAttemptsPerMinuteAndScores() {
        Taken taken = takeRound();

        var overview = api.get("/api/admin/rounds/" + taken.round().id() + "/live?minutes=30", organizer).map();

        Map<?, ?> totals = (Map<?, ?>) overview.get("totals");
        assertEquals(Map.of("contestants", 4, "started", 4, "submitted", 4, "expired", 0, "open", 0,
                "disqualifiedContestants", 0), Map.of("contestants", totals.get("contestants"), "started", totals.get("started"),
                "submitted", totals.get("submitted"), "expired", totals.get("expired"), "open", totals.get("open"),
                "disqualifiedContestants", totals.get("disqualifiedContestants")));
        List<?> minutes = (List<?>) overview.get("perMinute");
        assertEquals(30, minutes.size());
        assertEquals(4, minutes.stream().mapToInt(m -> ((Number) ((Map<?, ?>) m).get("started")).intValue()).sum());
        assertTrue(minutes.stream().mapToInt(m -> ((Number) ((Map<?, ?>) m).get("registrations")).intValue()).sum() >= 4,
                "the four registrations of this test, at least");
        assertEquals(List.of(Map.of("score", 2, "attempts", 3), Map.of("score", 3, "attempts", 1)), overview.get("scores"));
        assertEquals(422, api.get("/api/admin/rounds/" + taken.round().id() + "/live?minutes=0", organizer).status());
    }

    @Test
    void aRegradeAfterAKeyFixRescoresExactlyTheAttemptsThatShowedTheOldVersion() {
        Taken taken = takeRound();
        assertEquals(List.of(3, 2, 2, 2), scores(taken.attemptIds()));
        long questionId = questionOf(taken.wrongKeyVersion());
        var fixed = api.put("/api/admin/questions/" + questionId + "/key", Map.of("correctIndex", taken.popular(),
                "reason", "Đáp án đúng theo Kế hoạch 104/KH-UBND là phương án khác"), organizer);
        assertEquals(200, fixed.status(), fixed.body());

        var regraded = api.post("/api/admin/rounds/" + taken.round().id() + "/regrade",
                Map.of("versionId", taken.wrongKeyVersion()), organizer);

        assertEquals(200, regraded.status(), regraded.body());
        Map<String, Object> summary = regraded.map();
        assertEquals(4, summary.get("attemptsRescored"));
        assertEquals(3, summary.get("attemptsChanged"));
        assertEquals(2, summary.get("scoresUp"));
        assertEquals(1, summary.get("scoresDown"));
        assertEquals(0, summary.get("openAttemptsNotRescored"));
        assertEquals(String.valueOf((char) ('A' + taken.key())), summary.get("keyBefore"));
        assertEquals(List.of(2, 3, 3, 2), scores(taken.attemptIds()));
        assertEquals(List.of(false, true, true), sql.list("""
                SELECT correct FROM answer WHERE question_version_id = ? AND attempt_id IN (?, ?, ?) ORDER BY attempt_id""",
                rs -> rs.getBoolean("correct"), taken.wrongKeyVersion(), taken.attemptIds().get(0), taken.attemptIds().get(1),
                taken.attemptIds().get(2)));
        Set<Long> announced = recorder.ofRound(taken.round().id()).stream().map(EntryChanged::accountId).collect(Collectors.toSet());
        assertEquals(Set.copyOf(taken.accounts().subList(0, 3)), announced, "each changed contestant, once");
        assertEquals(3, recorder.ofRound(taken.round().id()).size());
        assertEquals(1, Staff.audited(sql, "ROUND_REGRADED", "round", taken.round().id()));
        Map<?, ?> result = (Map<?, ?>) api.get("/api/attempts/" + taken.attemptIds().get(1), taken.contestants().get(1).token())
                .map().get("result");
        assertEquals(3, result.get("score"), "the contestant sees the corrected result");
    }

    @Test
    void aSecondRegradeChangesNothing() {
        Taken taken = takeRound();
        api.put("/api/admin/questions/" + questionOf(taken.wrongKeyVersion()) + "/key", Map.of("correctIndex", taken.popular(),
                "reason", "Sửa đáp án theo nguồn"), organizer);
        api.post("/api/admin/rounds/" + taken.round().id() + "/regrade", Map.of("versionId", taken.wrongKeyVersion()), organizer);

        var again = api.post("/api/admin/rounds/" + taken.round().id() + "/regrade", Map.of("versionId", taken.wrongKeyVersion()),
                organizer);

        assertEquals(0, again.map().get("attemptsChanged"));
        assertEquals(List.of(2, 3, 3, 2), scores(taken.attemptIds()));
    }

    @Test
    void aRegradeNeedsAnOlderVersionWhoseOptionsMatchTheCurrentOne() {
        Taken taken = takeRound();

        var current = api.post("/api/admin/rounds/" + taken.round().id() + "/regrade",
                Map.of("versionId", taken.wrongKeyVersion()), organizer);
        var missing = api.post("/api/admin/rounds/" + taken.round().id() + "/regrade", Map.of(), organizer);

        assertEquals(422, current.status());
        assertEquals("VERSION_IS_CURRENT", current.code());
        assertEquals(422, missing.status());
        assertEquals(List.of(3, 2, 2, 2), scores(taken.attemptIds()), "nothing changed");
    }

    @Test
    void afterARegradeTheQuestionStatisticsFollowTheFixedKey() {
        Taken taken = takeRound();
        api.put("/api/admin/questions/" + questionOf(taken.wrongKeyVersion()) + "/key", Map.of("correctIndex", taken.popular(),
                "reason", "Đáp án đúng theo Kế hoạch 104/KH-UBND là phương án khác"), organizer);
        api.post("/api/admin/rounds/" + taken.round().id() + "/regrade", Map.of("versionId", taken.wrongKeyVersion()), organizer);

        List<Map<String, Object>> stats = api.get("/api/admin/rounds/" + taken.round().id() + "/question-stats", organizer).list();

        Map<String, Object> fixed = stats.stream()
                .filter(q -> ((Number) q.get("versionId")).longValue() == taken.wrongKeyVersion()).findFirst().orElseThrow();
        assertEquals(2, fixed.get("correct"), "the two who picked the real answer now count as right");
        assertEquals(false, fixed.get("suspectedWrongKey"));
        List<?> options = (List<?>) fixed.get("options");
        assertEquals(true, ((Map<?, ?>) options.get(taken.popular())).get("key"));
        assertEquals(false, ((Map<?, ?>) options.get(taken.key())).get("key"));
    }

    @Test
    void theLiveOverviewCountsOnlyRegistrationsMadeWhileTheRoundWasOpen() {
        Taken taken = takeRound();
        // registered before this round opened: a contestant of the platform, not of this round
        sql.update("UPDATE participant SET consent_at = ? WHERE account_id = ?",
                taken.round().opensAt().minusSeconds(3600), taken.accounts().getFirst());

        Map<?, ?> totals = (Map<?, ?>) api.get("/api/admin/rounds/" + taken.round().id() + "/live?minutes=30", organizer)
                .map().get("totals");

        long platform = sql.one("SELECT COUNT(*) AS n FROM participant", rs -> rs.getLong("n")).orElseThrow();
        // the round's opening as stored (the column's precision, not the fixture's clock reading)
        long inWindow = sql.one("""
                SELECT COUNT(*) AS n FROM participant
                WHERE consent_at >= (SELECT opens_at FROM contest_round WHERE id = ?)""", rs -> rs.getLong("n"),
                taken.round().id()).orElseThrow();
        assertEquals(inWindow, ((Number) totals.get("registrations")).longValue());
        assertTrue(inWindow < platform, "the platform's earlier registrations are left out");
    }

    @Test
    void aRegradeWritesTheBoardsOutboxRowsInItsOwnTransactionSoARollbackTakesThemAway() {
        Taken taken = takeRound();
        long roundId = taken.round().id();
        api.put("/api/admin/questions/" + questionOf(taken.wrongKeyVersion()) + "/key", Map.of("correctIndex", taken.popular(),
                "reason", "Sửa đáp án theo nguồn"), organizer);
        long last = sql.one("SELECT COALESCE(MAX(id), 0) AS last_id FROM leaderboard_outbox", rs -> rs.getLong("last_id"))
                .orElseThrow();
        Actor actor = new Actor(staff.member("ORGANIZER").id(), "Ban tổ chức");
        List<Long> inside = new java.util.ArrayList<>();

        assertThrows(RuntimeException.class, () -> transactions.executeWrite(status -> {
            regrade.regrade(actor, roundId, new Regrade.RegradeBody(taken.wrongKeyVersion()));
            inside.addAll(sql.list("SELECT account_id FROM leaderboard_outbox WHERE round_id = ? AND id > ? ORDER BY account_id",
                    rs -> rs.getLong("account_id"), roundId, last));
            throw new IllegalStateException("the node stops before the commit");
        }));

        assertEquals(taken.accounts().subList(0, 3).stream().sorted().toList(), inside,
                "one row per changed contestant, written in the regrade's transaction");
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND id > ?",
                rs -> rs.getLong("n"), roundId, last).orElseThrow(), "rolled back with it");
        assertEquals(List.of(3, 2, 2, 2), scores(taken.attemptIds()), "and the scores with them");
    }
}
