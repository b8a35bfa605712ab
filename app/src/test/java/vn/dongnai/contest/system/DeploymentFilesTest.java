package vn.dongnai.contest.system;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files in deploy/ agree with the app they deploy: the jar and port of the Dockerfile, the
 * settings compose passes, nginx's and Prometheus's own checks, and the metrics the alerts and the
 * dashboard query (read from this app's /prometheus). nginx and promtool checks are skipped with a
 * message where the tool is not installed; CI installs both.
 */
@MicronautTest(transactional = false)
class DeploymentFilesTest extends IntegrationTest {

    private static final Path ROOT = root();
    private static final Path DEPLOY = ROOT.resolve("deploy");

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDockerfileCopiesTheJarTheBuildMakesAndExposesTheAppsPort() {
        String pom = read(ROOT.resolve("app/pom.xml"));
        Matcher version = Pattern.compile("<artifactId>contest-platform</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the version app/pom.xml inherits");
        String dockerfile = read(DEPLOY.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY app/target/app-" + version.group(1) + ".jar "), "the jar ./mvnw package makes");
        String properties = read(ROOT.resolve("app/src/main/resources/application.properties"));
        Matcher port = Pattern.compile("micronaut.server.port=\\$\\{PORT:(\\d+)}").matcher(properties);
        assertTrue(port.find());
        assertTrue(dockerfile.contains("EXPOSE " + port.group(1)) && dockerfile.contains("127.0.0.1/" + port.group(1)));
        assertTrue(read(DEPLOY.resolve("compose.yaml")).contains("app1:" + port.group(1)) || read(DEPLOY.resolve("nginx/contest.conf")).contains("app1:" + port.group(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeParsesAndPassesOnlySettingsTheAppReads() {
        Map<String, Object> compose = new Yaml().load(read(DEPLOY.resolve("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertTrue(services.keySet().containsAll(List.of("mysql", "redis-master", "redis-replica", "sentinel1",
                "sentinel2", "sentinel3", "app1", "app2", "nginx")), services.keySet().toString());
        Map<String, Object> app = (Map<String, Object>) services.get("app1");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        String known = read(ROOT.resolve("app/src/main/resources/application.properties")) + read(ROOT.resolve("README.md"));
        for (String name : environment.keySet()) {
            boolean jvm = name.equals("JAVA_TOOL_OPTIONS");
            // settings of the proxy and monitoring work (docs/operations.md, "Behind a proxy", "Monitoring")
            boolean proxies = List.of("TRUSTED_PROXIES", "TLS_TERMINATED", "MONITORING_PASSWORD").contains(name);
            assertTrue(jvm || proxies || known.contains("${" + name) || known.contains("`" + name + "`"),
                    name + " is not a setting the app reads");
        }
        assertTrue(String.valueOf(environment.get("REDIS_URI")).startsWith("redis-sentinel://"));
    }

    private static Path tool(String name, String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        Assumptions.abort(name + " is not installed (Debian: apt-get install " + name + "): its check is skipped");
        return null;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    @Test
    void nginxAcceptsTheMultiNodeAndTheProductionConfiguration() throws Exception {
        Path nginx = tool("nginx", "/usr/sbin/nginx", "/usr/bin/nginx");
        Path dir = Files.createTempDirectory("nginx-check");
        String multinode = read(DEPLOY.resolve("nginx/multinode.conf")).replace("@RUN_DIR@", dir.toString())
                .replace("@PORT@", "18999").replace("@DEPLOY@", DEPLOY.toString())
                .replace("@UPSTREAMS@", "    server 127.0.0.1:18001;\n    server 127.0.0.1:18002;");
        Files.writeString(dir.resolve("multinode.conf"), multinode);
        run(List.of(nginx.toString(), "-t", "-c", dir.resolve("multinode.conf").toString(), "-p", dir.toString()));

        // the production file as compose mounts it, with the nodes' names and certificates of this machine
        Path openssl = tool("openssl", "/usr/bin/openssl");
        run(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-keyout", dir.resolve("privkey.pem").toString(), "-out", dir.resolve("fullchain.pem").toString()));
        String site = read(DEPLOY.resolve("nginx/contest.conf")).replace("app1:", "127.0.0.1:").replace("app2:", "127.0.0.2:")
                .replace("/etc/nginx/tls/", dir + "/").replace("/etc/nginx/contest-proxy.conf", DEPLOY.resolve("nginx/contest-proxy.conf").toString())
                .replace("listen 80;", "listen 127.0.0.1:18080;").replace("listen [::]:80;", "")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:18443 ssl http2;").replace("listen [::]:443 ssl http2;", "");
        Files.writeString(dir.resolve("site.conf"), site);
        Files.writeString(dir.resolve("main.conf"), "pid " + dir + "/nginx.pid;\nerror_log " + dir + "/error.log;\n"
                + "events {}\nhttp {\n  include " + dir.resolve("site.conf") + ";\n}\n");
        run(List.of(nginx.toString(), "-t", "-c", dir.resolve("main.conf").toString(), "-p", dir.toString()));
    }

    @Test
    void promtoolAcceptsTheAlertRules() throws Exception {
        Path promtool = tool("promtool", "/usr/bin/promtool", "/usr/local/bin/promtool");
        String out = run(List.of(promtool.toString(), "check", "rules", DEPLOY.resolve("prometheus/contest-rules.yml").toString()));
        assertTrue(out.contains("SUCCESS"), out);
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsOneTheAppExports() {
        assertEquals(200, api.get("/api/contests", null).status());
        String exported = api.get("/prometheus", staff.adminToken()).body();
        Set<String> queried = new LinkedHashSet<>();
        Matcher names = Pattern.compile("\\b([a-z_]+)\\{job=\"contest\"").matcher(
                read(DEPLOY.resolve("prometheus/contest-rules.yml")) + read(DEPLOY.resolve("grafana/contest-day.json")).replace("\\\"", "\""));
        while (names.find()) {
            queried.add(names.group(1));
        }
        queried.remove("up"); // Prometheus's own, per scrape target
        assertTrue(queried.size() >= 8, queried.toString());
        List<String> missing = new ArrayList<>();
        for (String metric : queried) {
            if (!Pattern.compile("(?m)^" + metric + "[{ ]").matcher(exported).find()) {
                missing.add(metric);
            }
        }
        assertTrue(missing.isEmpty(), "not exported by the app: " + missing);
        assertTrue(exported.contains("uri=\"/api/contests\""), "the URI label the queries filter on");
    }
}
