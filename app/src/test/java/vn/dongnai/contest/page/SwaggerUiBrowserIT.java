package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Swagger UI works under the Content-Security-Policy it is served with: chromium, driven by
 * playwright-core from {@code app/src/main/web/e2e/swagger-ui.e2e.mjs}, draws the operations and
 * reports no policy violation.
 */
@MicronautTest(transactional = false)
class SwaggerUiBrowserIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Test
    void swaggerUiDrawsTheOperationsWithNoContentSecurityPolicyViolationInChromium() throws Exception {
        BrowserFlow flow = BrowserFlow.contestPage("swagger-ui.e2e.mjs").requireBrowser();
        flow.arguments(server.getURL(), Path.of("target/screenshots").toAbsolutePath()).run(Duration.ofMinutes(2));
    }
}
