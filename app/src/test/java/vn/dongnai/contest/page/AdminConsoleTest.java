package vn.dongnai.contest.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organizer console (admin-ui/) as app serves it under /admin, without a login. */
@MicronautTest(transactional = false)
class AdminConsoleTest extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    private final java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return jdk.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theConsoleOpensAtAdminWithoutALogin() throws Exception {
        var page = get("/admin/");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("id=\"root\""), page.body());
    }

    @Test
    void aScreenOfTheConsoleOpenedByItsAddressGetsTheConsolesPage() throws Exception {
        var page = get("/admin/contests/12");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"root\""), page.body());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theConsolesScriptIsServedAndCachedForAYear() throws Exception {
        Matcher script = Pattern.compile("src=\"/admin/(assets/index-[\\w-]+\\.js)\"").matcher(get("/admin/").body());
        assertTrue(script.find());

        var asset = get("/admin/" + script.group(1));

        assertEquals(200, asset.statusCode());
        assertTrue(asset.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanThePage() throws Exception {
        assertEquals(404, get("/admin/assets/nothing-here.js").statusCode());
    }
}
