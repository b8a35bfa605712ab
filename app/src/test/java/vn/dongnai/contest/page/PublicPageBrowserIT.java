package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRepository;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contest page in a real browser: Debian's chromium, driven by playwright-core from
 * {@code app/src/main/web/e2e/public-page.e2e.mjs}, against this app on a random port with the
 * demo contest and the bot check on, plus a contest whose rules carry HTML and one with a
 * 20-second round. The flows, the
 * screenshots (target/screenshots) and the first-load budget live in that script; this test
 * starts the app and requires it to pass.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.demo.enabled", value = "true")
@Property(name = "contest.altcha.enabled", value = "true")
class PublicPageBrowserIT extends IntegrationTest {

    private static final Path WEB = Path.of("src/main/web");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    /** Rules an organizer pasted with markup in them: the page must show it as text and run none of it. */
    static final String UNSAFE_RULES = """
            ## Thể lệ <img src=x onerror="window.__xss=1">

            <script>window.__xss=2</script>

            Xem [bấm vào đây](javascript:window.__xss=3) hoặc [trang chính thức](https://dongnai.gov.vn).

            - **Giải nhất** <b>không in đậm</b>
            """;

    @Inject
    EmbeddedServer server;
    @Inject
    ContestRepository contests;

    @Test
    void registeringTakingAnAttemptOfflineAndWithAWrongClockWorkInChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Browser flows skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(runs("node", "--version"), "Browser flows skipped: Node.js is not on the PATH");
        assertTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "playwright-core is missing: the build's npm ci should have installed it");

        Contest demo = contests.findByStatusOrderById(Contest.PUBLISHED).getFirst();
        Instant now = Instant.now();
        contests.save(new Contest(null, "e2e-unsafe-rules", "Cuộc thi có thể lệ chứa mã HTML", null,
                "Ban tổ chức kiểm thử", UNSAFE_RULES, demo.bankId(), Contest.PUBLISHED, now, now));
        // a 20-second attempt with 30 seconds of grace: the page must submit by itself at the deadline
        fixtures.openRound(new Fixtures.RoundSpec(5, 20, 1, 30, false), 8);

        Path screenshots = Path.of("target/screenshots").toAbsolutePath();
        Path log = Files.createTempFile("e2e", ".log");
        Process node = new ProcessBuilder("node", "e2e/public-page.e2e.mjs", server.getURL().toString(), screenshots.toString())
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = node.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser flows did not finish in 8 minutes");
        assertEquals(0, node.exitValue(), "browser flows failed:\n" + output);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
