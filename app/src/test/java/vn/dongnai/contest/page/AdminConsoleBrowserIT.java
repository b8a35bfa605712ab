package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
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
 * The organizer's day in the console, in a real browser: Debian's chromium, driven by
 * playwright-core from {@code admin-ui/e2e/organizer-day.e2e.mjs}, against this app on a random
 * port. The flow and its screenshots (target/screenshots/admin) live in that script; this test
 * starts the app and requires it to pass. The flow ends with the committee closing the round by
 * hand once its window is over, so the server must not close it on its own first.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.rounds.auto-close-interval", value = "1h")
class AdminConsoleBrowserIT extends IntegrationTest {

    private static final Path CONSOLE = Path.of("../admin-ui");
    private static final Path BANK_FILE = Path.of("../question-bank/bank/ngay-chuyen-doi-so.txt");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @Inject
    EmbeddedServer server;

    @Test
    void anOrganizerPublishesARoundAndTheCommitteeClosesItAndPublishesItsWinnersInChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Console browser flow skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(runs("node", "--version"), "Console browser flow skipped: Node.js is not on the PATH");
        assertTrue(Files.isDirectory(CONSOLE.resolve("node_modules/playwright-core")),
                "playwright-core is missing: the build's npm ci in admin-ui should have installed it");

        Path screenshots = Path.of("target/screenshots/admin").toAbsolutePath();
        Path log = Files.createTempFile("admin-e2e", ".log");
        Process node = new ProcessBuilder("node", "e2e/organizer-day.e2e.mjs", server.getURL().toString(),
                BANK_FILE.toAbsolutePath().toString(), screenshots.toString(), "Admin-test-1234")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // the flow waits one to two minutes for the round it opened to end
        boolean finished = node.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the console's browser flow did not finish in 10 minutes");
        assertEquals(0, node.exitValue(), "console browser flow failed:\n" + output);
    }

    /** The flow imports a unit list; other test classes register with free-text units, so none stays active. */
    @AfterAll
    void leaveTheUnitListWithoutActiveEntries() {
        sql.update("UPDATE unit SET active = FALSE WHERE active = TRUE");
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
