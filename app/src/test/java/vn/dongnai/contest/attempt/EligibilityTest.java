package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A contest's eligibility is enforced when an attempt starts. */
@MicronautTest(transactional = false)
class EligibilityTest extends IntegrationTest {

    @Test
    void aContestantBelowTheMinimumAgeCannotStart() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        sql.update("UPDATE contest SET eligibility_min_age = 40 WHERE id = ?", round.contestId());
        Fixtures.Contestant born1990 = fixtures.contestant();

        var refused = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), born1990.token());

        assertEquals(422, refused.status());
        assertEquals("NOT_ELIGIBLE", refused.code());
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ?", rs -> rs.getLong("n"), round.id()).orElseThrow());
    }

    @Test
    void onlyTheAdmittedGroupsMayStart() throws InterruptedException {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        sql.update("UPDATE contest SET eligibility_groups = 'STUDENT,UNION_MEMBER' WHERE id = ?", round.contestId());
        Fixtures.Contestant official = fixtures.contestant();

        assertEquals("NOT_ELIGIBLE", api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), official.token()).code());

        sql.update("UPDATE contest SET eligibility_groups = 'OFFICIAL', eligibility_min_age = 18 WHERE id = ?", round.contestId());
        Thread.sleep(RoundSetups.TTL.toMillis() + 100); // a contest's rules reach the starts within a second
        assertEquals(201, api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), official.token()).status());
    }
}
