package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console's foundations in a real browser (Debian's chromium, driven by playwright-core from
 * {@code admin-ui/e2e/console-day.e2e.mjs}) running in UTC, seven hours from Vietnam: the login's
 * weight, the selectors' defaults, times equal to the contest page's, a session that outlives
 * several 5-second access tokens and saves an edit after it was ended elsewhere, and every screen
 * free of raw codes at 1366 and 390 px (screenshots in target/screenshots/admin).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.security.token.generator.access-token.expiration", value = ConsoleDayBrowserIT.ACCESS_SECONDS)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
class ConsoleDayBrowserIT extends IntegrationTest {

    static final String ACCESS_SECONDS = "5";
    private static final Path CONSOLE = Path.of("../admin-ui");
    private static final Path BANK_FILE = Path.of("../question-bank/bank/ngay-chuyen-doi-so.txt");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @Inject
    EmbeddedServer server;

    @Test
    void theConsoleKeepsItsSessionShowsVietnamTimeAndLabelsAndOpensOnTheRoundOpenNowInChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Console browser flow skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(runs("node", "--version"), "Console browser flow skipped: Node.js is not on the PATH");
        assertTrue(Files.isDirectory(CONSOLE.resolve("node_modules/playwright-core")),
                "playwright-core is missing: the build's npm ci in admin-ui should have installed it");

        Path screenshots = Path.of("target/screenshots/admin").toAbsolutePath();
        Path log = Files.createTempFile("console-e2e", ".log");
        ProcessBuilder flow = new ProcessBuilder("node", "e2e/console-day.e2e.mjs", server.getURL().toString(),
                BANK_FILE.toAbsolutePath().toString(), screenshots.toString(), "Admin-test-1234")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the browser runs in UTC whatever this machine's zone: the console must still show Vietnam's
        flow.environment().put("TZ", "UTC");
        flow.environment().put("ACCESS_TOKEN_SECONDS", ACCESS_SECONDS);
        Process node = flow.start();
        boolean finished = node.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the console's browser flow did not finish in 8 minutes");
        assertEquals(0, node.exitValue(), "console browser flow failed:\n" + output);
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
