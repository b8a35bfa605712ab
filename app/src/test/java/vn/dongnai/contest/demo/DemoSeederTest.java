package vn.dongnai.contest.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.catalog.Catalog;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRules;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.staff.ContestGrants;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo contest the README's run command opens on, created through contest/'s public services. */
@MicronautTest(transactional = false)
class DemoSeederTest extends IntegrationTest {

    private DemoSeeder seeder() {
        return new DemoSeeder(context.getBean(BankImporter.class), context.getBean(Contests.class),
                context.getBean(Rounds.class), context.getBean(DrawRules.class), context.getBean(Catalog.class),
                context.getBean(ContestGrants.class), context.getBean(Clock.class));
    }

    @BeforeEach
    @AfterEach
    void removeTheDemoContest() {
        String inDemo = "(SELECT id FROM contest WHERE slug = '" + DemoSeeder.SLUG + "')";
        sql.update("DELETE FROM staff_grant WHERE contest_id IN " + inDemo);
        sql.update("DELETE FROM round_draw_rule WHERE round_id IN (SELECT id FROM contest_round WHERE contest_id IN " + inDemo + ")");
        sql.update("DELETE FROM contest_round WHERE contest_id IN " + inDemo);
        sql.update("DELETE FROM contest WHERE slug = ?", DemoSeeder.SLUG);
    }

    @Test
    void theDemoContestIsPublishedWithAnOpenFirstRoundDrawingByDifficulty() {
        long bankId = Banks.create(context, 30).id();

        seeder().createContest(bankId);

        Contest contest = context.getBean(Contests.class).bySlug(DemoSeeder.SLUG).orElseThrow();
        assertTrue(contest.published());
        assertEquals(bankId, contest.bankId());
        assertEquals(DemoSeeder.DEMO_UNIT, contest.organizingUnit());
        List<ContestRound> rounds = context.getBean(Rounds.class).withStatus(List.of(ContestRound.PUBLISHED)).stream()
                .filter(r -> r.contestId() == contest.id()).toList();
        assertEquals(List.of(1, 2), rounds.stream().map(ContestRound::seq).sorted().toList());
        ContestRound first = rounds.stream().filter(r -> r.seq() == 1).findFirst().orElseThrow();
        assertTrue(first.openAt(Instant.now()));
        DrawRule draw = context.getBean(DrawRules.class).forRound(first.id()).orElseThrow();
        assertEquals(bankId, draw.bankId());
        assertEquals(20, draw.questionCount());
        assertEquals(List.of(new DrawRule.Part(null, "EASY", 8), new DrawRule.Part(null, "MEDIUM", 8),
                new DrawRule.Part(null, "HARD", 4)), draw.parts());
    }
}
