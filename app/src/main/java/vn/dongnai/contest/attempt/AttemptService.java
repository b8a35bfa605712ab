package vn.dongnai.contest.attempt;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.ClientOrigin;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The attempt engine. Its guarantees come from MySQL, so they hold across any number of app
 * nodes: a unique (round, contestant, attempt number) key keeps parallel starts within the limit,
 * and a row lock on the attempt makes grading happen exactly once.
 */
@Singleton
public class AttemptService {

    private static final long MAX_PREDICTION = 1_000_000_000L;
    /** More rows than any real contest gives one person (rounds × attempts). */
    private static final int HISTORY_LIMIT = 500;
    /** The columns of a graded attempt's row in {@link #GRADES}, typed here as the rows after it may hold NULLs. */
    private static final List<String> GRADE_ROW = List.of("CAST(? AS SIGNED) AS id", "CAST(? AS CHAR) AS status",
            "CAST(? AS DATETIME(3)) AS submitted_at", "CAST(? AS SIGNED) AS duration_ms",
            "CAST(? AS SIGNED) AS correct_count", "CAST(? AS SIGNED) AS score", "CAST(? AS SIGNED) AS prediction",
            "CAST(? AS CHAR) AS submit_key");

    /**
     * The grades of a group's attempts as one statement, its text set by the group's size alone: an
     * UPDATE joined to a derived table of their rows. Only an open attempt changes, and a submit
     * that sends no prediction keeps the one saved. STRAIGHT_JOIN makes the rows drive, each
     * attempt read by its key: left to the optimizer, a range of the open attempts (ix_attempt_open)
     * could look cheaper when few are open, and the UPDATE would lock every one it read.
     */
    private static final String GRADES = """
            UPDATE (%s) g STRAIGHT_JOIN attempt a ON a.id = g.id
            SET a.status = g.status, a.submitted_at = g.submitted_at, a.duration_ms = g.duration_ms,
                a.correct_count = g.correct_count, a.score = g.score,
                a.prediction = COALESCE(g.prediction, a.prediction), a.submit_key = g.submit_key
            WHERE a.status = 'OPEN'""";

    private final Sql sql;
    private final RoundSetups rounds;
    private final QuestionCatalog catalog;
    private final Clock clock;
    private final ApplicationEventPublisher<AttemptGraded> graded;
    private final ApplicationEventPublisher<AttemptsGraded> gradedTogether;
    private final ApplicationEventPublisher<AttemptStarted> started;
    private final Eligibility eligibility;
    private final AttemptOrigins origins;
    private final SecureRandom random = new SecureRandom();

    AttemptService(Sql sql, RoundSetups rounds, QuestionCatalog catalog, Clock clock,
                   ApplicationEventPublisher<AttemptGraded> graded, ApplicationEventPublisher<AttemptsGraded> gradedTogether,
                   ApplicationEventPublisher<AttemptStarted> started, Eligibility eligibility, AttemptOrigins origins) {
        this.sql = sql;
        this.rounds = rounds;
        this.catalog = catalog;
        this.clock = clock;
        this.graded = graded;
        this.gradedTogether = gradedTogether;
        this.started = started;
        this.eligibility = eligibility;
        this.origins = origins;
    }

    /** One attempt's questions in display order: version id and option ids as shown. */
    record Shown(long versionId, long[] optionOrder) {

        /** From a row of {@code attempt_question}. */
        static Shown read(ResultSet rs) throws SQLException {
            return new Shown(rs.getLong("question_version_id"), split(rs.getString("option_order")));
        }
    }

    // ---- start ---------------------------------------------------------------------------------

