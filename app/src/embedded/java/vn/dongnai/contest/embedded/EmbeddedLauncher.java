package vn.dongnai.contest.embedded;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.dongnai.contest.Application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The README's run command: uses MySQL and Redis when configured (DATASOURCES_DEFAULT_URL,
 * REDIS_URI for standalone or Sentinel, REDIS_URIS for a Cluster's seed nodes), else starts embedded ones with data under CONTEST_DATA_DIR (default .data), keeps
 * generated keys there across restarts, seeds the demo contest, and prints where to open it.
 */
public final class EmbeddedLauncher {

    private EmbeddedLauncher() {
    }

    public static void main(String[] args) {
        Instant started = Instant.now();
        Path dataDir = Path.of(env("CONTEST_DATA_DIR", ".data")).toAbsolutePath();
        EmbeddedServices services = new EmbeddedServices();
        Map<String, Object> properties = new HashMap<>();
        if (env("DATASOURCES_DEFAULT_URL", null) == null) {
            System.out.println("Starting embedded MariaDB (data in " + dataDir.resolve("mariadb") + ") ...");
            properties.put("datasources.default.url", services.startMariaDb(dataDir, "contest"));
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
        }
        if (env("REDIS_URI", null) == null && env("REDIS_URIS", null) == null) {
            System.out.println("Starting embedded Redis ...");
            properties.put("redis.uri", services.startRedis(dataDir));
        }
        secrets(dataDir).forEach((key, value) -> {
            if (env(key, null) == null) {
                properties.put(toProperty(key), value);
            }
        });
        if (env("DEMO_ENABLED", null) == null) {
            properties.put("contest.demo.enabled", true);
        }
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).properties(properties).start();
        // Micronaut's own shutdown hook stops the context; closing it here too would deadlock the two
        // hooks, so this one waits for that and then stops the databases underneath
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int waited = 0; context.isRunning() && waited < 300; waited++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            services.close();
        }));
        int port = context.getBean(EmbeddedServer.class).getPort();
        System.out.printf("""

                Contest platform is running (started in %.1f s).
                  Contest page: http://localhost:%d/
                  Contests API: http://localhost:%d/api/contests
                  API docs:     http://localhost:%d/swagger-ui/index.html
                  Health:       http://localhost:%d/health
                  Organizer:    user "admin" (password printed above on first start, or ADMIN_PASSWORD)
                  Data kept in: %s
                Press Ctrl+C to stop.
                %n""", Duration.between(started, Instant.now()).toMillis() / 1000.0, port, port, port, port, dataDir);
    }

    /** JWT, personal-data and bot-check keys: generated once, then read back, so tokens and ciphertexts survive restarts. */
    private static Map<String, String> secrets(Path dataDir) {
        Path file = dataDir.resolve("secrets.properties");
        Properties secrets = new Properties();
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    secrets.load(in);
                }
            }
            boolean changed = false;
            for (String key : new String[]{"JWT_SECRET", "PII_HASH_KEY", "PII_ENCRYPTION_KEY", "ALTCHA_HMAC_KEY"}) {
                if (!secrets.containsKey(key)) {
                    secrets.setProperty(key, randomKey());
                    changed = true;
                }
            }
            if (changed) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    secrets.store(out, "Generated keys of the local platform; keep private");
                }
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new HashMap<>();
        secrets.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    private static String toProperty(String envName) {
        return switch (envName) {
            case "JWT_SECRET" -> "contest.jwt.secret";
            case "PII_HASH_KEY" -> "contest.pii.hash-key";
            case "PII_ENCRYPTION_KEY" -> "contest.pii.encryption-key";
            case "ALTCHA_HMAC_KEY" -> "contest.altcha.hmac-key";
            default -> throw new IllegalArgumentException(envName);
        };
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
