package vn.dongnai.contest.attempt;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start is the peak's hottest request: this counts the statements one start sends to MySQL
 * (every one the driver sends on the request's thread, commit included), so that the no-repeat
 * draw's "seen" query stays one statement and only where it is needed.
 */
@MicronautTest(transactional = false)
class StartStatementsTest extends IntegrationTest {

    /** Connector/J calls this for every statement on every connection; it records them while a start runs. */
    public static final class Counter implements QueryInterceptor {

        record Sent(String thread, String sql) {
        }

        static volatile boolean on;
        static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
            return this;
        }

        @Override
        public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
            if (on) {
                SENT.add(new Sent(Thread.currentThread().getName(), sql.get()));
            }
            return null;
        }

        @Override
        public boolean executeTopLevelOnly() {
            return true;
        }

        @Override
        public void destroy() {
        }

        @Override
        public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                                   ServerSession serverSession) {
            return null;
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = super.getProperties();
        props.put("datasources.default.url", props.get("datasources.default.url") + "&queryInterceptors=" + Counter.class.getName());
        return props;
    }

    /** The statements of one start, on the thread that inserted the attempt (scheduled jobs run elsewhere). */
    private List<String> statementsOfStart(long roundId, Fixtures.Contestant who, Attempts attempts) {
        Counter.SENT.clear();
        Counter.on = true;
        attempts.start(roundId, who, "Trình duyệt");
        Counter.on = false;
        List<Counter.Sent> sent = List.copyOf(Counter.SENT);
        String thread = sent.stream().filter(s -> s.sql().contains("INSERT INTO attempt (")).findFirst().orElseThrow().thread();
        return sent.stream().filter(s -> s.thread().equals(thread)).map(s -> s.sql().replaceAll("\\s+", " ").strip()).toList();
    }

    private static boolean seenQuery(String sql) {
        return sql.contains("MAX(a.started_at)");
    }

    /**
     * Reads the node caches for a second (round, contest, draw rules, eligibility) or longer (the
     * bank's pool, question versions): at a peak they are not per start, so they are left out of
     * the count, which would otherwise depend on when the cache last expired.
     */
    private static boolean cachedRead(String sql) {
        // the generated repository queries, or the named ones of contest's Rounds, Contests and DrawRules
        return sql.contains("`contest_round`") || sql.contains("`contest`") || sql.contains("round_draw_rule")
                || sql.contains("FROM contest_round r WHERE r.id =") || sql.contains("FROM contest c WHERE c.id =")
                || sql.contains("eligibility_min_age") || sql.contains("q.status = 'ACTIVE'")
                || sql.contains("JOIN question_option o ON o.version_id = v.id");
    }

    private static List<String> perStart(List<String> statements) {
        return statements.stream().filter(s -> !cachedRead(s)).toList();
    }

    @Test
    void aFirstStartSendsNoSeenQueryAndALaterOneExactlyOne() {
        Attempts attempts = new Attempts(api, sql);
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 2, 5, false), 20);
        Fixtures.Contestant warmUp = fixtures.contestant();
        attempts.start(round.id(), warmUp, "Trình duyệt");
        Fixtures.Contestant me = fixtures.contestant();

        List<String> first = perStart(statementsOfStart(round.id(), me, attempts));
        attempts.submit(lastAttempt(me), me);
        List<String> second = perStart(statementsOfStart(round.id(), me, attempts));

        System.out.printf("statements per start: first attempt %d, later attempt %d%n  first: %s%n  later: %s%n",
                first.size(), second.size(), first, second);
        assertTrue(first.stream().noneMatch(StartStatementsTest::seenQuery), "no seen query for a first attempt: " + first);
        assertEquals(1, second.stream().filter(StartStatementsTest::seenQuery).count());
        assertEquals(first.size() + 1, second.size(), "the later start costs exactly the seen query more");
    }

    @Test
    void withTheContestSettingEveryStartSendsOneSeenQuery() {
        Attempts attempts = new Attempts(api, sql);
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 2, 5, false), 20);
        sql.update("UPDATE contest SET avoid_repeats_across_rounds = TRUE WHERE id = ?", round.contestId());
        attempts.start(round.id(), fixtures.contestant(), "Trình duyệt");
        Fixtures.Contestant me = fixtures.contestant();

        List<String> first = perStart(statementsOfStart(round.id(), me, attempts));

        System.out.printf("statements per start with avoid_repeats_across_rounds: first attempt %d%n  %s%n", first.size(), first);
        assertEquals(1, first.stream().filter(StartStatementsTest::seenQuery).count(), first.toString());
        assertTrue(first.stream().anyMatch(s -> s.contains("SELECT id FROM contest_round WHERE contest_id =")),
                "the contest's rounds, inside the same statement");
    }

    private long lastAttempt(Fixtures.Contestant who) {
        return sql.one("SELECT MAX(id) AS v FROM attempt WHERE account_id = ?", rs -> rs.getLong("v"), who.id()).orElseThrow();
    }
}
