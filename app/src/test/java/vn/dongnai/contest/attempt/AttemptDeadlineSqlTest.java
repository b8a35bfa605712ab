package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SQL that filters by deadline and grace (autosave, sweeper, auto-close) decides as
 * {@link AttemptDeadline} does, to the millisecond around the end of the grace.
 */
@MicronautTest(transactional = false)
class AttemptDeadlineSqlTest extends IntegrationTest {

    private static final String GRACE_END = AttemptDeadline.graceEndSql("CAST(? AS DATETIME(3))", "?");

    @Test
    void theDatabaseAndTheRuleAgreeAroundTheEndOfTheGrace() {
        Instant deadline = Instant.parse("2026-05-19T08:15:00.250Z");
        for (int grace : new int[]{0, 1, 15}) {
            Instant end = AttemptDeadline.graceEnd(deadline, grace);
            for (Instant at : new Instant[]{deadline, end.minusMillis(1), end, end.plusMillis(1), end.plusSeconds(60)}) {
                boolean inTimeInSql = sql.one("SELECT CAST(? AS DATETIME(3)) <= " + GRACE_END + " AS in_time",
                        rs -> rs.getBoolean("in_time"), at, grace, deadline).orElseThrow();
                boolean pastGraceInSql = sql.one("SELECT " + GRACE_END + " < CAST(? AS DATETIME(3)) AS past_grace",
                        rs -> rs.getBoolean("past_grace"), grace, deadline, at).orElseThrow();
                assertEquals(AttemptDeadline.inTime(at, deadline, grace), inTimeInSql, "in time at " + at + ", grace " + grace);
                assertEquals(AttemptDeadline.pastGrace(at, deadline, grace), pastGraceInSql, "past grace at " + at + ", grace " + grace);
            }
        }
    }

    @Test
    void theDatabaseAndTheRuleAgreeWhenARoundBecomesClosable() {
        Instant closes = Instant.parse("2026-05-19T12:00:00.000Z");
        int grace = 15;
        Instant closable = AttemptDeadline.roundClosableAt(closes, grace);
        for (Instant now : new Instant[]{closable.minusMillis(1), closable, closable.plusMillis(1)}) {
            boolean closableInSql = sql.one("SELECT " + GRACE_END + " <= CAST(? AS DATETIME(3)) AS closable",
                    rs -> rs.getBoolean("closable"), grace, closes, now).orElseThrow();
            assertEquals(AttemptDeadline.roundClosable(now, closes, grace), closableInSql, "closable at " + now);
        }
    }
}
