package vn.dongnai.contest.page;

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
 * The support desk in a real browser (Debian's chromium, driven by playwright-core from
 * {@code admin-ui/e2e/support-desk.e2e.mjs}): an ADMIN unmasks with a reason, a new SUPPORT member
 * replaces the one-time password, finds a contestant by a phone typed with dots, corrects the unit
 * and issues a one-time password, which the contestant must replace at the next login. Screens at
 * 1366 and 390 px in target/screenshots/support, none with a raw code or a CSP violation.
 */
@MicronautTest(transactional = false)
class SupportDeskBrowserIT extends IntegrationTest {

    private static final Path CONSOLE = Path.of("../admin-ui");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @Inject
    EmbeddedServer server;

    @Test
    void theSupportDeskFindsCorrectsAndResetsAContestantWhoThenReplacesTheOneTimePasswordInChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Support desk browser flow skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(runs("node", "--version"), "Support desk browser flow skipped: Node.js is not on the PATH");
        assertTrue(Files.isDirectory(CONSOLE.resolve("node_modules/playwright-core")),
                "playwright-core is missing: the build's npm ci in admin-ui should have installed it");

        Path screenshots = Path.of("target/screenshots/support").toAbsolutePath();
        Path log = Files.createTempFile("support-e2e", ".log");
        Process node = new ProcessBuilder("node", "e2e/support-desk.e2e.mjs", server.getURL().toString(),
                screenshots.toString(), "Admin-test-1234")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = node.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the support desk's browser flow did not finish in 4 minutes");
        assertEquals(0, node.exitValue(), "support desk browser flow failed:\n" + output);
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