    AttemptViews.Started start(long roundId, long accountId, ClientOrigin.@Nullable Origin origin) {
        RoundSetups.Setup setup = rounds.visible(roundId);
        ContestRound round = setup.round();
        Instant now = clock.instant();
        if (!round.openAt(now)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "ROUND_NOT_OPEN",
                    "Đợt thi hiện chưa mở hoặc đã kết thúc.", "The round is not open.");
        }
        eligibility.check(setup.eligibility(), accountId);
        List<AttemptRow> mine = attemptsOf(roundId, accountId);
        for (AttemptRow attempt : mine) {
            if (attempt.open()) {
                if (!pastGrace(attempt, round, now)) {
                    throw attemptOpen(attempt.id());
                }
                close(attempt.id(), accountId);
            }
        }
        if (mine.size() >= round.attemptsAllowed()) {
            throw usedUp(round);
        }
        List<QuestionDraw.Drawn> drawn;
        try {
            drawn = QuestionDraw.draw(catalog.pool(setup.bankId()), Audience.valueOf(round.audience()), setup.rules(),
                    round.questionCount(), lastShown(setup, accountId, !mine.isEmpty()), random);
        } catch (QuestionDraw.PoolTooSmallException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "ROUND_MISCONFIGURED",
                    "Đợt thi chưa đủ câu hỏi, vui lòng liên hệ ban tổ chức.", "The round's pool is too small: " + e.getMessage());
        }
        Instant deadline = AttemptDeadline.deadline(now, round.timeLimitSeconds(), round.closesAt());
        long attemptId;
        try {
            attemptId = insertAttempt(round, accountId, mine.size() + 1, now, deadline, drawn, origin);
        } catch (RuntimeException e) {
            if (!Sql.isDuplicateKey(e)) {
                throw e;
            }
            // another start for the same contestant won the race for this attempt number
            Optional<AttemptRow> open = attemptsOf(roundId, accountId).stream().filter(AttemptRow::open).findFirst();
            throw open.map(o -> attemptOpen(o.id())).orElseGet(() -> usedUp(round));
        }
        List<Shown> shown = drawn.stream().map(d -> new Shown(d.versionId(), d.optionOrder())).toList();
        return new AttemptViews.Started(attemptId, roundId, now, deadline, now, questionViews(shown),
                predictionView(round));
    }

    /**
     * What this contestant was shown before, for the no-repeat draw: current version id of each
     * question → when last shown (epoch millis). One statement on the (account, round) index and the
     * attempt's primary key, and none at all for a first attempt when only the round counts — the
     * peak's most common start. A question edited since counts as seen through its current version.
     */
    private Map<Long, Long> lastShown(RoundSetups.Setup setup, long accountId, boolean attemptedThisRound) {
        if (!setup.avoidRepeatsAcrossRounds() && !attemptedThisRound) {
            return Map.of();
        }
        String which = setup.avoidRepeatsAcrossRounds()
                ? "a.round_id IN (SELECT id FROM contest_round WHERE contest_id = ?)"
                : "a.round_id = ?";
        Map<Long, Long> shown = new HashMap<>();
        sql.list("""
                        SELECT cv.id AS version_id, MAX(a.started_at) AS last_shown_at FROM attempt a
                        JOIN attempt_question aq ON aq.attempt_id = a.id
                        JOIN question_version v ON v.id = aq.question_version_id
                        JOIN question q ON q.id = v.question_id
                        JOIN question_version cv ON cv.question_id = q.id AND cv.version_no = q.current_version
                        WHERE a.account_id = ? AND %s
                        GROUP BY cv.id""".formatted(which),
                rs -> shown.put(rs.getLong("version_id"), rs.getTimestamp("last_shown_at").getTime()), accountId,
                setup.avoidRepeatsAcrossRounds() ? setup.round().contestId() : setup.round().id());
        return shown;
    }

    @Transactional
    long insertAttempt(ContestRound round, long accountId, int attemptNo, Instant now, Instant deadline,
                       List<QuestionDraw.Drawn> drawn, ClientOrigin.@Nullable Origin origin) {
        long attemptId = sql.insert("""
                        INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, question_count)
                        VALUES (?, ?, ?, 'OPEN', ?, ?, ?)""",
                round.id(), accountId, attemptNo, now, deadline, drawn.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            rows.add(new Object[]{attemptId, i, drawn.get(i).versionId(), join(drawn.get(i).optionOrder())});
        }
        sql.batch("INSERT INTO attempt_question (attempt_id, position, question_version_id, option_order) VALUES (?, ?, ?, ?)",
                rows);
        origins.write(attemptId, AttemptOrigins.START, origin);
        started.publishEvent(new AttemptStarted(attemptId, round.id(), accountId, deadline));
        return attemptId;
    }

    // ---- view ----------------------------------------------------------------------------------

    AttemptViews.Current view(long attemptId, long accountId) {
        AttemptRow attempt = owned(attemptId, accountId);
        ContestRound round = rounds.round(attempt.roundId());
        Instant now = clock.instant();
        if (attempt.open() && pastGrace(attempt, round, now)) {
            close(attemptId, accountId);
            attempt = owned(attemptId, accountId);
        }
        List<Shown> shown = shown(attemptId);
        Map<Long, long[]> orders = new HashMap<>();
        shown.forEach(s -> orders.put(s.versionId(), s.optionOrder()));
        List<AttemptViews.SavedAnswer> answers = sql.list(
                """
                        SELECT a.question_version_id, a.option_id FROM answer a
                        JOIN attempt_question q ON q.attempt_id = a.attempt_id AND q.question_version_id = a.question_version_id
                        WHERE a.attempt_id = ? ORDER BY q.position""",
                rs -> new AttemptViews.SavedAnswer(rs.getLong("question_version_id"),
                        place(orders.get(rs.getLong("question_version_id")), rs.getLong("option_id"))),
                attemptId);
        long remaining = attempt.open() ? AttemptDeadline.secondsLeft(now, attempt.deadlineAt()) : 0;
        return new AttemptViews.Current(attempt.id(), attempt.roundId(), attempt.status(), attempt.startedAt(),
                attempt.deadlineAt(), now, remaining, questionViews(shown), predictionView(round), answers,
                attempt.prediction(), attempt.open() ? null : attempt.result());
    }

    // ---- history -------------------------------------------------------------------------------

    /**
     * The caller's attempts, newest first. An abandoned attempt the sweeper has not closed yet
     * still shows as open; opening it closes it with what was saved.
     */
    List<AttemptViews.Mine> mine(long accountId) {
        return sql.list("""
                        SELECT a.id, a.round_id, r.name AS round_name, c.id AS contest_id, c.name AS contest_name,
                               a.attempt_no, a.status, a.score, a.correct_count, a.question_count, a.duration_ms,
                               a.started_at, a.deadline_at, a.submitted_at,
                               r.status AS round_status, r.closes_at, r.grace_seconds
                        FROM attempt a
                        JOIN contest_round r ON r.id = a.round_id
                        JOIN contest c ON c.id = r.contest_id
                        WHERE a.account_id = ?
                        ORDER BY a.started_at DESC, a.id DESC
                        LIMIT ?""",
                rs -> new AttemptViews.Mine(rs.getLong("id"), rs.getLong("round_id"), rs.getString("round_name"),
                        rs.getLong("contest_id"), rs.getString("contest_name"), rs.getInt("attempt_no"),
                        rs.getString("status"), Sql.nullableInt(rs, "score"), Sql.nullableInt(rs, "correct_count"),
                        rs.getInt("question_count"), Sql.nullableLong(rs, "duration_ms"), Sql.instant(rs, "started_at"),
                        Sql.instant(rs, "deadline_at"), Sql.instant(rs, "submitted_at"),
                        ContestRound.closed(rs.getString("round_status")),
                        AttemptDeadline.roundClosableAt(Sql.instant(rs, "closes_at"), rs.getInt("grace_seconds"))),
                accountId, HISTORY_LIMIT);
    }

    // ---- autosave ------------------------------------------------------------------------------

    /** Last write wins; a shared lock on the attempt keeps a save from slipping in after grading. */
    @Transactional
    void saveAnswer(long attemptId, long accountId, long questionId, Integer optionId) {
        AttemptRow attempt = ownedLocked(attemptId, accountId, " LOCK IN SHARE MODE");
        ContestRound round = rounds.round(attempt.roundId());
        Instant now = clock.instant();
        if (!attempt.open() || pastGrace(attempt, round, now)) {
            throw closed();
        }
        long[] order = optionOrder(attemptId, questionId)
                .orElseThrow(() -> questionNotInAttempt(questionId));
        long optionDbId = optionAt(order, optionId, "optionId");
        boolean correct = Grading.isCorrect(catalog.versions(List.of(questionId)).get(questionId), optionDbId);
        sql.update("""
                INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at, correct) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE option_id = VALUES(option_id), saved_at = VALUES(saved_at), correct = VALUES(correct)""",
                attemptId, questionId, optionDbId, now, correct);
    }

    // ---- submit and close ----------------------------------------------------------------------

    /** Closes an attempt by the sweeper, a round's close or a late visit: graded with what was saved. */
    AttemptViews.Result close(long attemptId, long accountId) {
        return close(attemptId, accountId, null, null, null, clock.instant());
    }

    /**
     * One submit alone, in its own transaction, as of the moment it arrived (the group commit's
     * fallback). A retry with the same Idempotency-Key gets the same body; a late submission
     * (after deadline + grace) is closed with what was saved by the deadline.
     */
    AttemptViews.Result submitAlone(PendingSubmit submit) {
        return close(submit.attemptId(), submit.accountId(), submit.idempotencyKey(), submit.body(), submit.origin(),
                submit.arrivedAt());
    }

    @Transactional
    AttemptViews.Result close(long attemptId, long accountId, @Nullable String idempotencyKey,
                              @Nullable AttemptViews.SubmitBody body, ClientOrigin.@Nullable Origin origin, Instant now) {
        AttemptRow attempt = ownedLocked(attemptId, accountId, " FOR UPDATE");
        if (!attempt.open()) {
            return alreadyClosed(attempt, idempotencyKey);
        }
        ContestRound round = rounds.round(attempt.roundId());
        Map<Long, Saved> saved = new LinkedHashMap<>();
        sql.list("SELECT question_version_id, option_id, correct FROM answer WHERE attempt_id = ?",
                rs -> saved.put(rs.getLong("question_version_id"), Saved.read(rs)), attemptId);
        Grade grade = grade(attempt, round, now, idempotencyKey, body, origin, shown(attemptId), saved);
        write(List.of(grade));
        announce(grade);
        return grade.view();
    }

    /** A submit waiting for its group's transaction; {@code arrivedAt} is its submission time. */
    record PendingSubmit(long attemptId, long accountId, String idempotencyKey, AttemptViews.SubmitBody body,
                         ClientOrigin.@Nullable Origin origin, Instant arrivedAt) {
    }

    /** One submit's answer once its transaction committed: the result and the board writes to make before replying. */
    record Graded(AttemptViews.Result result, List<Supplier<CompletableFuture<?>>> afterCommit) {
    }

    /** One submit of a group that must be made again on its own (a second submit of the same attempt in the group). */
    static final class AloneAfterwards extends RuntimeException {
        AloneAfterwards(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Grades several submits in one transaction (group commit): their attempts locked in id order,
     * read together, graded in memory, written with one statement per kind of row. Returns, per
     * submit in order, a {@link Graded} or the exception that submit alone must get (a 404, 409 or
     * 422 writes nothing, so it cannot spoil the others). {@code beforeCommit} is the tests' way to
     * fail the group at its last moment.
     */
    @Transactional
    Object[] closeTogether(List<PendingSubmit> group, Runnable beforeCommit) {
        Object[] outcomes = new Object[group.size()];
        List<Long> ids = group.stream().map(PendingSubmit::attemptId).distinct().sorted().toList();
        Map<Long, AttemptRow> rows = new HashMap<>();
        sql.list("SELECT " + AttemptRow.COLUMNS + " FROM attempt WHERE id IN (" + Sql.marks(ids.size())
                + ") ORDER BY id FOR UPDATE", AttemptRow::read, ids.toArray()).forEach(a -> rows.put(a.id(), a));
        List<Integer> open = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < group.size(); i++) {
            PendingSubmit p = group.get(i);
            AttemptRow attempt = rows.get(p.attemptId());
            if (!seen.add(p.attemptId())) {
                outcomes[i] = new AloneAfterwards("a second submit of attempt " + p.attemptId() + " in one group");
            } else if (attempt == null || attempt.accountId() != p.accountId()) {
                outcomes[i] = ApiException.notFound("lượt thi");
            } else if (!attempt.open()) {
                try {
                    outcomes[i] = new Graded(alreadyClosed(attempt, p.idempotencyKey()), List.of());
                } catch (ApiException e) {
                    outcomes[i] = e;
                }
            } else {
                open.add(i);
            }
        }
        if (!open.isEmpty()) {
            List<Long> openIds = open.stream().map(i -> group.get(i).attemptId()).toList();
            Map<Long, List<Shown>> shown = new HashMap<>();
            sql.list("SELECT attempt_id, question_version_id, option_order FROM attempt_question WHERE attempt_id IN ("
                            + Sql.marks(openIds.size()) + ") ORDER BY attempt_id, position",
                    rs -> shown.computeIfAbsent(rs.getLong("attempt_id"), k -> new ArrayList<>()).add(Shown.read(rs)),
                    openIds.toArray());
            Map<Long, Map<Long, Saved>> saved = new HashMap<>();
            sql.list("SELECT attempt_id, question_version_id, option_id, correct FROM answer WHERE attempt_id IN ("
                            + Sql.marks(openIds.size()) + ")",
                    rs -> saved.computeIfAbsent(rs.getLong("attempt_id"), k -> new LinkedHashMap<>())
                            .put(rs.getLong("question_version_id"), Saved.read(rs)),
                    openIds.toArray());
            List<Grade> grades = new ArrayList<>();
            List<Integer> graded = new ArrayList<>();
            for (int i : open) {
                PendingSubmit p = group.get(i);
                AttemptRow attempt = rows.get(p.attemptId());
                try {
                    grades.add(grade(attempt, rounds.round(attempt.roundId()), p.arrivedAt(), p.idempotencyKey(), p.body(),
                            p.origin(), shown.getOrDefault(p.attemptId(), List.of()), saved.getOrDefault(p.attemptId(), Map.of())));
                    graded.add(i);
                } catch (ApiException e) {
                    outcomes[i] = e;
                }
            }
            write(grades);
            // one announcement for the group (one outbox statement), its board writes shared by every reply
            List<Supplier<CompletableFuture<?>>> afterCommit = new ArrayList<>();
            AfterCommit.collecting(afterCommit, () -> {
                gradedTogether.publishEvent(new AttemptsGraded(grades.stream().map(AttemptService::graded).toList()));
                return null;
            });
            for (int k = 0; k < grades.size(); k++) {
                outcomes[graded.get(k)] = new Graded(grades.get(k).view(), afterCommit);
            }
        }
        beforeCommit.run();
        return outcomes;
    }

    /** A submit or close of an attempt that is no longer open: the same body again for its own key, else 409. */
    static AttemptViews.Result alreadyClosed(AttemptRow attempt, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.equals(attempt.submitKey()) || attempt.submitKey() == null) {
            return attempt.result();
        }
        throw new ApiException(HttpStatus.CONFLICT, "ALREADY_SUBMITTED",
                "Bài thi này đã được nộp.", "This attempt was already submitted.", List.of(),
                Map.of("result", attempt.result()));
    }

    /** An answer as the attempt holds it: the option and the mark its autosave gave it (null if none). */
    record Saved(long optionId, @Nullable Boolean correct) {

        static Saved read(ResultSet rs) throws SQLException {
            return new Saved(rs.getLong("option_id"), rs.getObject("correct", Boolean.class));
        }
    }

    /**
     * What grading one open attempt decides, checked and computed before anything is written;
     * {@code marked} holds only the answers whose row must change (new, another option, or a mark
     * the row lacks): each with its mark.
     */
    record Grade(AttemptRow attempt, String status, Instant savedAt, Instant submittedAt, long durationMs,
                 Grading.Result result, @Nullable Long prediction, @Nullable String submitKey,
                 Map<Long, Saved> marked, ClientOrigin.@Nullable Origin origin) {

        AttemptViews.Result view() {
            return new AttemptViews.Result(result.score(), result.correctCount(), attempt.questionCount(),
                    durationMs, submittedAt);
        }
    }

    /**
     * Grades an open attempt as of {@code now} (the moment the submit arrived): on time, the answers
     * and prediction sent with it count; late, only what was saved. Throws for a bad body, writing nothing.
     */
    Grade grade(AttemptRow attempt, ContestRound round, Instant now, @Nullable String idempotencyKey,
                @Nullable AttemptViews.SubmitBody body, ClientOrigin.@Nullable Origin origin, List<Shown> shown,
                Map<Long, Saved> saved) {
        boolean onTime = idempotencyKey != null && !pastGrace(attempt, round, now);
        Map<Long, Long> answers = new LinkedHashMap<>();
        saved.forEach((versionId, answer) -> answers.put(versionId, answer.optionId()));
        Long prediction = null;
        if (onTime && body != null) {
            prediction = checkedPrediction(round, body);
            answers.putAll(submittedAnswers(body, shown));
        }
        Instant submittedAt = AttemptDeadline.submittedAt(now, attempt.deadlineAt());
        long durationMs = Duration.between(attempt.startedAt(), submittedAt).toMillis();
        Map<Long, VersionView> versions = catalog.versions(shown.stream().map(Shown::versionId).toList());
        Grading.Result result = Grading.grade(versions, answers, round.pointsPerQuestion());
        Map<Long, Saved> marked = new LinkedHashMap<>();
        answers.forEach((versionId, optionId) -> {
            Saved mark = new Saved(optionId, Grading.isCorrect(versions.get(versionId), optionId));
            if (!mark.equals(saved.get(versionId))) {
                marked.put(versionId, mark);
            }
        });
        return new Grade(attempt, onTime ? AttemptRow.SUBMITTED : AttemptRow.EXPIRED, now, submittedAt, durationMs,
                result, prediction, onTime ? idempotencyKey : null, marked, origin);
    }

    /**
     * Writes graded attempts in the current transaction, each kind of row in one statement however
     * many attempts there are: the answers whose row changes (sent with the submit, or saved without
     * a mark; an answer the autosave already holds keeps the time it was saved; a rewritten batch,
     * one multi-row INSERT), the attempts' grades ({@link #GRADES}) and where they were submitted
     * from. An autosave marks what it saves, so a submit that brings nothing new writes no answer row.
     */
    void write(List<Grade> grades) {
        List<Object[]> answerRows = new ArrayList<>();
        List<AttemptOrigins.Row> originRows = new ArrayList<>();
        for (Grade g : grades) {
            long attemptId = g.attempt().id();
            g.marked().forEach((versionId, answer) -> answerRows.add(new Object[]{attemptId, versionId, answer.optionId(),
                    g.savedAt(), answer.correct()}));
            originRows.add(new AttemptOrigins.Row(attemptId, g.origin()));
        }
        sql.batch("""
                INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at, correct) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE saved_at = IF(option_id <=> VALUES(option_id), saved_at, VALUES(saved_at)),
                                        option_id = VALUES(option_id), correct = VALUES(correct)""", answerRows);
        writeGrades(grades);
        origins.writeAll(AttemptOrigins.SUBMIT, originRows);
    }

    /**
     * In id order, the order {@link #closeTogether} locked them in; padded to a power of two so the
     * statement keeps a few shapes (a repeated row updates its attempt once, with the same values).
     */
    private void writeGrades(List<Grade> grades) {
        if (grades.isEmpty()) {
            return;
        }
        List<Grade> rows = Sql.padded(grades.stream().sorted(Comparator.comparingLong(g -> g.attempt().id())).toList());
        List<Object> values = new ArrayList<>(rows.size() * GRADE_ROW.size());
        for (Grade g : rows) {
            values.addAll(Arrays.asList(g.attempt().id(), g.status(), g.submittedAt(), g.durationMs(),
                    g.result().correctCount(), g.result().score(), g.prediction(), g.submitKey()));
        }
        sql.update(GRADES.formatted(Sql.unionRows(GRADE_ROW, rows.size())), values.toArray());
    }

    /** Tells the boards (their outbox row, in this transaction; their write, after commit). */
    void announce(Grade g) {
        graded.publishEvent(graded(g));
    }

    private static AttemptGraded graded(Grade g) {
        return new AttemptGraded(g.attempt().id(), g.attempt().roundId(), g.attempt().accountId());
    }

    static Long checkedPrediction(ContestRound round, AttemptViews.SubmitBody body) {
        Long prediction = body.prediction();
        if (prediction != null && (prediction < 0 || prediction > MAX_PREDICTION)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_PREDICTION",
                    "Số dự đoán phải là số nguyên từ 0 đến 1.000.000.000.", "Prediction must be 0..1,000,000,000.");
        }
        return round.hasPrediction() ? prediction : null;
    }

    /** Answers sent with the submit, all checked before anything is written: a bad one changes nothing. */
    static Map<Long, Long> submittedAnswers(AttemptViews.SubmitBody body, List<Shown> shown) {
        if (body.answers() == null || body.answers().isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> orders = new HashMap<>();
        shown.forEach(s -> orders.put(s.versionId(), s.optionOrder()));
        Map<Long, Long> submitted = new LinkedHashMap<>();
        for (AttemptViews.SavedAnswer answer : body.answers()) {
            long[] order = orders.get(answer.questionId());
            if (order == null) {
                throw questionNotInAttempt(answer.questionId());
            }
            submitted.put(answer.questionId(), optionAt(order, answer.optionId(), "answers"));
        }
        return submitted;
    }

    /** An open attempt to close: whose it is matters, as closing checks the owner. */
    record OpenAttempt(long attemptId, long accountId) {

        static OpenAttempt read(ResultSet rs) throws SQLException {
            return new OpenAttempt(rs.getLong("id"), rs.getLong("account_id"));
        }
    }

    /** Closes every attempt of a round that is still open, as of its deadline: the round is being closed. */
    public int closeOpenAttempts(long roundId) {
        List<OpenAttempt> open = sql.list("SELECT id, account_id FROM attempt WHERE round_id = ? AND status = 'OPEN'",
                OpenAttempt::read, roundId);
        open.forEach(a -> close(a.attemptId(), a.accountId()));
        return open.size();
    }

    /**
     * Attempts whose deadline and grace have passed without a submit ({@link AttemptDeadline#pastGrace});
     * the sweeper closes them. {@code deadline_at < now} first lets the deadline index narrow the scan.
     */
    List<OpenAttempt> abandoned(int limit) {
        Instant now = clock.instant();
        return sql.list("""
                SELECT a.id, a.account_id FROM attempt a JOIN contest_round r ON r.id = a.round_id
                WHERE a.status = 'OPEN' AND a.deadline_at < ?
                  AND %s < ?
                ORDER BY a.deadline_at LIMIT ?""".formatted(AttemptDeadline.graceEndSql("a.deadline_at", "r.grace_seconds")),
                OpenAttempt::read, now, now, limit);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private List<AttemptRow> attemptsOf(long roundId, long accountId) {
        return sql.list("SELECT " + AttemptRow.COLUMNS + " FROM attempt WHERE round_id = ? AND account_id = ? ORDER BY attempt_no",
                AttemptRow::read, roundId, accountId);
    }

    /** Someone else's attempt is indistinguishable from one that does not exist. */
    private AttemptRow owned(long attemptId, long accountId) {
        return ownedLocked(attemptId, accountId, "");
    }

    private AttemptRow ownedLocked(long attemptId, long accountId, String lock) {
        return sql.one("SELECT " + AttemptRow.COLUMNS + " FROM attempt WHERE id = ? AND account_id = ?" + lock,
                        AttemptRow::read, attemptId, accountId)
                .orElseThrow(() -> ApiException.notFound("lượt thi"));
    }

    static boolean pastGrace(AttemptRow attempt, ContestRound round, Instant now) {
        return AttemptDeadline.pastGrace(now, attempt.deadlineAt(), round.graceSeconds());
    }

    private List<Shown> shown(long attemptId) {
        return sql.list("SELECT question_version_id, option_order FROM attempt_question WHERE attempt_id = ? ORDER BY position",
                Shown::read, attemptId);
    }

    private Optional<long[]> optionOrder(long attemptId, long versionId) {
        return sql.one("SELECT option_order FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?",
                rs -> split(rs.getString("option_order")), attemptId, versionId);
    }

    private List<AttemptViews.QuestionView> questionViews(List<Shown> shown) {
        Map<Long, VersionView> versions = catalog.versions(shown.stream().map(Shown::versionId).toList());
        return shown.stream().map(s -> {
            VersionView version = versions.get(s.versionId());
            List<AttemptViews.OptionView> options = new ArrayList<>();
            for (int i = 0; i < s.optionOrder().length; i++) {
                options.add(new AttemptViews.OptionView(i + 1, version.option(s.optionOrder()[i]).text()));
            }
            return new AttemptViews.QuestionView(s.versionId(), version.text(), options);
        }).toList();
    }

    private static AttemptViews.PredictionView predictionView(ContestRound round) {
        return round.hasPrediction() ? new AttemptViews.PredictionView(round.predictionPrompt()) : null;
    }

    private static long optionAt(long[] order, Integer place, String field) {
        if (place == null || place < 1 || place > order.length) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "OPTION_NOT_IN_QUESTION",
                    "Phương án trả lời không thuộc câu hỏi này.", "The option is not one of this question's options.",
                    List.of(new ApiError.FieldError(field, "UNKNOWN_OPTION",
                            "Phương án không hợp lệ.", "Unknown option.")), Map.of());
        }
        return order[place - 1];
    }

    private static int place(long[] order, long optionDbId) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == optionDbId) {
                return i + 1;
            }
        }
        throw new IllegalStateException("saved option is not in the attempt's order");
    }

    private static String join(long[] ids) {
        return String.join(",", Arrays.stream(ids).mapToObj(Long::toString).toList());
    }

    static long[] split(String ids) {
        return Arrays.stream(ids.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static ApiException attemptOpen(long attemptId) {
        return new ApiException(HttpStatus.CONFLICT, "ATTEMPT_OPEN",
                "Bạn đang có một lượt thi chưa nộp, hãy tiếp tục lượt thi đó.",
                "You have an attempt in progress; resume it.", List.of(), Map.of("attemptId", attemptId));
    }

    private static ApiException usedUp(ContestRound round) {
        return new ApiException(HttpStatus.CONFLICT, "ATTEMPTS_USED_UP",
                "Bạn đã dùng hết " + round.attemptsAllowed() + " lượt thi của đợt này.",
                "No attempts left in this round.", List.of(), Map.of("attemptsAllowed", round.attemptsAllowed()));
    }

    private static ApiException closed() {
        return new ApiException(HttpStatus.CONFLICT, "ATTEMPT_CLOSED",
                "Đã hết thời gian làm bài hoặc bài đã được nộp.", "The attempt is closed or past its deadline.");
    }

    private static ApiException questionNotInAttempt(long questionId) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "QUESTION_NOT_IN_ATTEMPT",
                "Câu hỏi không thuộc lượt thi này.", "The question is not part of this attempt.",
                List.of(), Map.of("questionId", questionId));
    }
}
