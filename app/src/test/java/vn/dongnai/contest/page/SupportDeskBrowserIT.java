package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The support desk in a real browser (Debian's chromium, driven by playwright-core from
 * {@code admin-ui/e2e/support-desk.e2e.mjs}): an ADMIN unmasks with a reason, a new SUPPORT member
 * replaces the one-time password, finds a contestant by a phone typed with dots, corrects the unit
 * and issues a one-time password, which the contestant must replace at the next login. Screens at
 * 1366 and 390 px in target/screenshots/support, none with a raw code or a CSP violation.
 */
@MicronautTest(transactional = false)
class SupportDeskBrowserIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theSupportDeskFindsCorrectsAndResetsAContestantWhoThenReplacesTheOneTimePasswordInChromium() throws Exception {
        BrowserFlow flow = BrowserFlow.console("support-desk.e2e.mjs").requireBrowser();
        flow.arguments(server.getURL(), Path.of("target/screenshots/support").toAbsolutePath(), "Admin-test-1234")
                .run(Duration.ofMinutes(4));
    }

}
