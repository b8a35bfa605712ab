package vn.dongnai.contest.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.file.Path;
import java.time.Duration;

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

    private static final Path BANK_FILE = Path.of("../question-bank/bank/ngay-chuyen-doi-so.txt");

    @Inject
    EmbeddedServer server;

    @Test
    void anOrganizerPublishesARoundAndTheCommitteeClosesItAndPublishesItsWinnersInChromium() throws Exception {
        BrowserFlow flow = BrowserFlow.console("organizer-day.e2e.mjs").requireBrowser();
        // the flow waits one to two minutes for the round it opened to end
        flow.arguments(server.getURL(), BANK_FILE.toAbsolutePath(), Path.of("target/screenshots/admin").toAbsolutePath(),
                "Admin-test-1234").run(Duration.ofMinutes(10));
    }

    /** The flow imports a unit list; other test classes register with free-text units, so none stays active. */
    @AfterAll
    void leaveTheUnitListWithoutActiveEntries() {
        sql.update("UPDATE unit SET active = FALSE WHERE active = TRUE");
    }

}
