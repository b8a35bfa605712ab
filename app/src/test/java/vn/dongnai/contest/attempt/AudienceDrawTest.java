package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRules;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A contestant starting a round set for officials is shown only questions for officials and for everyone. */
@MicronautTest(transactional = false)
class AudienceDrawTest extends IntegrationTest {

    @Test
    void aRoundForOfficialsShowsOnlyQuestionsForOfficialsAndForEveryone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Audience audience = i < 5 ? Audience.ALL : i < 10 ? Audience.OFFICIALS : Audience.RESIDENTS;
            questions.add(new Question("a" + tag + "-" + i, "Chủ đề " + (i % 2), Level.values()[i % 3],
                    "Câu hỏi số " + i + " của bộ " + tag + "?",
                    List.of("Phương án một " + i, "Phương án hai " + i, "Phương án ba " + i, "Phương án bốn " + i),
                    i % 4, null, "000_75008c732ac8b331.txt — mục II", null, audience, null));
        }
        BankImporter importer = context.getBean(BankImporter.class);
        long bankId = importer.bankNamed("Bộ theo đối tượng " + tag);
        importer.importBank(bankId, Bank.of(questions), null);
        Instant now = Instant.now();
        Contest contest = context.getBean(Contests.class).add(new Contest(null, "dt-" + tag,
                "Cuộc thi dành cho cán bộ " + tag, null, "Ban tổ chức", null, bankId, Contest.PUBLISHED, now, now));
        ContestRound round = context.getBean(Rounds.class).add(new ContestRound(null, contest.id(), 1, "Đợt 1",
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), 10, 600, 1, ContestRound.BEST, 5, 1,
                "NONE", null, ContestRound.PUBLISHED, now, now, "OFFICIALS"));
        DrawRules rules = context.getBean(DrawRules.class);
        rules.add(round.id(), List.of(DrawRule.Part.of(null, null, "OFFICIALS", 5)));
        assertEquals("OFFICIALS", context.getBean(Rounds.class).byId(round.id()).orElseThrow().audience());
        assertEquals("OFFICIALS", rules.forRound(round.id()).orElseThrow().parts().getFirst().audience().name());
        Fixtures.Contestant me = fixtures.contestant();

        var started = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token());

        assertEquals(201, started.status(), started.body());
        long attemptId = ((Number) started.map().get("attemptId")).longValue();
        List<String> shown = sql.list("""
                SELECT v.audience FROM attempt_question aq JOIN question_version v ON v.id = aq.question_version_id
                WHERE aq.attempt_id = ?""", rs -> rs.getString("audience"), attemptId);
        assertEquals(10, shown.size());
        assertEquals(5, shown.stream().filter("ALL"::equals).count(), "the 10 eligible questions are exactly the ones shown");
        assertEquals(5, shown.stream().filter("OFFICIALS"::equals).count());
    }
}
