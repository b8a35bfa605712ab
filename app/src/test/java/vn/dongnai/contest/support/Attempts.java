package vn.dongnai.contest.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import vn.dongnai.contest.system.Sql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Takes attempts the way a contestant's browser does, answering by the bank's option positions. */
public final class Attempts {

    private final Api api;
    private final Sql sql;
    // a browser sends the same User-Agent with every request of an attempt
    private final Map<Long, String> agents = new java.util.concurrent.ConcurrentHashMap<>();

    public Attempts(Api api, Sql sql) {
        this.api = api;
        this.sql = sql;
    }

    /** Starts an attempt from a browser with this User-Agent; returns the attempt id. */
    public long start(long roundId, Fixtures.Contestant who, String userAgent) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/rounds/" + roundId + "/attempts", (Object) Map.of());
        request.header("User-Agent", userAgent);
        Api.Reply started = api.send(request, who.token());
        if (started.status() != 201) {
            throw new IllegalStateException("start failed: " + started.body());
        }
        long attemptId = ((Number) started.map().get("attemptId")).longValue();
        agents.put(attemptId, userAgent);
        return attemptId;
    }

    /** The question versions the attempt shows, in display order. */
    public List<Long> versions(long attemptId) {
        return sql.list("SELECT question_version_id FROM attempt_question WHERE attempt_id = ? ORDER BY position",
                rs -> rs.getLong("question_version_id"), attemptId);
    }

    /** Bank position (0 = A) of the version's key. */
    public int keyOf(long versionId) {
        return sql.one("SELECT position FROM question_option WHERE version_id = ? AND correct = TRUE",
                rs -> rs.getInt("position"), versionId).orElseThrow();
    }

    /** Saves the option at bank position {@code position} (0 = A), whatever place the attempt shows it at. */
    public void answer(long attemptId, long versionId, int position, Fixtures.Contestant who) {
        int place = sql.one("""
                SELECT FIND_IN_SET(o.id, aq.option_order) AS v FROM attempt_question aq
                JOIN question_option o ON o.version_id = aq.question_version_id AND o.position = ?
                WHERE aq.attempt_id = ? AND aq.question_version_id = ?""",
                rs -> rs.getInt("v"), position, attemptId, versionId).orElseThrow();
        Api.Reply saved = api.put("/api/attempts/" + attemptId + "/answers/" + versionId, Map.of("optionId", place), who.token());
        if (saved.status() != 204) {
            throw new IllegalStateException("answer failed: " + saved.body());
        }
    }

    public Map<String, Object> submit(long attemptId, Fixtures.Contestant who) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/attempts/" + attemptId + "/submit", (Object) Map.of());
        request.header("Idempotency-Key", UUID.randomUUID().toString());
        request.header("User-Agent", agents.getOrDefault(attemptId, "Trình duyệt"));
        return api.send(request, who.token()).map();
    }
}
