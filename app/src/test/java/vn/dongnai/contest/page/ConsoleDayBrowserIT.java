package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Path;
import java.time.Duration;

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
    private static final Path BANK_FILE = Path.of("../question-bank/bank/ngay-chuyen-doi-so.txt");

    @Inject
    EmbeddedServer server;

    @Test
    void theConsoleKeepsItsSessionShowsVietnamTimeAndLabelsAndOpensOnTheRoundOpenNowInChromium() throws Exception {
        BrowserFlow flow = BrowserFlow.console("console-day.e2e.mjs").requireBrowser();
        flow.arguments(server.getURL(), BANK_FILE.toAbsolutePath(), Path.of("target/screenshots/admin").toAbsolutePath(),
                        "Admin-test-1234")
                // the browser runs in UTC whatever this machine's zone: the console must still show Vietnam's
                .environment("TZ", "UTC")
                .environment("ACCESS_TOKEN_SECONDS", ACCESS_SECONDS)
                .run(Duration.ofMinutes(8));
    }

}
