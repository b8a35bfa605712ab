package vn.dongnai.contest.attempt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
        return new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                (Long) rs.getObject(9, Long.class), rs.getInt(10), (Integer) rs.getObject(11, Integer.class),
                (Integer) rs.getObject(12, Integer.class), (Long) rs.getObject(13, Long.class), rs.getString(14));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    boolean open() {
        return OPEN.equals(status);
    }

    AttemptViews.Result result() {
        return new AttemptViews.Result(score, correctCount, questionCount, durationMs, submittedAt);
    }
}
