package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI works under the Content-Security-Policy it is served with: chromium, driven by
 * playwright-core from {@code app/src/main/web/e2e/swagger-ui.e2e.mjs}, draws the operations and
 * reports no policy violation.
 */
@MicronautTest(transactional = false)
class SwaggerUiBrowserIT extends IntegrationTest {

    private static final Path WEB = Path.of("src/main/web");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @Inject
    EmbeddedServer server;

    @Test
    void swaggerUiDrawsTheOperationsWithNoContentSecurityPolicyViolationInChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Swagger UI browser check skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "Swagger UI browser check skipped: the contest page's npm ci has not run");

        Path log = Files.createTempFile("swagger-e2e", ".log");
        Process node = new ProcessBuilder("node", "e2e/swagger-ui.e2e.mjs", server.getURL().toString(),
                Path.of("target/screenshots").toAbsolutePath().toString())
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
        assertTrue(finished, "the Swagger UI check did not finish in 2 minutes");
        assertEquals(0, node.exitValue(), "Swagger UI check failed:\n" + output);
    }
}
