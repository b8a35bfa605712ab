package vn.dongnai.contest.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB primary and a replica replicating from it, as two {@code mariadbd} processes on free
 * ports with throw-away data directories (Debian's {@code mariadb-server}). Without the binaries the
 * calling test is skipped with a message.
 */
public final class MariaDbReplication implements AutoCloseable {

    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Path dir;
    public final int primaryPort;
    public final int replicaPort;

    private MariaDbReplication(Path dir, int primaryPort, int replicaPort) {
        this.dir = dir;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
        // a test class whose context never started never reaches its @AfterAll: the servers still go
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static MariaDbReplication startOrSkip(String database) {
        Path mariadbd = Path.of("/usr/sbin/mariadbd");
        Path installDb = Path.of("/usr/bin/mariadb-install-db");
        Assumptions.assumeTrue(Files.isExecutable(mariadbd) && Files.isExecutable(installDb),
                "no mariadbd / mariadb-install-db (Debian: apt-get install mariadb-server): read-replica test skipped");
        try {
            Path dir = Files.createTempDirectory("contest-replication");
            MariaDbReplication pair = new MariaDbReplication(dir, RedisProcesses.freePort(), RedisProcesses.freePort());
            pair.start(mariadbd, installDb, "primary", pair.primaryPort, 1, List.of("--log-bin=binlog", "--binlog-format=ROW"));
            pair.start(mariadbd, installDb, "replica", pair.replicaPort, 2, List.of("--read-only=ON", "--relay-log=relay"));
            try (Connection replica = pair.connect(pair.replicaPort, ""); Statement s = replica.createStatement()) {
                s.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + pair.primaryPort
                        + ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos");
                s.execute("START SLAVE");
            }
            try (Connection primary = pair.connect(pair.primaryPort, ""); Statement s = primary.createStatement()) {
                s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            RedisProcesses.awaitTrue(Duration.ofSeconds(30), () -> pair.replicaHas(database), "the replica did not follow");
            return pair;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the MariaDB pair: " + e.getMessage(), e);
        }
    }

    private void start(Path mariadbd, Path installDb, String name, int port, int serverId, List<String> extra) throws IOException {
        Path data = dir.resolve(name);
        Files.createDirectories(data);
        run(List.of(installDb.toString(), "--no-defaults", "--datadir=" + data, "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve(name + "-install.log"));
        List<String> command = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults", "--datadir=" + data,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + data.resolve("mysqld.sock"),
                "--pid-file=" + data.resolve("mysqld.pid"), "--server-id=" + serverId, "--user=" + System.getProperty("user.name"),
                "--innodb-buffer-pool-size=64M", "--skip-name-resolve=OFF"));
        command.addAll(extra);
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start());
        RedisProcesses.awaitTrue(Duration.ofSeconds(60), () -> {
            try (Connection c = connect(port, "")) {
                return c.isValid(1);
            } catch (SQLException e) {
                return false;
            }
        }, "mariadbd " + name + " did not start (see " + dir.resolve(name + ".log") + ")");
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.getFirst() + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC", "root", "");
    }

    public String url(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?connectionTimeZone=UTC&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    private boolean replicaHas(String database) {
        try (Connection c = connect(replicaPort, ""); ResultSet rs = c.createStatement().executeQuery("SHOW DATABASES LIKE '" + database + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stops or resumes applying the primary's changes on the replica (its lag, made as long as a test needs). */
    public void replicaApplies(boolean on) throws SQLException {
        try (Connection c = connect(replicaPort, ""); Statement s = c.createStatement()) {
            s.execute(on ? "START SLAVE SQL_THREAD" : "STOP SLAVE SQL_THREAD");
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
