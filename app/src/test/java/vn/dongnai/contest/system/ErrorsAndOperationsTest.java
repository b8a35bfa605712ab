package vn.dongnai.contest.system;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ErrorsAndOperationsTest extends IntegrationTest {

    private static void assertErrorShape(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        Map<String, Object> body = reply.map();
        assertEquals(status, body.get("status"));
        assertNotNull(body.get("code"));
        assertNotNull(body.get("message"));
        assertNotNull(body.get("messageEn"));
        assertFalse(reply.body().contains("Exception") || reply.body().contains("at vn."), "no stack trace");
    }

    @Test
    void malformedJsonGetsTheOneErrorShape() {
        assertErrorShape(api.raw("POST", "/api/register", "{\"fullName\": ", null), 400);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"fullName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertErrorShape(api.raw("POST", "/api/register", huge, null), 413);
    }

    @Test
    void wrongTypesAreABadRequest() {
        assertErrorShape(api.raw("POST", "/api/register", "{\"consent\": \"yes\"}", null), 400);
    }

    @Test
    void unknownRoutesAndMissingTokensUseTheSameShape() {
        assertErrorShape(api.get("/api/no-such-thing", null), 404);
        assertErrorShape(api.post("/api/rounds/1/attempts", Map.of(), null), 401);
    }

    @Test
    void aContestantTokenIsForbiddenOnTheAdminApi() {
        Fixtures.Contestant me = fixtures.contestant();
        assertErrorShape(api.get("/api/admin/contests", me.token()), 403);
    }

    @Test
    void healthChecksMySqlAndRedis() {
        var health = api.get("/health", staff.adminToken());
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.map().get("status"));
        assertTrue(health.body().contains("jdbc") && health.body().contains("redis"), health.body());
    }

    @Test
    void prometheusMetricsAndOpenApiAreServed() {
        var metrics = api.get("/prometheus", staff.adminToken());
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
        var spec = api.get("/swagger/contest-platform-0.1.yml", null);
        assertEquals(200, spec.status(), spec.body());
        assertTrue(spec.body().contains("/api/rounds/{roundId}/attempts"));
    }
}
