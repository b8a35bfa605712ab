package vn.dongnai.contest.system;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a trusted proxy (here the test's own loopback socket), the right-most untrusted hop is the client. */
@MicronautTest(transactional = false)
@Property(name = "contest.trusted-proxies", value = "127.0.0.0/8, ::1/128, 10.0.0.0/8")
@Property(name = "contest.rate-limit.register-per-ip-per-minute", value = "2")
class TrustedProxyAddressTest extends IntegrationTest {

    @Inject
    StatefulRedisConnection<String, String> redis;

    @BeforeEach
    void fullBuckets() {
        RegistrationBuckets.empty(redis);
    }

    private int register(String forwardedFor) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/register",
                (Object) Fixtures.registration("Phạm Minh Tuấn", Fixtures.citizenId(1990), Fixtures.phone()));
        request.header("X-Forwarded-For", forwardedFor);
        Api.Reply reply = api.send(request, null);
        return reply.status();
    }

    @Test
    void theRightMostUntrustedHopCountsWhateverTheClientWroteLeftOfIt() {
        assertEquals(201, register("198.51.100.1, 203.0.113.7"));
        assertEquals(201, register("198.51.100.2, 203.0.113.7"));

        assertEquals(429, register("198.51.100.3, 203.0.113.7"), "one client, however many addresses it claims");
        assertEquals(201, register("198.51.100.3, 203.0.113.8"), "another client behind the same proxy has its own limit");
    }

    @Test
    void hopsInsideATrustedRangeAreSkipped() {
        assertEquals(201, register("203.0.113.20, 10.1.1.1"));
        assertEquals(201, register("203.0.113.20"));

        assertEquals(429, register("198.51.100.9, 203.0.113.20, 10.2.2.2, 10.3.3.3"));
    }
}
