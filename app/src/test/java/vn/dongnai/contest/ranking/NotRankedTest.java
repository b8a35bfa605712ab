package vn.dongnai.contest.ranking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Found by the load tests: readers who had not submitted yet got a 500 from "my place". */
@MicronautTest(transactional = false)
class NotRankedTest extends IntegrationTest {

    @Test
    void aContestantWithoutAnEntryIsToldTheyAreNotRankedYet() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Fixtures.Contestant someone = fixtures.contestant();

        var reply = api.get("/api/rounds/" + round.id() + "/leaderboard/me", someone.token());

        assertEquals(404, reply.status());
        assertEquals("NOT_RANKED", reply.code());
    }
}
