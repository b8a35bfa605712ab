package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contest page in a real browser: Debian's chromium, driven by playwright-core from
 * {@code app/src/main/web/e2e/public-page.e2e.mjs}, against this app on a random port with the
 * demo contest and the bot check on, plus a contest whose rules carry HTML, one with a
 * 20-second round, one whose round ended without results yet and one whose winners the committee
 * published (its winners list and its results page, "Kết quả cuộc thi"). The flows, the screenshots (target/screenshots) and the first-load budget live in that script; this test
 * starts the app and requires it to pass.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.demo.enabled", value = "true")
@Property(name = "contest.altcha.enabled", value = "true")
class PublicPageBrowserIT extends IntegrationTest {

    /** Rules an organizer pasted with markup in them: the page must show it as text and run none of it. */
    static final String UNSAFE_RULES = """
            ## Thể lệ <img src=x onerror="window.__xss=1">

            <script>window.__xss=2</script>

            Xem [bấm vào đây](javascript:window.__xss=3) hoặc [trang chính thức](https://dongnai.gov.vn).

            - **Giải nhất** <b>không in đậm</b>
            """;

    /** Cơ cấu giải thưởng as organizers write it: a Markdown table. */
    static final String PRIZE_TABLE = """
            | Giải | Số lượng | Trị giá |
            |---|---:|---:|
            | Nhất | 1 | 2.000.000 đ |
            | Khuyến khích | 10 | 200.000 đ |
            """;

