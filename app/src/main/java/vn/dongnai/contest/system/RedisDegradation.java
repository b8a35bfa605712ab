package vn.dongnai.contest.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every time a Redis use falls back because Redis failed, it says so here: a Prometheus counter
 * {@code contest_redis_degraded_total{use=…}} for the alerts, and the last time per use, which
 * {@code /health} shows as DEGRADED for a while. What each use does instead is decided where it is
 * used (docs/operations.md, "Redis failures"):
 * <ul>
 *   <li>{@code leaderboard}: the outbox keeps the entry, the board says it is stale and catches up;</li>
 *   <li>{@code rate-limit}: a per-node in-memory bucket with the same limit;</li>
 *   <li>{@code bot-check}: a solution is spent in MySQL; failed-login counts unknown ⇒ the check is asked;</li>
 *   <li>{@code sessions}: the session check reads MySQL;</li>
 *   <li>{@code waiting-room}: each node runs its own waiting line, in arrival order (admission package);</li>
 *   <li>{@code seats}: the platform's seat budget is not enforced, only each node's lanes (admission package).</li>
 * </ul>
 */
@Singleton
public class RedisDegradation {

    public static final String LEADERBOARD = "leaderboard";
    public static final String RATE_LIMIT = "rate-limit";
    public static final String BOT_CHECK = "bot-check";
    public static final String SESSIONS = "sessions";
    public static final String WAITING_ROOM = "waiting-room";
    public static final String SEATS = "seats";

    private static final Logger LOG = LoggerFactory.getLogger(RedisDegradation.class);

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Instant> last = new ConcurrentHashMap<>();

    public RedisDegradation(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        // every use's counter exists from the start at 0, so alerts on its increase see the first fallback
        for (String use : new String[]{LEADERBOARD, RATE_LIMIT, BOT_CHECK, SESSIONS, WAITING_ROOM, SEATS}) {
            meters.counter("contest.redis.degraded", "use", use);
        }
    }

    /** Counts one fallback of {@code use}; the log line carries the exception's class only (never keys or values). */
    public void record(String use, Throwable cause) {
        meters.counter("contest.redis.degraded", "use", use).increment();
        Instant now = clock.instant();
        Instant before = last.put(use, now);
        // one line per use and second is enough to see it in the log; the counter has every one
        if (before == null || before.getEpochSecond() != now.getEpochSecond()) {
            LOG.warn("Redis failed for {} ({}): degraded", use, cause.getClass().getSimpleName());
        }
    }

    /** Uses that fell back since {@code since}, with when they last did. */
    public Map<String, Instant> since(Instant since) {
        Map<String, Instant> recent = new TreeMap<>();
        last.forEach((use, at) -> {
            if (!at.isBefore(since)) {
                recent.put(use, at);
            }
        });
        return recent;
    }
}
