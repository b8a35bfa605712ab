package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;

import java.time.Duration;

/**
 * A browser's oversized upload and oversized JSON body get the 413 and its JSON at once: chromium's
 * fetch(), driven by playwright-core from {@code app/src/main/web/e2e/oversized-upload.e2e.mjs}.
 */
@MicronautTest(transactional = false)
class OversizedUploadBrowserIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Test
    void chromiumSeesThe413OfAnOversizedUploadAndJsonBodyAtOnce() throws Exception {
        BrowserFlow flow = BrowserFlow.contestPage("oversized-upload.e2e.mjs").requireBrowser();
        flow.arguments(server.getURL(), Staff.ADMIN_PASSWORD).run(Duration.ofMinutes(2));
    }
}
