package vn.dongnai.contest.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What a simulation is pointed at and how hard it pushes, from system properties
 * ({@code -Dusers=5000}); the platform's state file ({@code -Dplatform=…/platform.properties},
 * written by the load-test platform) supplies the base URL, round and tokens unless they are
 * given explicitly.
 */
final class Settings {

    private static final Properties PLATFORM = loadPlatform();

    private Settings() {
    }

    static String baseUrl() {
        String url = string("baseUrl", PLATFORM.getProperty("baseUrl", "http://127.0.0.1:8080"));
        String host = URI.create(url).getHost();
        // load is only ever aimed at this machine unless someone says otherwise on purpose
        if (!Boolean.getBoolean("allowRemote") && !("127.0.0.1".equals(host) || "localhost".equals(host))) {
            throw new IllegalArgumentException("baseUrl " + url + " is not local; add -DallowRemote=true if you mean it");
        }
        return url;
    }

    /** The platform's state file as read (empty without -Dplatform). */
    static Properties platform() {
        return PLATFORM;
    }

    static long roundId() {
        return Long.parseLong(string("roundId", PLATFORM.getProperty("roundId", "1")));
    }

    static Path tokensFile() {
        return Path.of(string("tokens", PLATFORM.getProperty("tokensFile", "tokens.csv")));
    }

    static String password() {
        return string("password", PLATFORM.getProperty("password", "matkhau123"));
    }

    static String string(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(string(name, String.valueOf(fallback)));
    }

    static double decimal(String name, double fallback) {
        return Double.parseDouble(string(name, String.valueOf(fallback)));
    }

    static boolean flag(String name, boolean fallback) {
        return Boolean.parseBoolean(string(name, String.valueOf(fallback)));
    }

    /** Seconds, fractions allowed: {@code -DthinkMin=0.5}. */
    static Duration seconds(String name, double fallback) {
        return Duration.ofMillis(Math.round(decimal(name, fallback) * 1000));
    }

    private static Properties loadPlatform() {
        Properties properties = new Properties();
        String file = System.getProperty("platform");
        if (file != null && !file.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the platform state file " + file, e);
            }
        }
        return properties;
    }
}
