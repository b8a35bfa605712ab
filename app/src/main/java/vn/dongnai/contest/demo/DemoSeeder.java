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
import vn.dongnai.contest.catalog.Catalog;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRules;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.question.BankImporter;
import vn.dongnai.contest.staff.ContestGrants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The demo the README's run command opens on: Đồng Nai's contest with an open round drawn from
 * the committed bank. The bank is imported on every start, so edits to it arrive as new versions,
 * and questions it no longer has are retired (unless an organizer has made them their own).
 */
@Singleton
@Requires(property = "contest.demo.enabled", value = "true")
class DemoSeeder {

    static final String SLUG = "chuyen-doi-so-cai-cach-hanh-chinh-2025";
    static final String BANK = "Ngân hàng câu hỏi Chuyển đổi số và Cải cách hành chính";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** The demo contest's organizing unit (đơn vị tổ chức), as the unit list names it. */
    static final String DEMO_UNIT = "Sở Khoa học và Công nghệ";

    private final BankImporter importer;
    private final Contests contests;
    private final Rounds rounds;
    private final DrawRules drawRules;
    private final Catalog catalog;
    private final ContestGrants grants;
    private final Clock clock;

    DemoSeeder(BankImporter importer, Contests contests, Rounds rounds, DrawRules drawRules, Catalog catalog,
               ContestGrants grants, Clock clock) {
        this.importer = importer;
        this.contests = contests;
        this.rounds = rounds;
        this.drawRules = drawRules;
        this.catalog = catalog;
        this.grants = grants;
        this.clock = clock;
    }

    /**
     * The departments and agencies the province's plans assign tasks to (Plan 104/KH-UBND section VI
     * and the Resolution 57 task list, 002_4edf477e206f9b12.txt and 004_7becd4063710005a.txt), for
     * the registration form's unit picker. No headcounts: the plans give none, and collective prizes
     * must not be computed against invented numbers. Communes are left empty (free text) until the
     * organizers import the official post-2025 list.
     */
    static final List<String[]> UNITS = List.of(
            new String[]{"Sở Khoa học và Công nghệ", "Sở"},
            new String[]{"Sở Nội vụ", "Sở"},
            new String[]{"Sở Tài chính", "Sở"},
            new String[]{"Sở Tư pháp", "Sở"},
            new String[]{"Sở Giáo dục và Đào tạo", "Sở"},
            new String[]{"Sở Văn hóa, Thể thao và Du lịch", "Sở"},
            new String[]{"Sở Công Thương", "Sở"},
            new String[]{"Sở Nông nghiệp và Môi trường", "Sở"},
            new String[]{"Sở Xây dựng", "Sở"},
            new String[]{"Sở Y tế", "Sở"},
            new String[]{"Công an tỉnh", "Cơ quan"},
            new String[]{"Văn phòng Ủy ban nhân dân tỉnh", "Cơ quan"},
            new String[]{"Văn phòng Tỉnh ủy", "Cơ quan"},
            new String[]{"Ban Quản lý các Khu công nghiệp", "Cơ quan"},
            new String[]{"Báo Đồng Nai", "Cơ quan báo chí"},
            new String[]{"Đài Phát thanh - Truyền hình Đồng Nai", "Cơ quan báo chí"});

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
        int retired = importer.retireSeededAbsent(bankId, bank.questions().stream().map(q -> q.id()).toList());
        LOG.info("Question bank: {} questions ({} new, {} new versions, {} unchanged; {} no longer in the bank retired)",
                bank.questions().size(), summary.created(), summary.newVersions(), summary.unchanged(), retired);
        if (contests.bySlug(SLUG).isEmpty()) {
            createContest(bankId);
        }
        seedUnits();
    }

    /** Only into an empty list: organizers' own edits and imports are never overwritten. */
    @Transactional
    void seedUnits() {
        if (catalog.seedUnits(UNITS.stream().map(u -> new Catalog.Choice(u[0], u[1])).toList()) == 0) {
            return;
        }
        LOG.info("Unit list seeded with {} departments and agencies named in the province's plans", UNITS.size());
    }

    @Transactional
    void createContest(long bankId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Contest contest = contests.add(new Contest(null, SLUG,
                "Tìm hiểu về Chuyển đổi số và Cải cách hành chính",
                "Cuộc thi trực tuyến dành cho cán bộ, công chức, viên chức, đoàn viên, hội viên và người dân "
                        + "sinh sống, học tập, làm việc trên địa bàn tỉnh Đồng Nai.",
                "Sở Khoa học và Công nghệ tỉnh Đồng Nai", rules(), bankId, Contest.PUBLISHED, now, now, false,
                null, false, List.of(), null, null, null, false, null, null, DEMO_UNIT));
        ContestRound first = rounds.add(new ContestRound(null, contest.id(), 1, "Đợt 1",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), 20, 15 * 60, 3,
                ContestRound.BEST, 15, 1, "PARTICIPANTS",
                "Theo bạn, sẽ có bao nhiêu người tham gia Đợt 1?", ContestRound.PUBLISHED, now, now));
        drawRules.add(first.id(), List.of(new DrawRule.Part(null, "EASY", 8), new DrawRule.Part(null, "MEDIUM", 8),
                new DrawRule.Part(null, "HARD", 4)));
        rounds.add(new ContestRound(null, contest.id(), 2, "Đợt 2",
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(44)), 20, 15 * 60, 3,
                ContestRound.BEST, 15, 1, "PARTICIPANTS",
                "Theo bạn, sẽ có bao nhiêu người tham gia Đợt 2?", ContestRound.PUBLISHED, now, now));
        grantDemoContest(contest.id(), now);
        LOG.info("Demo contest created: \"{}\", round 1 open until {}", contest.name(), first.closesAt());
    }

    /**
     * The demo contest belongs to the department that runs it ({@link #DEMO_UNIT}), and is granted, as V12 granted the
     * contests it found, to every organizer and committee account there already is (the bootstrap
     * ADMIN is platform-wide and needs none), so the console works with it as before grants existed.
     */
    private void grantDemoContest(long contestId, Instant now) {
        grants.grantToEveryStaffMember(contestId, now);
    }

    private static String rules() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/the-le.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
