package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public page as the server delivers it, through a plain JDK client that neither decompresses
 * nor caches, so the bytes and headers are exactly what a phone receives.
 */
@MicronautTest(transactional = false)
class PublicPageTest extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    private final java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return jdk.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String scriptPath() throws IOException, InterruptedException {
        String html = new String(get("/", null).body(), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/assets/index-[\\w-]+\\.js)\"").matcher(html);
        assertTrue(script.find(), html);
        return script.group(1);
    }

    @Test
    void theContestPageIsServedAtTheRootAndRevalidatedOnEveryVisit() throws Exception {
        var page = get("/", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"vi\">") && html.contains("id=\"app\""), html);
    }

    @Test
    void hashedAssetsAreGzippedAndKeptForAYear() throws Exception {
        var script = get(scriptPath(), "gzip");

        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("public, max-age=31536000, immutable", script.headers().firstValue("Cache-Control").orElse(""));
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(script.body())).readAllBytes();
        assertTrue(script.body().length * 2 < plain.length, "compressed " + script.body().length + " of " + plain.length);
        System.out.printf("[page] main script: %d bytes, %d gzipped%n", plain.length, script.body().length);
    }

    @Test
    void unknownApiPathsStillAnswerTheJsonNotFound() throws Exception {
        var missing = get("/api/no-such-endpoint", null);

        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("\"code\":\"NOT_FOUND\""));
    }

    @Test
    void theApiLoginHealthAndSwaggerStillAnswerBesideThePage() throws Exception {
        assertEquals(200, api.get("/api/contests", null).status());
        assertEquals(401, api.post("/login", Map.of("username", "0999000111", "password", "sai-mat-khau-1"), null).status());
        assertEquals(200, api.get("/health", null).status());
        assertEquals(200, get("/swagger-ui/index.html", null).statusCode());
        assertEquals(401, api.post("/api/rounds/1/attempts", Map.of(), null).status());
    }
}
