package vn.dongnai.contest.system;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.StaffLogins;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With no trusted proxy (the default), forwarding headers are the client's own words: whatever
 * address they claim, requests from one socket share one per-address limit and one origin. Even
 * Micronaut's own setting that names a header to believe changes nothing.
 */
@MicronautTest(transactional = false)
@StaffLogins
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
@Property(name = "contest.rate-limit.register-per-ip-per-minute", value = "3")
@Property(name = "contest.review.accounts-per-address", value = "3")
class ForgedForwardingHeadersTest extends IntegrationTest {

    @Inject
    StatefulRedisConnection<String, String> redis;

    @BeforeEach
    void fullBuckets() {
        RegistrationBuckets.empty(redis);
    }

    private Api.Reply register(String header, String claimedAddress) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/register",
                (Object) Fixtures.registration("Lê Thị Hoa", Fixtures.citizenId(1990), Fixtures.phone()));
        request.header(header, claimedAddress);
        return api.send(request, null);
    }

    @Test
    void registrationsClaimingDifferentAddressesStillShareTheSocketsLimit() {
        assertEquals(201, register("X-Forwarded-For", "198.51.100.1").status());
        assertEquals(201, register("X-Forwarded-For", "198.51.100.2, 198.51.100.3").status());
        assertEquals(201, register("Forwarded", "for=198.51.100.4").status());

        Api.Reply fourth = register("X-Forwarded-For", "198.51.100.5");

        assertEquals(429, fourth.status(), fourth.body());
        assertEquals("TOO_MANY_REQUESTS", fourth.code());
    }

    @Test
    void accountsStartingAttemptsUnderDifferentForgedAddressesAreFlaggedAsSharingOne() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        List<Fixtures.Contestant> people = List.of(fixtures.contestant(), fixtures.contestant(), fixtures.contestant());
        // strangers, not colleagues of one office (whose shared address is spared up to a higher threshold)
        people.forEach(p -> sql.update("UPDATE participant SET unit = NULL WHERE account_id = ?", p.id()));
        List<String[]> claims = List.of(new String[]{"X-Forwarded-For", "203.0.113.11"},
                new String[]{"X-Forwarded-For", "203.0.113.12, 10.0.0.1"},
                new String[]{"Forwarded", "for=\"[2001:db8::13]\""});
        for (int i = 0; i < people.size(); i++) {
            MutableHttpRequest<Object> start = HttpRequest.POST("/api/rounds/" + round.id() + "/attempts", (Object) Map.of());
            start.header("User-Agent", "Máy " + i);
            start.header(claims.get(i)[0], claims.get(i)[1]);
            assertEquals(201, api.send(start, people.get(i).token()).status());
        }

        Api.Reply queue = api.get("/api/admin/rounds/" + round.id() + "/review", staff.committee());

        assertEquals(200, queue.status(), queue.body());
        List<?> entries = (List<?>) queue.map().getOrDefault("entries", List.of());
        assertEquals(3, entries.size(), "every account is flagged: " + queue.body());
        for (Object entry : entries) {
            List<?> kinds = ((List<?>) ((Map<?, ?>) entry).get("flags")).stream().map(f -> ((Map<?, ?>) f).get("kind")).toList();
            assertEquals(List.of("SHARED_ADDRESS"), kinds, queue.body());
        }
    }
}
