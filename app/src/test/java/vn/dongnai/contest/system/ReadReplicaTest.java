package vn.dongnai.contest.system;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.MariaDbReplication;
import vn.dongnai.contest.support.RedisProcesses;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DATASOURCES_REPLICA_URL against a real MariaDB replica (a second mariadbd replicating from the
 * first, both started by the test): heavy reads (live view, exports) are answered by the replica,
 * everything else by the primary.
 */
@MicronautTest(transactional = false)
class ReadReplicaTest extends IntegrationTest {

    static final String DATABASE = "contest_replica";
    static MariaDbReplication pair;

    @Inject
    ReadReplica replica;

    @Override
    public Map<String, String> getProperties() {
        pair = MariaDbReplication.startOrSkip(DATABASE);
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("datasources.default.url", pair.url(pair.primaryPort, DATABASE));
        props.put("datasources.default.username", "root");
        props.put("datasources.default.password", "");
        props.put("datasources.replica.url", pair.url(pair.replicaPort, DATABASE));
        props.put("datasources.replica.username", "root");
        props.put("datasources.replica.password", "");
        return props;
    }

    @AfterAll
    void stopDatabases() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void heavyReadsUseTheReplicaAndEverythingElseThePrimary() {
        assertEquals(2, replica.sql().one("SELECT @@server_id AS v", rs -> rs.getInt("v")).orElseThrow(), "reads: the replica");
        assertEquals(1, sql.one("SELECT @@server_id AS v", rs -> rs.getInt("v")).orElseThrow(), "the rest: the primary");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLiveViewShowsWhatTheReplicaHasApplied() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 6);
        String organizer = staff.organizer();
        RedisProcesses.awaitTrue(Duration.ofSeconds(20), () -> api.get("/api/admin/rounds/" + round.id() + "/live", organizer).status() == 200,
                "the round reached the replica");
        Fixtures.Contestant first = fixtures.contestant();
        api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), first.token());
        RedisProcesses.awaitTrue(Duration.ofSeconds(20), () -> started(round.id(), organizer) == 1, "the first attempt reached the replica");

        pair.replicaApplies(false);
        try {
            Fixtures.Contestant second = fixtures.contestant();
            assertEquals(201, api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), second.token()).status(),
                    "writes go to the primary while the replica lags");
            assertEquals(1, started(round.id(), organizer), "the live view reads the (lagging) replica");
            assertEquals(2L, sql.one("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ?", rs -> rs.getLong("n"), round.id()).orElseThrow());
        } finally {
            pair.replicaApplies(true);
        }
        RedisProcesses.awaitTrue(Duration.ofSeconds(20), () -> started(round.id(), organizer) == 2, "the replica caught up");
    }

    @Test
    void thePublicContestListReadsTheReplica() throws Exception {
        ContestRound first = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
        RedisProcesses.awaitTrue(Duration.ofSeconds(20), () -> listed(first.contestId()), "the first contest reached the replica");

        pair.replicaApplies(false);
        ContestRound second;
        try {
            second = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
            assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM contest WHERE id = ?", rs -> rs.getLong("n"), second.contestId()).orElseThrow(),
                    "the contest is on the primary");
            assertEquals(false, listed(second.contestId()), "the public list reads the (lagging) replica");
            assertEquals(true, listed(first.contestId()));
        } finally {
            pair.replicaApplies(true);
        }
        RedisProcesses.awaitTrue(Duration.ofSeconds(20), () -> listed(second.contestId()), "the replica caught up");
    }

    private boolean listed(long contestId) {
        return api.get("/api/contests", null).list().stream()
                .anyMatch(c -> ((Number) c.get("id")).longValue() == contestId);
    }

    @SuppressWarnings("unchecked")
    private long started(long roundId, String token) {
        var live = api.get("/api/admin/rounds/" + roundId + "/live", token);
        Map<String, Object> totals = (Map<String, Object>) live.map().get("totals");
        return ((Number) totals.get("started")).longValue();
    }
}
