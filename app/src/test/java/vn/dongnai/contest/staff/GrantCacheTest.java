package vn.dongnai.contest.staff;

import io.micronaut.cache.SyncCache;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grant checks' node caches (Micronaut Cache on Caffeine): what is kept, what is not, what drops them. */
@MicronautTest(transactional = false)
class GrantCacheTest extends IntegrationTest {

    @SuppressWarnings("unchecked")
    private SyncCache<Object> cache(String name) {
        return context.getBean(SyncCache.class, Qualifiers.byName(name));
    }

    @Test
    void aContestsUnitIsKeptAfterTheFirstAskAndAGrantChangeDropsIt() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 3);
        GrantReads reads = context.getBean(GrantReads.class);
        SyncCache<Object> units = cache(GrantReads.CONTEST_UNITS);
        units.invalidateAll();

        reads.unitOf(round.contestId());
        assertTrue(units.get(round.contestId(), GrantReads.ContestUnit.class).isPresent());

        context.getBean(ContestGrants.class).changed();
        assertTrue(units.get(round.contestId(), GrantReads.ContestUnit.class).isEmpty());
    }

    @Test
    void aRoundsContestIsKeptAndAnUnknownRoundIsNot() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 3);
        GrantReads reads = context.getBean(GrantReads.class);
        SyncCache<Object> rounds = cache(GrantReads.ROUND_CONTESTS);

        assertEquals(round.contestId(), reads.contestOfRound(round.id()));
        assertTrue(rounds.get(round.id(), Long.class).isPresent());

        assertNull(reads.contestOfRound(-7L));
        assertTrue(rounds.get(-7L, Long.class).isEmpty());
    }
}
