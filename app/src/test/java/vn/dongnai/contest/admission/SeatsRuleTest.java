package vn.dongnai.contest.admission;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatsRuleTest {

    @Test
    void unfixedSeatsAreTheCapacityOverThePaceOnePersonKeeps() {
        // 1,600 requests a second; people autosaving every 3 s send a third of a request a second each
        assertEquals(4_800, Seats.ofPace(1_600, 1.0 / 3, 50_000));
        assertEquals(50_000, Seats.ofPace(1_600, 1.0 / 45, 50_000), "people answering every 45 s: the maximum");
        assertEquals(50_000, Seats.ofPace(1_600, 0, 50_000), "no pace known: the maximum");
        assertEquals(1, Seats.ofPace(1, 10, 50_000), "never 0, which would mean no budget at all");
    }

    @Test
    void thePaceFollowsFasterPeopleAtOnceAndSlowerOnesGradually() {
        SeatPace pace = new SeatPace(1.0 / 20);
        assertEquals(1.0 / 20, pace.observe(500, 10), 1e-9, "ten people say nothing yet");
        assertEquals(1.0 / 3, pace.observe(1_000, 3_000), 1e-9, "faster: at once");
        // a start wave seats 3,000 more who have not autosaved yet: the same requests over twice the people
        double after = pace.observe(1_000, 6_000);
        assertTrue(after > 0.32 && after < 1.0 / 3, "slower: a little each second, " + after);
        for (int second = 0; second < 35; second++) {
            after = pace.observe(1_000, 6_000);
        }
        assertTrue(after < 0.26 && after > 1.0 / 6, "about half-way after 35 s: " + after);
    }

    @Test
    void theSettingIsUnsetByDefaultSoTheSeatsComeFromTheCores() throws IOException {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            file.load(in);
        }
        PropertySourcePropertyResolver resolver = new PropertySourcePropertyResolver(PropertySource.of(
                Map.of("contest.admission.seats", file.getProperty("contest.admission.seats"))));
        assertEquals(-1, resolver.getProperty("contest.admission.seats", Integer.class).orElseThrow());
    }

    @Test
    void aStartNeedsAFreeSeatUnlessItsPersonAlreadySitsInTheRound() {
        assertEquals(2, new Seats(5, 3, false).forRoom());
        assertEquals(0, new Seats(5, 7, false).forRoom(), "overshot: none free, never negative");
        assertEquals(-1, new Seats(5, 5, true).forRoom(), "resuming needs no seat");
        assertEquals(-1, Seats.NONE.forRoom(), "no budget");
        assertTrue(new Seats(5, 5, false).budgeted());
        assertFalse(Seats.NONE.budgeted());
    }
}
