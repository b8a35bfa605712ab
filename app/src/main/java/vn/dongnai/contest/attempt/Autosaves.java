package vn.dongnai.contest.attempt;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;

/**
 * The autosave every contestant sends after every choice — twenty per attempt, most of the
 * requests at a contest's peak — as one statement instead of a transaction of four. The INSERT
 * reads the attempt, its round and the question's option order in its own SELECT and writes only
 * when every rule of {@link AttemptService#saveAnswer} holds: the caller's attempt, still open,
 * within deadline and grace ({@link AttemptDeadline#inTime}), the question part of it, the option
 * one of its places. Under REPEATABLE READ (the default of MySQL and MariaDB) INSERT … SELECT
 * takes shared locks on the rows it reads, so, as before, a save waits for a submit holding the
 * attempt and then finds it closed. When nothing was written, {@link AttemptService#saveAnswer} runs to say which rule failed.
 */
@Singleton
class Autosaves {

    private static final String SAVE = """
            INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at)
            SELECT a.id, q.question_version_id,
                   CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(q.option_order, ',', ?), ',', -1) AS UNSIGNED), ?
            FROM attempt a
            JOIN contest_round r ON r.id = a.round_id
            JOIN attempt_question q ON q.attempt_id = a.id AND q.question_version_id = ?
            WHERE a.id = ? AND a.account_id = ? AND a.status = 'OPEN'
              AND ? <= %s
              AND ? <= 1 + LENGTH(q.option_order) - LENGTH(REPLACE(q.option_order, ',', ''))
            ON DUPLICATE KEY UPDATE option_id = VALUES(option_id), saved_at = VALUES(saved_at)"""
            .formatted(AttemptDeadline.graceEndSql("a.deadline_at", "r.grace_seconds"));

    private final Sql sql;
    private final AttemptService attempts;
    private final Clock clock;

    Autosaves(Sql sql, AttemptService attempts, Clock clock) {
        this.sql = sql;
        this.attempts = attempts;
        this.clock = clock;
    }

    void save(long attemptId, long accountId, long questionId, Integer optionId) {
        if (optionId != null && optionId >= 1) {
            Instant now = clock.instant();
            if (sql.update(SAVE, optionId, now, questionId, attemptId, accountId, now, optionId) > 0) {
                return;
            }
        }
        attempts.saveAnswer(attemptId, accountId, questionId, optionId);
    }
}
