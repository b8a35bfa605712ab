package vn.dongnai.contest.review;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.EntryChangedRecorder;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colleagues of one office on one computer, and one decision with one reason for many entries. */
@MicronautTest(transactional = false)
@StaffLogins
@Property(name = "contest.review.accounts-per-device", value = "3")
@Property(name = "contest.review.same-unit-accounts-per-device", value = "6")
@SuppressWarnings("unchecked")
class ReviewBulkAndOfficeTest extends IntegrationTest {

    @Inject
    EntryChangedRecorder recorder;
    Attempts attempts;
    String committee;

    @BeforeAll
    void setUp() {
        attempts = new Attempts(api, sql);
        committee = staff.committee();
    }

    private List<Map<String, Object>> pending(long roundId) {
        Api.Reply reply = api.get("/api/admin/rounds/" + roundId + "/review?status=PENDING", committee);
        assertEquals(200, reply.status(), reply.body());
        return (List<Map<String, Object>>) reply.map().getOrDefault("entries", List.of());
    }

    /** {@code n} contestants who all declare the fixture's unit and start on one computer. */
    private List<Fixtures.Contestant> colleaguesOnOneComputer(ContestRound round, int n) {
        List<Fixtures.Contestant> people = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fixtures.Contestant p = fixtures.contestant();
            attempts.start(round.id(), p, "Máy tính phòng họp");
            people.add(p);
        }
        return people;
    }

    @Test
    void fiveColleaguesOfOneUnitOnTheOfficeComputerAreNotFlaggedAsOneDevice() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);

        colleaguesOnOneComputer(round, 5);

        assertEquals(List.of(), pending(round.id()));
    }

    @Test
    void oneDecisionWithOneReasonDecidesEverySelectedEntryAndAuditsEach() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        List<Fixtures.Contestant> people = colleaguesOnOneComputer(round, 6);
        List<Long> ids = people.stream().map(Fixtures.Contestant::id).toList();
        assertEquals(6, pending(round.id()).size(), "six colleagues on one computer reach the office threshold");

        Api.Reply decided = api.post("/api/admin/rounds/" + round.id() + "/review/bulk",
                Map.of("accountIds", ids.subList(0, 4), "decision", "CLEAR", "reason", "Cùng phòng họp của Sở, đã xác minh"),
                committee);

        assertEquals(200, decided.status(), decided.body());
        assertEquals(4, ((Number) decided.map().get("decided")).intValue());
        List<Long> stillPending = pending(round.id()).stream().map(e -> ((Number) e.get("accountId")).longValue()).toList();
        assertEquals(ids.subList(4, 6), stillPending);
        for (long id : ids.subList(0, 4)) {
            assertEquals(1, Staff.audited(sql, "ENTRY_CLEARED", "entry", round.id() + ":" + id));
        }
    }

    @Test
    void aBulkDecisionIsAllOrNothing() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Fixtures.Contestant took = fixtures.contestant();
        attempts.start(round.id(), took, "Máy A");
        long nobody = fixtures.contestant().id();

        Api.Reply refused = api.post("/api/admin/rounds/" + round.id() + "/review/bulk",
                Map.of("accountIds", List.of(took.id(), nobody), "decision", "DISQUALIFY", "reason", "Gian lận có tổ chức"),
                committee);
        Api.Reply noReason = api.post("/api/admin/rounds/" + round.id() + "/review/bulk",
                Map.of("accountIds", List.of(took.id()), "decision", "DISQUALIFY", "reason", ""), committee);
        Api.Reply none = api.post("/api/admin/rounds/" + round.id() + "/review/bulk",
                Map.of("accountIds", List.of(), "decision", "CLEAR", "reason", "Không có gì"), committee);

        assertEquals(404, refused.status(), refused.body());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM review_decision WHERE round_id = ?", rs -> rs.getLong("n"), round.id())
                .orElseThrow(), "the entry that had an attempt was not decided either");
        assertEquals(422, noReason.status());
        assertEquals(422, none.status());
        assertTrue(api.post("/api/admin/rounds/" + round.id() + "/review/bulk", Map.of("accountIds", List.of(took.id()),
                "decision", "CLEAR", "reason", "Không vi phạm"), staff.organizer()).status() == 403, "organizers only watch");
    }

    @Test
    void aRefusedBulkDecisionTakesTheBoardOutboxRowsOfTheEntriesItHadDecidedWithIt() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Fixtures.Contestant took = fixtures.contestant();
        attempts.submit(attempts.start(round.id(), took, "Máy A"), took);
        long nobody = fixtures.contestant().id();
        long rowsBefore = outboxRows(round.id(), took.id());

        Api.Reply refused = api.post("/api/admin/rounds/" + round.id() + "/review/bulk",
                Map.of("accountIds", List.of(took.id(), nobody), "decision", "DISQUALIFY", "reason", "Gian lận có tổ chức"),
                committee);

        assertEquals(404, refused.status(), refused.body());
        assertEquals(List.of(new EntryChanged(round.id(), took.id())), recorder.ofRound(round.id()),
                "the first entry was decided, and its board row written, inside the transaction");
        assertEquals(rowsBefore, outboxRows(round.id(), took.id()), "the row went with the rollback");
        assertEquals(List.of(false), sql.list("SELECT disqualified FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getBoolean("disqualified"), round.id(), took.id()));
    }

    private long outboxRows(long roundId, long accountId) {
        return sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND account_id = ?",
                rs -> rs.getLong("n"), roundId, accountId).orElseThrow();
    }
}
