package vn.dongnai.contest.system;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.RedisProcesses;
import vn.dongnai.contest.support.TestServices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployable jar started the way deploy/Dockerfile and deploy/systemd/contest.service start it
 * ({@code java -jar app.jar}, settings only from environment variables), here with {@code REDIS_URIS}
 * naming a three-master Redis Cluster started by the test: it comes up, says UP and serves the API.
 */
class PackagedJarIT {

    @Test
    void theDeployableJarStartsFromEnvironmentVariablesOnARedisCluster() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("app-.*\\.jar") && !p.getFileName().toString().startsWith("original-"))
                    .findFirst().orElse(null);
        }
        Assumptions.assumeTrue(jar != null, "the deployable jar is not built (./mvnw package): skipped");
        Map<String, Object> services = TestServices.properties();
        try (RedisProcesses redis = RedisProcesses.orSkip()) {
            List<Integer> masters = redis.cluster(3);
            int port = RedisProcesses.freePort();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(target.resolve("packaged-jar-it.log").toFile());
            Map<String, String> env = builder.environment();
            env.remove("REDIS_URI");
            env.put("PORT", String.valueOf(port));
            env.put("DATASOURCES_DEFAULT_URL", String.valueOf(services.get("datasources.default.url")));
            env.put("DATASOURCES_DEFAULT_USERNAME", String.valueOf(services.get("datasources.default.username")));
            env.put("DATASOURCES_DEFAULT_PASSWORD", String.valueOf(services.get("datasources.default.password")));
            env.put("REDIS_URIS", masters.stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.joining(",")));
            env.put("JWT_SECRET", "packaged-jar-secret-packaged-jar-secret-0123");
            env.put("PII_HASH_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
            env.put("PII_ENCRYPTION_KEY", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");
            env.put("ALTCHA_HMAC_KEY", "packaged-jar-altcha-packaged-jar-altcha-0123");
            env.put("ADMIN_PASSWORD", "Admin-packaged-1234");
            Process app = builder.start();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                String base = "http://127.0.0.1:" + port;
                RedisProcesses.awaitTrue(Duration.ofSeconds(120), () -> app.isAlive() && status(http, base + "/health") == 200,
                        "the jar did not answer /health (see target/packaged-jar-it.log)");
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
                assertEquals(200, status(http, base + "/api/contests"));
                assertEquals(200, status(http, base + "/api/altcha/challenge"));
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
