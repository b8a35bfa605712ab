package vn.dongnai.contest.system;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protective headers on every kind of response, Swagger UI's policy, and HSTS only behind TLS. */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends IntegrationTest {

    private HttpResponse<?> exchange(String method, String path, String body, String token) {
        MutableHttpRequest<String> request = HttpRequest.create(HttpMethod.valueOf(method), path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource({
        "GET, /, 200",
        "GET, /admin, 200",
        "GET, /api/contests, 200",
        "GET, /api/no-such-thing, 404",
        "GET, /no-such-page.html, 404",
        "GET, /api/me/attempts, 401",
        "POST, /api/register, 400",
        "GET, /health, 200",
        "GET, /prometheus, 401",
        "GET, /swagger/contest-platform-0.1.yml, 200",
        "GET, /swagger-ui/index.html, 200",
        "GET, /swagger-ui/res/swagger-ui.css, 200",
    })
    void everyKindOfResponseRefusesSniffingAndFraming(String method, String path, int status) {
        HttpResponse<?> response = exchange(method, path, "POST".equals(method) ? "{\"fullName\": " : null, null);

        assertEquals(status, response.code());
        assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
        assertEquals("DENY", response.getHeaders().get("X-Frame-Options"));
        assertTrue(response.getHeaders().get("Content-Security-Policy").contains("frame-ancestors 'none'"),
                response.getHeaders().get("Content-Security-Policy"));
        assertDatedNow(response);
    }

    /** RFC 9110's IMF-fixdate ("Sun, 06 Dec 2026 11:14:50 GMT"), from the server's clock, once per response. */
    private static void assertDatedNow(HttpResponse<?> response) {
        String date = response.getHeaders().get(HttpHeaders.DATE);
        assertEquals(1, response.getHeaders().getAll(HttpHeaders.DATE).size(), date);
        assertTrue(date.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);
        Instant sent = Instant.from(SecurityHeadersFilter.HTTP_DATE.parse(date));
        assertTrue(Duration.between(sent, Instant.now()).abs().toSeconds() <= 5, date);
    }

    @Test
    void aForbiddenAnswerCarriesTheHeadersToo() {
        HttpResponse<?> response = exchange("GET", "/api/admin/contests", null, fixtures.contestant().token());

        assertEquals(403, response.code());
        assertDatedNow(response);
        assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
        assertEquals(SecurityHeadersFilter.NOTHING_POLICY, response.getHeaders().get("Content-Security-Policy"));
    }

    @Test
    void swaggerUiMayRunItsOwnInlineScriptByHashAndNoOther() throws Exception {
        HttpResponse<?> response = exchange("GET", "/swagger-ui/index.html", null, null);
        String html = response.getBody(String.class).orElseThrow();
        Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(inline.find(), "the generated page starts the UI from an inline script");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));

        String policy = response.getHeaders().get("Content-Security-Policy");

        String scripts = java.util.Arrays.stream(policy.split(";")).map(String::trim)
                .filter(directive -> directive.startsWith("script-src")).findFirst().orElseThrow();
        assertEquals("script-src 'self' 'sha256-" + hash + "'", scripts);
    }

    @Test
    void theConsoleRunsOnlyItsOwnScripts() {
        String policy = exchange("GET", "/admin/banks", null, null).getHeaders().get("Content-Security-Policy");

        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void noHstsUnlessTlsEndsInFrontOfThePlatform() {
        assertNull(exchange("GET", "/api/contests", null, null).getHeaders().get("Strict-Transport-Security"));
    }

    @Test
    void jsonAnswersCanNeitherLoadNorRunAnything() {
        HttpResponse<?> response = exchange("GET", "/api/contests", null, null);

        assertTrue(response.getHeaders().get(HttpHeaders.CONTENT_TYPE).startsWith("application/json"));
        assertEquals(SecurityHeadersFilter.NOTHING_POLICY, response.getHeaders().get("Content-Security-Policy"));
    }
}
