package vn.dongnai.contest.question;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which questions a live round uses, and so may not be changed destructively (key, options,
 * topic, difficulty) or retired. A question is in use when its bank feeds a published round whose
 * window is open now (any active question may be drawn next), or when an attempt still open
 * shows one of its versions (which outlives the window by the time limit and grace).
 *
 * <p>A wrong key found during a live round is fixed with the explicit key fix instead, followed by
 * a regrade; see {@code QuestionEditor#fixKey}.
 */
@Singleton
class QuestionLocks {

    private final Sql sql;
    private final Clock clock;

    QuestionLocks(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Rounds whose window is open now and which draw from this bank. */
    List<Long> liveRoundsOfBank(long bankId) {
        Instant now = clock.instant();
        return sql.list("""
                SELECT r.id FROM contest_round r JOIN contest c ON c.id = r.contest_id
                WHERE c.bank_id = ? AND r.status = 'PUBLISHED' AND r.opens_at <= ? AND r.closes_at > ?
                ORDER BY r.id""", rs -> rs.getLong("id"), bankId, now, now);
    }

    /** For each question of the bank that is in use, the rounds using it. */
    Map<Long, Set<Long>> inUse(long bankId) {
        Map<Long, Set<Long>> rounds = new HashMap<>();
        List<Long> live = liveRoundsOfBank(bankId);
        if (!live.isEmpty()) {
            sql.list("SELECT id FROM question WHERE bank_id = ? AND status = 'ACTIVE'", rs -> rs.getLong("id"), bankId)
                    .forEach(id -> rounds.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(live));
        }
        sql.list("""
                SELECT DISTINCT v.question_id, a.round_id
                FROM attempt a
                JOIN attempt_question aq ON aq.attempt_id = a.id
                JOIN question_version v ON v.id = aq.question_version_id
                JOIN question q ON q.id = v.question_id
                WHERE a.status = 'OPEN' AND q.bank_id = ?""",
                rs -> rounds.computeIfAbsent(rs.getLong("question_id"), k -> new LinkedHashSet<>()).add(rs.getLong("round_id")),
                bankId);
        return rounds;
    }

    Set<Long> roundsUsing(StoredQuestion question) {
        Set<Long> rounds = new LinkedHashSet<>();
        if (question.active()) {
            rounds.addAll(liveRoundsOfBank(question.bankId()));
        }
        rounds.addAll(sql.list("""
                SELECT DISTINCT a.round_id FROM attempt a
                JOIN attempt_question aq ON aq.attempt_id = a.id
                JOIN question_version v ON v.id = aq.question_version_id
                WHERE a.status = 'OPEN' AND v.question_id = ?""", rs -> rs.getLong("round_id"), question.questionId()));
        return rounds;
    }
}
