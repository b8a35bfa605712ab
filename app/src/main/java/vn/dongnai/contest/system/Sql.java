package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Primary;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL on the current transaction's connection, for the hot paths and multi-row
 * work where a derived repository query would cost more round trips than it saves. Outside a
 * transaction each call borrows a pooled connection for its own duration.
 *
 * <p>Rows are read by column name (or the query's alias) into named records, never by position:
 * {@code rs.getLong("round_id")}, {@code Sql.instant(rs, "submitted_at")}. A query that changes its
 * column list then cannot silently shift every read after it.
 */
@Singleton
@Primary
@Connectable
public class Sql {

    /**
     * Instants go over the wire as text: MariaDB introduces itself as "5.5.5-10.x", and Connector/J
     * then drops fractional seconds from a Timestamp parameter; ranking ties are decided in milliseconds.
     */
    private static final DateTimeFormatter DATETIME_3 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final JdbcOperations jdbc;

    protected Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException, IOException;
    }

    public long insert(String sql, Object... values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, values);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            return statement.executeUpdate();
        });
    }

    /** Inserts one row for each row of values as a single JDBC batch (one multi-row INSERT); returns their ids in order. */
    public long[] insertAll(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new long[0];
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                long[] ids = new long[rows.size()];
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    for (int i = 0; i < ids.length && keys.next(); i++) {
                        ids[i] = keys.getLong(1);
                    }
                }
                return ids;
            }
        });
    }

    /** Runs one statement for each row of values, as a single JDBC batch; returns each one's update count. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        });
    }

    /** The first row's value; empty when there is no row or it maps to null (an aggregate over no rows). */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... values) {
        List<T> rows = list(sql, mapper, values);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    /**
     * Reads a large result row by row without holding it in memory: on a forward-only, read-only
     * statement a fetch size of {@link Integer#MIN_VALUE} makes Connector/J stream the rows from
     * MySQL or MariaDB as they are consumed. The connection runs nothing else until the last row,
     * so the consumer must not query. Returns the number of rows.
     */
    public long stream(String sql, RowConsumer consumer, Object... values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(Integer.MIN_VALUE);
                bind(statement, values);
                long rows = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                        rows++;
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Ids for an IN list: each once, ascending, padded with the last to a power of two, so a statement
     * whose list varies takes a few shapes, each parsed once per connection and kept in Connector/J's
     * statement cache. At least one id.
     */
    public static List<Long> inList(Collection<Long> ids) {
        return padded(ids.stream().distinct().sorted().toList());
    }

    /**
     * The values padded with the last to a power of two (at least one value), so a statement whose
     * text grows with them takes a few shapes. Only for statements a repeated last value cannot
     * change: an IN list, or the rows of {@link #unionRows} an UPDATE joins (each updated row is
     * updated once, however many rows match it).
     */
    public static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to pad");
        }
        int size = Integer.highestOneBit(values.size() * 2 - 1);
        List<T> padded = new ArrayList<>(values);
        while (padded.size() < size) {
            padded.add(values.getLast());
        }
        return padded;
    }

    /**
     * A derived table of {@code count} rows of placeholders, to join a multi-row UPDATE to: the first
     * row is {@code firstRow} (each column a "CAST(? AS type) AS name": the names come from it, and
     * the casts keep a NULL in the first row from typing its column), the others one "?" a column,
     * joined by UNION ALL — which MySQL 8 and MariaDB both take, unlike their two VALUES syntaxes.
     * One statement however many rows, parsed once by the server rather than once a row.
     */
    public static String unionRows(List<String> firstRow, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a derived table needs at least one row");
        }
        String rest = " UNION ALL SELECT " + String.join(",", Collections.nCopies(firstRow.size(), "?"));
        return "SELECT " + String.join(", ", firstRow) + rest.repeat(count - 1);
    }

    /** "?, ?, ?" for an IN list of {@code count} values (at least one). */
    public static String marks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Whether a failure was caused by a unique or foreign key refusing the row (MySQL/MariaDB 1062, 1452…). */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The named DATETIME/TIMESTAMP column as an instant; null when the column is NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** The named DATE column; null when NULL. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** The named integer column, or null when it is NULL (getLong would answer 0). */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The named integer column, or null when it is NULL (getInt would answer 0). */
    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Typed setters for the values the hot paths send: {@code setObject} looks each value's type up
     * first, which a group of submits (hundreds of values) paid on every one (JFR, docs/performance.md).
     */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            switch (values[i]) {
                case Long value -> statement.setLong(i + 1, value);
                case Integer value -> statement.setInt(i + 1, value);
                case String value -> statement.setString(i + 1, value);
                case Boolean value -> statement.setBoolean(i + 1, value);
                case Instant value -> statement.setString(i + 1, DATETIME_3.format(value));
                case null -> statement.setNull(i + 1, Types.NULL);
                default -> statement.setObject(i + 1, values[i]);
            }
        }
    }
}
