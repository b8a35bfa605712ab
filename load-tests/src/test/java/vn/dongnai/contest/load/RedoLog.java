package vn.dongnai.contest.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How the database was set up to write and how full its redo log got during a run. InnoDB may not
 * let the oldest change in its buffer pool fall further behind the log's end than
 * {@code Innodb_checkpoint_max_age} (a little less than the redo log's size); near that limit it flushes
 * pages in the foreground and the writes of every request wait for it. MariaDB's default log (96 MB)
 * fills in about 15 s of 1,000 submits a second, so whether a burst meets that limit depends on how
 * full the log was when it began: the spread SubmissionRate showed from run to run (docs/performance.md).
 * Sampled every half second over its own connection; a database it cannot reach prints why.
 */
final class RedoLog implements AutoCloseable {

    /** The share of the limit at and above which the samples count as "at the limit". */
    static final double NEAR = 0.85;
    private static final long MB = 1024 * 1024;

    private final Connection db;
    private final Map<String, String> settings;
    /** Why the database is not watched, or null. */
    private final String unwatched;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakAge;
    private volatile long maxAge;
    private volatile int samples;
    private volatile int nearSamples;

    private RedoLog(Connection db, Map<String, String> settings, String unwatched) {
        this.db = db;
        this.settings = settings;
        this.unwatched = unwatched;
        this.sampler = db == null ? null : Thread.ofPlatform().daemon().name("redo-log").start(this::sample);
    }

    /** Watches the run's database (the state's {@code dbUrl}), or says why it cannot. */
    static RedoLog watch(Properties state) {
        String url = state.getProperty("dbUrl");
        if (url == null) {
            return new RedoLog(null, Map.of(), "database not known to this run");
        }
        Connection db = null;
        try {
            db = DriverManager.getConnection(url, state.getProperty("dbUser", "root"), state.getProperty("dbPassword", ""));
            return new RedoLog(db, settings(db), null);
        } catch (SQLException e) {
            closeQuietly(db);
            return new RedoLog(null, Map.of(), "database not read: " + e.getMessage());
        }
    }

    private void sample() {
        while (running) {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN "
                         + "('Innodb_checkpoint_age', 'Innodb_checkpoint_max_age')")) {
                Map<String, Long> v = new HashMap<>();
                while (rs.next()) {
                    v.put(rs.getString(1), rs.getLong(2));
                }
                long age = v.getOrDefault("Innodb_checkpoint_age", 0L);
                long max = v.getOrDefault("Innodb_checkpoint_max_age", 0L);
                peakAge = Math.max(peakAge, age);
                maxAge = Math.max(maxAge, max);
                samples++;
                if (max > 0 && age >= NEAR * max) {
                    nearSamples++;
                }
                Thread.sleep(500);
            } catch (SQLException e) {
                return; // MySQL has no checkpoint counters; the settings line still says what it can
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One line for the summary: the settings, the peak and the time spent near the limit. */
    String finish() {
        if (unwatched != null) {
            return unwatched;
        }
        running = false;
        sampler.interrupt();
        try {
            sampler.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        String set = String.format(Locale.ROOT, "redo log %s MB, buffer pool %s MB, flush at commit %s",
                mb(settings.get("innodb_log_file_size")), mb(settings.get("innodb_buffer_pool_size")),
                settings.getOrDefault("innodb_flush_log_at_trx_commit", "?"));
        if (samples == 0 || maxAge == 0) {
            return set + "; checkpoint age not sampled";
        }
        return set + String.format(Locale.ROOT, "; checkpoint age peak %d MB = %.0f %% of its limit (%d MB), %.1f s at >= %.0f %%",
                peakAge / MB, 100.0 * peakAge / maxAge, maxAge / MB, nearSamples * 0.5, 100 * NEAR);
    }

    private static Map<String, String> settings(Connection db) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_log_file_size', "
                     + "'innodb_buffer_pool_size', 'innodb_flush_log_at_trx_commit')")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
            }
        }
        return found;
    }

    private static String mb(String bytes) {
        try {
            return String.valueOf(Long.parseLong(bytes) / MB);
        } catch (NumberFormatException | NullPointerException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        running = false;
        closeQuietly(db);
    }

    private static void closeQuietly(Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // the run is over; nothing else uses this connection
        }
    }
}
