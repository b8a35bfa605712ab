package vn.dongnai.contest.system;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.support.Banks;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Oversized bodies are answered at once: a client that is still sending (as a browser uploading
 * a file is) gets the 413 and its JSON instead of waiting on a connection nobody reads any more.
 * The JDK's own HTTP/1.1 client plays the browser: it reads no answer before its body is sent
 * unless the server ends the connection.
 */
@MicronautTest(transactional = false)
class OversizedBodiesTest extends IntegrationTest {

    private static final int MB = 1024 * 1024;
    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private long bankId;

    @BeforeAll
    void bank() {
        bankId = Banks.create(context, 3).id();
    }

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private Timed post(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                // well past AT_ONCE, so that a hang shows up as a slow answer rather than a timeout
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private static byte[] multipart(String boundary, int fileBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fileBytes + 512);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ngan-hang.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] line = "ma,chu_de,muc_do,cau_hoi,a,b,c,d,dap_an\r\n".getBytes(StandardCharsets.UTF_8);
        for (int written = 0; written < fileBytes; written += line.length) {
            out.write(line, 0, Math.min(line.length, fileBytes - written));
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Map<String, Object> assertTooLargeAtOnce(Timed timed) throws Exception {
        HttpResponse<String> response = timed.response();
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(timed.took().compareTo(AT_ONCE) < 0, "answered after " + timed.took());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(response.body(), Map.class);
        assertEquals(413, body.get("status"));
        assertEquals("PAYLOAD_TOO_LARGE", body.get("code"));
        return body;
    }

    @ParameterizedTest
    @ValueSource(ints = {30 * MB, 10 * MB + MB / 2})
    void anOversizedUploadToTheBankImportGets413SayingTheFileLimitAtOnce(int fileBytes) throws Exception {
        Timed timed = post("/api/admin/banks/" + bankId + "/imports", "multipart/form-data; boundary=ranh-gioi",
                multipart("ranh-gioi", fileBytes), staff.adminToken());

        Map<String, Object> body = assertTooLargeAtOnce(timed);
        assertEquals("Tệp quá lớn (tối đa 10 MB).", body.get("message"));
        assertEquals(10 * MB, ((Map<?, ?>) body.get("details")).get("maxBytes"));
    }

    @ParameterizedTest
    @ValueSource(ints = {30 * MB, 2 * MB})
    void anOversizedJsonBodyOnAContestantEndpointGets413SayingTheLimitAtOnce(int bytes) throws Exception {
        byte[] body = ("{\"fullName\":\"" + "a".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);

        Map<String, Object> error = assertTooLargeAtOnce(post("/api/register", "application/json", body, null));

        assertEquals("Dữ liệu gửi lên quá lớn (tối đa 1 MB).", error.get("message"));
        assertEquals(MB, ((Map<?, ?>) error.get("details")).get("maxBytes"));
    }

    @Test
    void anOversizedUploadWithoutATokenIsRefusedAtOnceToo() throws Exception {
        Timed timed = post("/api/admin/banks/" + bankId + "/imports", "multipart/form-data; boundary=ranh-gioi",
                multipart("ranh-gioi", 30 * MB), null);

        assertEquals(401, timed.response().statusCode(), timed.response().body());
        assertTrue(timed.took().compareTo(AT_ONCE) < 0, "answered after " + timed.took());
    }

    @Test
    void aClientThatReadsOnlyOnceItsWholeUploadIsSentStillGetsThe413() {
        byte[] upload = multipart("ranh-gioi", 30 * MB);
        String head = "POST /api/admin/banks/" + bankId + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + staff.adminToken() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=ranh-gioi\r\nContent-Length: " + upload.length + "\r\n\r\n";

        String answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(upload);
                out.flush();
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }, "the upload must be read to its end, not left hanging");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("Tệp quá lớn (tối đa 10 MB)."), answer);
    }

    @Test
    void theServerStillAnswersNewConnectionsAfterwards() throws Exception {
        post("/api/register", "application/json", new byte[20 * MB], null);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode());
    }

    @Test
    void limitsAreWrittenAsAPersonSaysThem() {
        assertEquals("10 MB", ApiErrorResponseProcessor.size(10L * MB));
        assertEquals("1.5 MB", ApiErrorResponseProcessor.size(3L * MB / 2));
        assertEquals("512 KB", ApiErrorResponseProcessor.size(512 * 1024));
    }
}
