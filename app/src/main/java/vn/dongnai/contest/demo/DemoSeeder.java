package vn.dongnai.contest.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.bank.validation.ValidationReport;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRepository;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRuleRepository;
import vn.dongnai.contest.contest.RoundRepository;
import vn.dongnai.contest.question.BankImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The demo the README's run command opens on: Đồng Nai's contest with an open round drawn from
 * the committed bank. The bank is imported on every start, so edits to it arrive as new versions.
 */
@Singleton
@Requires(property = "contest.demo.enabled", value = "true")
class DemoSeeder {

    static final String SLUG = "chuyen-doi-so-cai-cach-hanh-chinh-2025";
    static final String BANK = "Ngân hàng câu hỏi Chuyển đổi số và Cải cách hành chính";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final BankImporter importer;
    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final DrawRuleRepository drawRules;
    private final Clock clock;

    DemoSeeder(BankImporter importer, ContestRepository contests, RoundRepository rounds,
               DrawRuleRepository drawRules, Clock clock) {
        this.importer = importer;
        this.contests = contests;
        this.rounds = rounds;
        this.drawRules = drawRules;
        this.clock = clock;
    }

    @EventListener
    @Order(2)
    void onStartup(StartupEvent event) {
        Bank bank = ClasspathBank.load();
        ValidationReport report = new BankValidator().validate(bank);
        if (!report.ok()) {
            // the build validates the committed bank, so this only happens to a hand-edited deployment
            throw new IllegalStateException("the committed question bank has errors: " + report.errors().getFirst().messageEn());
        }
        long bankId = importer.bankNamed(BANK);
        BankImporter.Summary summary = importer.importBank(bankId, bank, null);
        LOG.info("Question bank: {} questions ({} new, {} new versions, {} unchanged)",
                bank.questions().size(), summary.created(), summary.newVersions(), summary.unchanged());
        if (contests.findBySlug(SLUG).isEmpty()) {
            createContest(bankId);
        }
    }

    @Transactional
    void createContest(long bankId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Contest contest = contests.save(new Contest(null, SLUG,
                "Tìm hiểu về Chuyển đổi số và Cải cách hành chính",
                "Cuộc thi trực tuyến dành cho cán bộ, công chức, viên chức, đoàn viên, hội viên và người dân "
                        + "sinh sống, học tập, làm việc trên địa bàn tỉnh Đồng Nai.",
                "Sở Khoa học và Công nghệ tỉnh Đồng Nai", rules(), bankId, Contest.PUBLISHED, now, now));
        ContestRound first = rounds.save(new ContestRound(null, contest.id(), 1, "Đợt 1",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), 20, 15 * 60, 3,
                ContestRound.BEST, 15, 1, "PARTICIPANTS",
                "Theo bạn, sẽ có bao nhiêu người tham gia Đợt 1?", ContestRound.PUBLISHED, now, now));
        drawRules.save(new DrawRule(null, first.id(), null, "EASY", 8));
        drawRules.save(new DrawRule(null, first.id(), null, "MEDIUM", 8));
        drawRules.save(new DrawRule(null, first.id(), null, "HARD", 4));
        rounds.save(new ContestRound(null, contest.id(), 2, "Đợt 2",
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(44)), 20, 15 * 60, 3,
                ContestRound.BEST, 15, 1, "PARTICIPANTS",
                "Theo bạn, sẽ có bao nhiêu người tham gia Đợt 2?", ContestRound.PUBLISHED, now, now));
        LOG.info("Demo contest created: \"{}\", round 1 open until {}", contest.name(), first.closesAt());
    }

    private static String rules() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/the-le.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
