package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /health for load balancers, details and metrics for the monitoring credential or an ADMIN only. */
@MicronautTest(transactional = false)
@Property(name = "contest.monitoring.username", value = "prometheus")
@Property(name = "contest.monitoring.password", value = MonitoringTest.PASSWORD)
class MonitoringTest extends IntegrationTest {

    static final String PASSWORD = "giam-sat-0123456789";

    private record Answer(int status, String body, String challenge) {
    }

    private Answer get(String path, String authorization) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(response.code(), response.body(), response.getHeaders().get("WWW-Authenticate"));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().getHeaders().get("WWW-Authenticate"));
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousHealthSaysOnlyUp() {
        Answer health = get("/health", null);

        assertEquals(200, health.status());
        assertEquals("{\"status\":\"UP\"}", health.body());
    }

    @Test
    void aSignedInContestantSeesNoMoreThanTheStatus() {
        Fixtures.Contestant me = fixtures.contestant();

        assertEquals("{\"status\":\"UP\"}", get("/health", "Bearer " + me.token()).body());
        assertEquals("{\"status\":\"UP\"}", get("/health/readiness", "Bearer " + me.token()).body());
    }

    @Test
    void theMonitoringCredentialSeesTheDatabaseAndRedisDetails() {
        Answer health = get("/health", basic("prometheus", PASSWORD));

        assertEquals(200, health.status());
        assertTrue(health.body().contains("jdbc") && health.body().contains("redis"), health.body());
    }

    @Test
    void anAdminSeesTheDetailsToo() {
        Answer health = get("/health", "Bearer " + staff.adminToken());

        assertTrue(health.body().contains("jdbc"), health.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prometheus", "/metrics", "/metrics/jvm.memory.used", "/info"})
    void metricsAreRefusedAnonymouslyWithoutAChallengeThatWouldPopABrowserDialog(String path) {
        Answer answer = get(path, null);

        assertEquals(401, answer.status(), answer.body());
        assertNull(answer.challenge());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void aContestantIsForbiddenTheMetrics() {
        Fixtures.Contestant me = fixtures.contestant();

        assertEquals(403, get("/prometheus", "Bearer " + me.token()).status());
        assertEquals(403, get("/metrics", "Bearer " + me.token()).status());
    }

    @Test
    void theMonitoringCredentialReadsPrometheusAndMetrics() {
        Answer prometheus = get("/prometheus", basic("prometheus", PASSWORD));
        assertEquals(200, prometheus.status());
        assertTrue(prometheus.body().contains("jvm_memory_used_bytes"));

        assertEquals(200, get("/metrics/jvm.memory.used", basic("prometheus", PASSWORD)).status());
    }

    @Test
    void anAdminTokenReadsPrometheus() {
        assertEquals(200, get("/prometheus", "Bearer " + staff.adminToken()).status());
    }

    @Test
    void aWrongMonitoringPasswordOrUserIsRefused() {
        assertEquals(401, get("/prometheus", basic("prometheus", PASSWORD + "x")).status());
        assertEquals(401, get("/prometheus", basic("admin", PASSWORD)).status());
        assertEquals(401, get("/prometheus", "Basic không-phải-base64").status());
        assertEquals("{\"status\":\"UP\"}", get("/health", basic("prometheus", "sai")).body());
    }

    @Test
    void theMonitoringCredentialOpensNothingOutsideTheManagementEndpoints() {
        Answer admin = get("/api/admin/contests", basic("prometheus", PASSWORD));
        Answer mine = get("/api/me/attempts", basic("prometheus", PASSWORD));

        assertEquals(401, admin.status(), admin.body());
        assertEquals(401, mine.status(), mine.body());
        assertNull(mine.challenge());
    }

    @Test
    void aContestantsPasswordSentAsBasicIsNoLoginAnywhere() {
        Fixtures.Contestant me = fixtures.contestant();

        Answer mine = get("/api/me/attempts", basic(me.phone(), me.password()));

        assertEquals(401, mine.status(), mine.body());
        assertNull(mine.challenge(), "no Basic challenge: the console must never see a browser login dialog");
    }
}
