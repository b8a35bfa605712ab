package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A browser's oversized upload and oversized JSON body get the 413 and its JSON at once: chromium's
 * fetch(), driven by playwright-core from {@code app/src/main/web/e2e/oversized-upload.e2e.mjs}.
 */
@MicronautTest(transactional = false)
class OversizedUploadBrowserIT extends IntegrationTest {

    private static final Path WEB = Path.of("src/main/web");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @Inject
    EmbeddedServer server;

    @Test
    void chromiumSeesThe413OfAnOversizedUploadAndJsonBodyAtOnce() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Oversized upload browser check skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "Oversized upload browser check skipped: the contest page's npm ci has not run");

        Path log = Files.createTempFile("oversized-e2e", ".log");
        Process node = new ProcessBuilder("node", "e2e/oversized-upload.e2e.mjs", server.getURL().toString(), Staff.ADMIN_PASSWORD)
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = node.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the oversized upload check did not finish in 2 minutes");
        assertEquals(0, node.exitValue(), "oversized upload check failed:\n" + output);
    }
}
