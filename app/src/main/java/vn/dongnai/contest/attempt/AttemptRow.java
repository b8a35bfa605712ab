package vn.dongnai.contest.attempt;

import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** An attempt row as the engine reads it. */
record AttemptRow(long id, long roundId, long accountId, int attemptNo, String status, Instant startedAt,
                  Instant deadlineAt, Instant submittedAt, Long durationMs, int questionCount,
                  Integer correctCount, Integer score, Long prediction, String submitKey) {

    static final String OPEN = "OPEN";
    static final String SUBMITTED = "SUBMITTED";
    /** Closed by the deadline, with what was saved by then. */
    static final String EXPIRED = "EXPIRED";

    static final String COLUMNS = """
            id, round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
            question_count, correct_count, score, prediction, submit_key""";

    static AttemptRow read(ResultSet rs) throws SQLException {
        return new AttemptRow(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("account_id"),
                rs.getInt("attempt_no"), rs.getString("status"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "deadline_at"), Sql.instant(rs, "submitted_at"), Sql.nullableLong(rs, "duration_ms"),
                rs.getInt("question_count"), Sql.nullableInt(rs, "correct_count"), Sql.nullableInt(rs, "score"),
                Sql.nullableLong(rs, "prediction"), rs.getString("submit_key"));
    }

    boolean open() {
        return OPEN.equals(status);
    }

    AttemptViews.Result result() {
        return new AttemptViews.Result(score, correctCount, questionCount, durationMs, submittedAt);
    }
}
