package vn.dongnai.contest.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * CPU-seconds spent so far by each process of a load run, read at a moment: the app and MariaDB
 * from /proc/&lt;pid&gt;/stat (utime + stime), Redis from its own {@code INFO cpu}
 * (used_cpu_sys + used_cpu_user), the load generator from its own JVM. Differences of two readings
 * give what one stretch of load cost each process, so the figure holds on a busy machine where
 * wall-clock latency does not.
 */
final class ProcessCpu {

    record Reading(long nanos, double app, double database, double redis, double generator) {

        Reading minus(Reading earlier) {
            return new Reading(nanos - earlier.nanos, app - earlier.app, database - earlier.database,
                    redis - earlier.redis, generator - earlier.generator);
        }

        double total() {
            return app + database + redis + generator;
        }
    }

    private final Long appPid;
    private final Optional<ProcessHandle> database;
    private final Optional<ProcessHandle> redisProcess;
    private final String redisHost;
    private final int redisPort;
    /** Where the processes were found: "embedded" or the machine's (shared with anyone else using them). */
    final String where;

    ProcessCpu(Properties platform) {
        String pid = platform.getProperty("pid");
        this.appPid = pid == null ? null : Long.valueOf(pid);
        ServerProbe.Services services = ServerProbe.Services.find(appPid);
        this.database = services.database();
        this.redisProcess = services.redis();
        this.where = services.shared() ? "machine's MariaDB/Redis (shared)" : "embedded MariaDB/Redis";
        URI redis = URI.create(platform.getProperty("redisUri", "redis://127.0.0.1:6379"));
        this.redisHost = redis.getHost();
        this.redisPort = redis.getPort() < 0 ? 6379 : redis.getPort();
    }

    Reading read() {
        return new Reading(System.nanoTime(), ServerProbe.cpuSeconds(appPid),
                database.map(p -> ServerProbe.cpuSeconds(p.pid())).orElse(Double.NaN), redisCpu(),
                ServerProbe.cpuSeconds(ProcessHandle.current().pid()));
    }

    /** INFO cpu over a plain socket; /proc when Redis does not answer. */
    private double redisCpu() {
        try (Socket socket = new Socket(redisHost, redisPort)) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("INFO cpu\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String header = line(in);
            if (!header.startsWith("$")) {
                throw new IOException("unexpected reply " + header);
            }
            byte[] body = in.readNBytes(Integer.parseInt(header.substring(1)));
            double seconds = 0;
            for (String l : new String(body, StandardCharsets.US_ASCII).split("\r\n")) {
                if (l.startsWith("used_cpu_sys:") || l.startsWith("used_cpu_user:")) {
                    seconds += Double.parseDouble(l.substring(l.indexOf(':') + 1).trim());
                }
            }
            return seconds;
        } catch (IOException | RuntimeException e) {
            return redisProcess.map(p -> ServerProbe.cpuSeconds(p.pid())).orElse(Double.NaN);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
