package vn.dongnai.contest.attempt;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.Batches;
import vn.dongnai.contest.system.Sql;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The autosave every contestant sends after every choice — twenty per attempt, most of the
 * requests at a contest's peak. A lone save is one statement instead of a transaction of four: the
 * INSERT reads the attempt, its round and the question's option order in its own SELECT and writes
 * only when every rule of {@link AttemptService#saveAnswer} holds: the caller's attempt, still open,
 * within deadline and grace ({@link AttemptDeadline#inTime}), the question part of it, the option
 * one of its places; it stores the answer with its mark (the option's key flag), so a submit
 * that brings nothing new has no answer row to write. Under REPEATABLE READ (the default of MySQL and MariaDB) INSERT … SELECT
 * takes shared locks on the rows it reads, so, as before, a save waits for a submit holding the
 * attempt and then finds it closed. When nothing was written, {@link AttemptService#saveAnswer} runs to say which rule failed.
 *
 * <p>Saves arriving together are made together: a few writer threads take whatever is queued, and
 * what arrives within {@code batch-wait} (15 ms) of a batch's first save, and write it in one
 * transaction of two statements (one commit — one log flush — for many people), answering each
 * request once that commit is done, so "saved" still means saved. Without the wait, saves came one
 * by one faster than a batch was taken: at 1,600 a second, 1,400 commits of one save each where
 * 110 of fifteen do now, and a journey cost a third more CPU (docs/performance.md, "Fourteenth pass"). The first reads,
 * with the same shared locks, what the rules need of every attempt and question of the batch; the
 * rules are then decided in Java ({@link AutosaveRule}), and one multi-row INSERT writes the saves
 * that passed. (N copies of the one-statement save in a JDBC batch cost Connector/J a long
 * multi-statement text to build and parse per batch, and the database N four-table INSERT … SELECTs.)
 * Attempts are read in id order, the order submits lock them in, so a batch and a group of submits
 * cannot deadlock; a batch that fails all the same is made again save by save. No request thread
 * waits meanwhile.
 */
@Singleton
class Autosaves {

    private static final String SAVE = """
            INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at, correct)
            SELECT a.id, q.question_version_id, o.id, ?, o.correct
            FROM attempt a
            JOIN contest_round r ON r.id = a.round_id
            JOIN attempt_question q ON q.attempt_id = a.id AND q.question_version_id = ?
            JOIN question_option o
              ON o.id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(q.option_order, ',', ?), ',', -1) AS UNSIGNED)
            WHERE a.id = ? AND a.account_id = ? AND a.status = 'OPEN'
              AND ? <= %s
              AND ? <= 1 + LENGTH(q.option_order) - LENGTH(REPLACE(q.option_order, ',', ''))
            ON DUPLICATE KEY UPDATE option_id = VALUES(option_id), saved_at = VALUES(saved_at), correct = VALUES(correct)"""
            .formatted(AttemptDeadline.graceEndSql("a.deadline_at", "r.grace_seconds"));

    /**
     * What {@link AutosaveRule} needs of a batch's attempts and questions, locked as SAVE locks them.
     * The plan is fixed because the locks follow it: STRAIGHT_JOIN reads the attempts first, by
     * primary key in ascending order, the order submits lock them in (not through the many attempts
     * showing the same question); each round by its key, not by a scan of the small round table that
     * would lock every round; each attempt's questions by (attempt, question).
     */
    private static final String READ = """
            SELECT STRAIGHT_JOIN a.id, a.account_id, a.status, a.deadline_at, r.grace_seconds,
                   q.question_version_id, q.option_order
            FROM attempt a
            JOIN contest_round r FORCE INDEX (PRIMARY) ON r.id = a.round_id
            JOIN attempt_question q FORCE INDEX (uk_attempt_question) ON q.attempt_id = a.id
            WHERE a.id IN (%s) AND q.question_version_id IN (%s)
            LOCK IN SHARE MODE""";

    /**
     * The saves of a batch that passed the rules. Run as a JDBC batch: with rewriteBatchedStatements
     * Connector/J sends one multi-row INSERT (one Com_insert), built from this short statement's
     * cached parse. A VALUES list built here would be a new text at each batch size, parsed again
     * once past the statement cache's 2,048 characters. Rows of one answer keep their order: the
     * later one wins.
     */
    private static final String WRITE = """
            INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at, correct) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE option_id = VALUES(option_id), saved_at = VALUES(saved_at), correct = VALUES(correct)""";

    /** One autosave as it arrived; {@code at} is its time, whenever its batch is written. */
    record Save(long attemptId, long accountId, long questionId, int optionId, Instant at) {

        Object[] row() {
            return new Object[]{at, questionId, optionId, attemptId, accountId, at, optionId};
        }
    }

    /** One question of one attempt. */
    private record AnswerKey(long attemptId, long questionId) {
    }

    private final Sql sql;
    private final AttemptService attempts;
    private final QuestionCatalog catalog;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final Executor blocking;
    /** Package-visible for tests, which hold it to make a batch of known saves. */
    final Batches<Save, Integer> saves;

    Autosaves(Sql sql, AttemptService attempts, QuestionCatalog catalog, Clock clock, TransactionOperations<Connection> transactions,
              @Named(TaskExecutors.BLOCKING) Executor blocking, MeterRegistry meters,
              @Value("${contest.autosave.writers:2}") int writers,
              @Value("${contest.autosave.batch-wait:15ms}") Duration batchWait) {
        this.sql = sql;
        this.attempts = attempts;
        this.catalog = catalog;
        this.clock = clock;
        this.transactions = transactions;
        this.blocking = blocking;
        this.saves = new Batches<>("autosave-writer", writers, 256, batchWait, blocking, this::write).bindTo(meters);
    }

    /** Completes once the answer is committed; fails with the rule it broke (404, 409, 422) otherwise. */
    CompletableFuture<Void> save(long attemptId, long accountId, long questionId, Integer optionId) {
        if (optionId == null || optionId < 1) {
            attempts.saveAnswer(attemptId, accountId, questionId, optionId); // says what is wrong with it
            return CompletableFuture.completedFuture(null);
        }
        Save save = new Save(attemptId, accountId, questionId, optionId, clock.instant());
        return saves.add(save).handle((written, failed) -> failed == null && written > 0).thenCompose(saved -> saved
                ? CompletableFuture.<Void>completedFuture(null)
                // nothing written (a rule failed, or the batch did): alone, to save it or say which rule
                : CompletableFuture.runAsync(() -> alone(save), blocking).exceptionallyCompose(Autosaves::unwrapped));
    }

    private void alone(Save s) {
        if (sql.update(SAVE, s.row()) == 0) {
            attempts.saveAnswer(s.attemptId(), s.accountId(), s.questionId(), s.optionId());
        }
    }

    /** One batch, in attempt order, in one transaction; whether each save was written (1) or not (0), in the saves' order. */
    private List<Integer> write(List<Save> batch) {
        if (batch.size() == 1) {
            // a quiet moment: one statement in autocommit, as a lone save always was (a transaction
            // would add three round trips for nothing)
            return List.of(sql.update(SAVE, batch.getFirst().row()));
        }
        List<Integer> order = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            order.add(i);
        }
        // stable: two saves of one answer keep their order, the later one wins
        order.sort(Comparator.comparingLong((Integer i) -> batch.get(i).attemptId())
                .thenComparingLong(i -> batch.get(i).questionId()));
        List<Save> sorted = order.stream().map(batch::get).toList();
        int[] counts = transactions.executeWrite(status -> writeTogether(sorted));
        Integer[] written = new Integer[batch.size()];
        for (int k = 0; k < order.size(); k++) {
            written[order.get(k)] = counts[k];
        }
        return List.of(written);
    }

    /** Saves in attempt order, in the current transaction: 1 for each one written, 0 for one a rule refused. */
    private int[] writeTogether(List<Save> sorted) {
        List<Long> attemptIds = Sql.inList(sorted.stream().map(Save::attemptId).toList());
        List<Long> questionIds = Sql.inList(sorted.stream().map(Save::questionId).toList());
        List<Object> ids = new ArrayList<>(attemptIds);
        ids.addAll(questionIds);
        Map<AnswerKey, AutosaveRule.Target> found = new HashMap<>();
        sql.list(READ.formatted(Sql.marks(attemptIds.size()), Sql.marks(questionIds.size())), rs -> found.put(
                new AnswerKey(rs.getLong("id"), rs.getLong("question_version_id")),
                new AutosaveRule.Target(rs.getLong("account_id"), AttemptRow.OPEN.equals(rs.getString("status")),
                        Sql.instant(rs, "deadline_at"), rs.getInt("grace_seconds"), rs.getString("option_order"))),
                ids.toArray());
        int[] written = new int[sorted.size()];
        List<Object[]> rows = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            Save s = sorted.get(k);
            OptionalLong option = AutosaveRule.option(found.get(new AnswerKey(s.attemptId(), s.questionId())),
                    s.accountId(), s.optionId(), s.at());
            if (option.isPresent()) {
                rows.add(new Object[]{s.attemptId(), s.questionId(), option.getAsLong(), s.at(), null});
                written[k] = 1;
            }
        }
        // each answer with its mark, so that the submit has none to write (the versions are in memory)
        Map<Long, VersionView> versions = catalog.versions(rows.stream().map(r -> (Long) r[1]).distinct().toList());
        for (Object[] row : rows) {
            row[4] = Grading.isCorrect(versions.get((Long) row[1]), (Long) row[2]);
        }
        sql.batch(WRITE, rows);
        return written;
    }

    private static CompletableFuture<Void> unwrapped(Throwable failure) {
        return CompletableFuture.failedFuture(failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure);
    }

    @PreDestroy
    void stop() {
        saves.close();
    }
}
