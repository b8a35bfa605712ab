package vn.dongnai.contest.review;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.EntryChangedRecorder;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review queue on crafted rounds: each automatic flag, and the committee's decisions. */
@MicronautTest(transactional = false)
@StaffLogins
@Property(name = "contest.review.accounts-per-address", value = "4")
@Property(name = "contest.review.accounts-per-device", value = "2")
class ReviewQueueTest extends IntegrationTest {

    @Inject
    EntryChangedRecorder recorder;

    Attempts attempts;
    String committee;

    @BeforeAll
    void setUp() {
        attempts = new Attempts(api, sql);
        committee = staff.committee();
    }

    private Map<Long, Map<String, Object>> queue(long roundId, String status) {
        var reply = api.get("/api/admin/rounds/" + roundId + "/review" + (status == null ? "" : "?status=" + status), committee);
        assertEquals(200, reply.status(), reply.body());
        Map<Long, Map<String, Object>> byAccount = new java.util.LinkedHashMap<>();
        for (Object entry : (List<?>) reply.map().get("entries")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) entry;
            byAccount.put(((Number) e.get("accountId")).longValue(), e);
        }
        return byAccount;
    }

    private static List<Object> kinds(Map<String, Object> entry) {
        if (entry == null) {
            return List.of();
        }
        return ((List<?>) entry.get("flags")).stream().map(f -> (Object) ((Map<?, ?>) f).get("kind")).toList();
    }

    /** Answers every question of the attempt at the key, or at the option after it. */
    private void answerAll(long attemptId, Fixtures.Contestant who, boolean right) {
        for (long version : attempts.versions(attemptId)) {
            int key = attempts.keyOf(version);
            attempts.answer(attemptId, version, right ? key : (key + 1) % 4, who);
        }
    }

    private record Fast(ContestRound round, Fixtures.Contestant quick, Fixtures.Contestant clicker) {
    }

    /** One contestant gets everything right within a second; another clicks through getting all wrong. */
    private Fast fastRound() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Fixtures.Contestant quick = fixtures.contestant();
        long a = attempts.start(round.id(), quick, "Máy A");
        answerAll(a, quick, true);
        attempts.submit(a, quick);
        Fixtures.Contestant clicker = fixtures.contestant();
        long b = attempts.start(round.id(), clicker, "Máy B");
        answerAll(b, clicker, false);
        attempts.submit(b, clicker);
        return new Fast(round, quick, clicker);
    }

    @Test
    void anImplausiblyFastHighScoreIsFlaggedWithItsDuration() {
        Fast fast = fastRound();

        var queue = queue(fast.round().id(), null);

        assertEquals(List.of("FAST_FINISH"), kinds(queue.get(fast.quick().id())));
        Map<?, ?> evidence = (Map<?, ?>) ((Map<?, ?>) ((List<?>) queue.get(fast.quick().id()).get("flags")).getFirst()).get("evidence");
        assertEquals(9000, evidence.get("thresholdMs"));
        assertTrue(((Number) evidence.get("durationMs")).longValue() < 9000);
        assertFalse(queue.containsKey(fast.clicker().id()), "fast but mostly wrong harms nobody");
        assertEquals("PENDING", queue.get(fast.quick().id()).get("status"));
    }

    @Test
    void manyAccountsBehindOneAddressAndTwoOnOneDeviceAreFlagged() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        List<Fixtures.Contestant> people = List.of(fixtures.contestant(), fixtures.contestant(), fixtures.contestant(),
                fixtures.contestant());
        List<String> agents = List.of("Điện thoại chung", "Điện thoại chung", "Máy tính 3", "Máy tính 4");
        // strangers, not colleagues: the fixture's contestants all declare one unit, which counts as one office
        people.forEach(p -> sql.update("UPDATE participant SET unit = NULL WHERE account_id = ?", p.id()));
        for (int i = 0; i < people.size(); i++) {
            attempts.start(round.id(), people.get(i), agents.get(i));
        }

        var queue = queue(round.id(), "PENDING");

        assertEquals(List.of("SHARED_ADDRESS", "SHARED_DEVICE"), kinds(queue.get(people.get(0).id())));
        assertEquals(List.of("SHARED_ADDRESS", "SHARED_DEVICE"), kinds(queue.get(people.get(1).id())));
        assertEquals(List.of("SHARED_ADDRESS"), kinds(queue.get(people.get(2).id())));
        Map<?, ?> evidence = (Map<?, ?>) ((Map<?, ?>) ((List<?>) queue.get(people.get(3).id()).get("flags")).getFirst()).get("evidence");
        assertEquals(4, evidence.get("accounts"));
        assertEquals(12, ((String) evidence.get("address")).length(), "a short tag, never the address");
    }

    @Test
    void identicalAnswerSetsWithSharedMistakesAreFlaggedAndADifferentPaperIsNot() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(6, 600, 1, 5, false), 6);
        List<Fixtures.Contestant> people = List.of(fixtures.contestant(), fixtures.contestant(), fixtures.contestant());
        for (int p = 0; p < people.size(); p++) {
            long attemptId = attempts.start(round.id(), people.get(p), "Máy " + p);
            List<Long> versions = attempts.versions(attemptId).stream().sorted().toList();
            for (int q = 0; q < versions.size(); q++) {
                int key = attempts.keyOf(versions.get(q));
                boolean wrong = p < 2 ? q < 2 : q == 5;
                attempts.answer(attemptId, versions.get(q), wrong ? (key + 1) % 4 : key, people.get(p));
            }
            attempts.submit(attemptId, people.get(p));
        }

        var queue = queue(round.id(), null);

        assertTrue(kinds(queue.get(people.get(0).id())).contains("IDENTICAL_ANSWERS"));
        assertTrue(kinds(queue.get(people.get(1).id())).contains("IDENTICAL_ANSWERS"));
        assertFalse(kinds(queue.get(people.get(2).id())).contains("IDENTICAL_ANSWERS"));
        Map<?, ?> evidence = ((List<?>) queue.get(people.get(0).id()).get("flags")).stream().map(f -> (Map<?, ?>) f)
                .filter(f -> "IDENTICAL_ANSWERS".equals(f.get("kind"))).map(f -> (Map<?, ?>) f.get("evidence"))
                .findFirst().orElseThrow();
        assertEquals(2, evidence.get("sharedWrongAnswers"));
        assertEquals(List.of(((Number) people.get(1).id()).intValue()), evidence.get("otherAccounts"));
    }

    @Test
    void aDisqualificationMarksEveryAttemptOfTheEntryIsAuditedAndAnnouncedAndCanBeCleared() {
        Fast fast = fastRound();
        long roundId = fast.round().id();
        long account = fast.quick().id();

        var disqualified = api.post("/api/admin/rounds/" + roundId + "/review/" + account,
                Map.of("decision", "DISQUALIFY", "reason", "Hoàn thành 3 câu trong chưa tới 1 giây"), committee);

        assertEquals(200, disqualified.status(), disqualified.body());
        assertEquals(List.of(true), sql.list("SELECT disqualified FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getBoolean("disqualified"), roundId, account));
        assertEquals("DISQUALIFIED", queue(roundId, "DISQUALIFIED").get(account).get("status"));
        assertEquals(List.of(new EntryChanged(roundId, account)), recorder.ofRound(roundId));
        String after = sql.one("SELECT after_json FROM audit_log WHERE action = 'ENTRY_DISQUALIFIED' AND entity_id = ?",
                rs -> rs.getString("after_json"), roundId + ":" + account).orElseThrow();
        assertTrue(after.contains("FAST_FINISH") && after.contains("Hoàn thành 3 câu"), after);

        var cleared = api.post("/api/admin/rounds/" + roundId + "/review/" + account,
                Map.of("decision", "CLEAR", "reason", "Thí sinh chứng minh đã ôn kỹ"), committee);

        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(List.of(false), sql.list("SELECT disqualified FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getBoolean("disqualified"), roundId, account));
        assertEquals("CLEARED", queue(roundId, null).get(account).get("status"));
        assertEquals(2, recorder.ofRound(roundId).size());
        assertEquals(1, Staff.audited(sql, "ENTRY_CLEARED", "entry", roundId + ":" + account));
    }

    @Test
    void aDecisionNeedsAKnownOutcomeAReasonAndAnEntry() {
        Fast fast = fastRound();
        long roundId = fast.round().id();

        var invalid = api.post("/api/admin/rounds/" + roundId + "/review/" + fast.quick().id(),
                Map.of("decision", "BAN", "reason", ""), committee);
        var noEntry = api.post("/api/admin/rounds/" + roundId + "/review/" + fixtures.contestant().id(),
                Map.of("decision", "DISQUALIFY", "reason", "Không có bài thi"), committee);

        assertEquals(422, invalid.status());
        assertEquals(List.of("decision", "reason"),
                ((List<?>) invalid.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList());
        assertEquals(404, noEntry.status());
        assertEquals("NO_ENTRY", noEntry.code());
        assertEquals(List.of(false), sql.list("SELECT disqualified FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getBoolean("disqualified"), roundId, fast.quick().id()));
    }
}
