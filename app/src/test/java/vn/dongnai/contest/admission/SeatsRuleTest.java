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
    void aNodeWithoutASettingCarriesItsSeatsPerCoreForEachCore() {
        assertEquals(6_000, Seats.ofNode(-1, 3_000, 2));
        assertEquals(250, Seats.ofNode(250, 3_000, 2));
        assertEquals(0, Seats.ofNode(0, 3_000, 2), "0 turns the budget off");
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