    /** The round's prizes, highest first; collective points go to the winner's unit (giải tập thể). */
    static final List<Map<String, Object>> TIERS = List.of(
            Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 2_000_000, "collectivePoints", 5),
            Map.of("name", "Giải Nhì", "count", 1, "amountVnd", 1_000_000, "collectivePoints", 3),
            Map.of("name", "Giải Ba", "count", 1, "amountVnd", 500_000, "collectivePoints", 2),
            Map.of("name", "Giải Khuyến khích", "count", 10, "amountVnd", 200_000, "collectivePoints", 1));

    /** Ten runners-up, so the list is long enough to fold on a phone. */
    static final List<String> ENCOURAGED = List.of("Nguyễn Thị Thu Hà", "Trần Văn Hùng", "Lê Thị Kim Oanh", "Phạm Văn Long",
            "Hoàng Thị Yến", "Huỳnh Văn Phúc", "Phan Thị Thanh Tâm", "Vũ Đức Thắng", "Bùi Thị Ngọc Ánh", "Đỗ Minh Quân");
    static final List<String> UNITS = List.of("Sở Nội vụ", "Sở Tài chính", "Công an tỉnh", "Báo Đồng Nai", "Sở Giáo dục và Đào tạo");
    /** Every unit the flows register people in, the browser's own registration included. */
    static final List<String> ACTIVE_UNITS = Stream.concat(UNITS.stream(),
            Stream.of("Sở Y tế", "Sở Tư pháp", "Sở Khoa học và Công nghệ")).toList();

    @Inject
    EmbeddedServer server;
    @Inject
    Contests contests;

    @Test
    void registeringTakingAnAttemptOfflineAndWithAWrongClockWorkInChromium() throws Exception {
        BrowserFlow flow = BrowserFlow.contestPage("public-page.e2e.mjs").requireBrowser();

        keepOnlyTheseUnitsActive();
        Contest demo = contests.bySlug("chuyen-doi-so-cai-cach-hanh-chinh-2025").orElseThrow();
        Instant now = Instant.now();
        contests.add(new Contest(null, "e2e-unsafe-rules", "Cuộc thi có thể lệ chứa mã HTML", null,
                "Ban tổ chức kiểm thử", UNSAFE_RULES, demo.bankId(), Contest.PUBLISHED, now, now));
        // what the console sets and contestants must see: a prize table, who may take part, the colour
        sql.update("""
                UPDATE contest SET prize_md = ?, eligibility_local_only = TRUE, eligibility_min_age = 15, brand_color = '#0B5ED7'
                WHERE slug = 'e2e-unsafe-rules'""", PRIZE_TABLE);
        // a 20-second attempt with 30 seconds of grace: the page must submit by itself at the deadline
        fixtures.openRound(new Fixtures.RoundSpec(5, 20, 1, 30, false), 8);
        ContestRound awaiting = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 1, 5, false), 5);
        sql.update("UPDATE contest SET slug = 'e2e-results-awaited', name = 'Cuộc thi chờ công bố kết quả' WHERE id = ?",
                awaiting.contestId());
        endWindow(awaiting);
        String winners = json.writeValueAsString(contestWithPublishedWinners());

        flow.arguments(server.getURL(), Path.of("target/screenshots").toAbsolutePath())
                .environment("E2E_WINNERS", winners)
                // the support-desk flow resets a contestant's password as the first admin
                .environment("E2E_ADMIN_PASSWORD", vn.dongnai.contest.support.Staff.ADMIN_PASSWORD)
                .run(Duration.ofMinutes(8));
    }

    /**
     * The collective prize counts only members of active catalog units, and an earlier test class
     * may have left the list without any (AdminConsoleBrowserIT does, so others can register with
     * free text): the units this test registers people in are the active list while it runs.
     */
    private void keepOnlyTheseUnitsActive() {
        sql.update("UPDATE unit SET active = FALSE WHERE active = TRUE");
        for (String unit : ACTIVE_UNITS) {
            sql.update("INSERT INTO unit (name, active) VALUES (?, TRUE) ON DUPLICATE KEY UPDATE active = TRUE", unit);
        }
    }

    @AfterAll
    void leaveTheUnitListWithoutActiveEntries() {
        sql.update("UPDATE unit SET active = FALSE WHERE active = TRUE");
    }

    /**
     * A contest whose only round is over and whose winners are public, set up the way staff do it
     * over the API: prize rules → close the round → draft → sign → publish, for the round and then
     * for the contest's collective prize. Thirteen contestants registered and took the round through
     * the contestant API; the first answered everything right. Returns what the page must show and
     * the first winner's login, for the e2e script.
     */
    private Map<String, Object> contestWithPublishedWinners() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 1, 5, false), 5);
        sql.update("UPDATE contest SET slug = 'e2e-winners', name = 'Cuộc thi đã công bố kết quả' WHERE id = ?", round.contestId());
        // what the winner's review shows under each question once the round is closed
        sql.update("""
                UPDATE question_version v JOIN question q ON q.id = v.question_id JOIN contest c ON c.bank_id = q.bank_id
                SET v.explanation = 'Nghị quyết 57-NQ/TW xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu.',
                    v.source = 'Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'
                WHERE c.id = ?""", round.contestId());
        Attempts attempts = new Attempts(api, sql);
        Fixtures.Contestant first = takeRound(round, "Võ Thị Hồng Nhung", "Sở Y tế", 5, attempts);
        takeRound(round, "Đặng Quốc Bảo", "Sở Tư pháp", 4, attempts);
        takeRound(round, "Lý Thị Mai", "Sở Y tế", 3, attempts);
        for (int i = 0; i < ENCOURAGED.size(); i++) {
            takeRound(round, ENCOURAGED.get(i), UNITS.get(i % UNITS.size()), 2, attempts);
        }
        endWindow(round);

        String organizer = staff.organizer();
        String committee = staff.committee();
        String roundScope = "/api/admin/rounds/" + round.id();
        String contestScope = "/api/admin/contests/" + round.contestId();
        expect(200, api.put(roundScope + "/prize-rules", Map.of("tiers", TIERS), organizer));
        // units ranked by their winners' points alone: the demo's unit list has no headcounts
        expect(200, api.put(contestScope + "/prize-rules", Map.of("collective", Map.of("rateWeight", 0, "pointsWeight", 1,
                "tiers", List.of(Map.of("name", "Giải tập thể", "count", 1, "amountVnd", 5_000_000)))), organizer));
        expect(200, api.post(roundScope + "/close", Map.of(), organizer));
        // scripted contestants answer in a blink, which the review queue flags: the committee clears them
        // first, as a prize place with an undecided flag is not signed
        clearPendingReview(round.id(), committee);
        signAndPublish(roundScope, committee);
        signAndPublish(contestScope, committee);
        return Map.of("contestId", round.contestId(), "phone", first.phone(), "password", first.password(),
                "displayName", "Võ T. H. N.", "tier", "Giải Nhất", "collectiveUnit", "Sở Y tế");
    }

    /** Registers, starts the round and answers {@code correct} of its five questions right, then submits. */
    private Fixtures.Contestant takeRound(ContestRound round, String fullName, String unit, int correct, Attempts attempts) {
        Fixtures.Contestant who = fixtures.contestant(fullName, unit, fixtures.solvedBotCheck());
        long attemptId = attempts.start(round.id(), who, "Mozilla/5.0 (Linux; Android 14) " + fullName);
        List<Long> versions = attempts.versions(attemptId);
        for (int i = 0; i < versions.size(); i++) {
            int key = attempts.keyOf(versions.get(i));
            attempts.answer(attemptId, versions.get(i), i < correct ? key : (key + 1) % 4, who);
        }
        assertEquals(correct, ((Number) attempts.submit(attemptId, who).get("score")).intValue());
        return who;
    }

    /** Over the API a window only ever moves later, so time passes in MySQL; staff close the round themselves. */
    private void endWindow(ContestRound round) {
        Instant now = Instant.now();
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ?, auto_close = FALSE WHERE id = ?",
                now.minus(Duration.ofDays(1)), now.minus(Duration.ofMinutes(5)), round.id());
    }

    private void clearPendingReview(long roundId, String committee) {
        List<?> pending = ((List<?>) api.get("/api/admin/rounds/" + roundId + "/review?status=PENDING", committee).map()
                .getOrDefault("entries", List.of())).stream().map(e -> ((Map<?, ?>) e).get("accountId")).toList();
        if (!pending.isEmpty()) {
            expect(200, api.post("/api/admin/rounds/" + roundId + "/review/bulk", Map.of("accountIds", pending,
                    "decision", "CLEAR", "reason", "Thí sinh kiểm thử làm bài bằng kịch bản"), committee));
        }
    }

    private void signAndPublish(String scope, String committee) {
        Api.Reply draft = expect(200, api.post(scope + "/awards/draft", Map.of(), committee));
        for (Object winner : (List<?>) draft.map().getOrDefault("winners", List.of())) {
            expect(200, api.post("/api/admin/contestants/" + ((Map<?, ?>) winner).get("accountId") + "/identity-verification",
                    Map.of("method", "IN_PERSON", "note", "CCCD gốc"), committee));
        }
        expect(200, api.post(scope + "/awards/sign", Map.of("version", draft.map().get("version")), committee));
        expect(200, api.post(scope + "/awards/publish", Map.of(), committee));
    }

    private static Api.Reply expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        return reply;
    }

}
