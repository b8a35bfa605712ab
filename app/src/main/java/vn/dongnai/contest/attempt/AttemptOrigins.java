package vn.dongnai.contest.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.account.AccountErased;
import vn.dongnai.contest.account.ClientOrigin;
import vn.dongnai.contest.system.Sql;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes where an attempt was started and submitted from, for the review queue ("many accounts
 * from one address or device"): a keyed hash of the client address and of the User-Agent, never
 * the values. Bookkeeping only: a failure here is logged and never costs a contestant an attempt.
 */
@Singleton
class AttemptOrigins {

    static final String START = "START";
    static final String SUBMIT = "SUBMIT";
    private static final Logger LOG = LoggerFactory.getLogger(AttemptOrigins.class);

    private final Sql sql;
    private final ClientOrigin origins;
    private final Clock clock;

    AttemptOrigins(Sql sql, ClientOrigin origins, Clock clock) {
        this.sql = sql;
        this.origins = origins;
        this.clock = clock;
    }

    /** Where a request came from, as keyed hashes; computed before any transaction opens. */
    @Nullable
    ClientOrigin.Origin of(HttpRequest<?> request) {
        try {
            return origins.of(request);
        } catch (RuntimeException e) {
            LOG.warn("Could not hash the origin of a request: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Written inside the transaction that starts or grades the attempt, so a peak pays one commit
     * for both; a failed statement does not end a MySQL transaction, so it still costs nothing else.
     */
    void write(long attemptId, String stage, ClientOrigin.@Nullable Origin origin) {
        if (origin == null) {
            return;
        }
        try {
            // the first record of a stage stays: a retried submit must not overwrite where it came from
            sql.update("""
                    INSERT INTO attempt_origin (attempt_id, stage, ip_hash, agent_hash, device_hash, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempt_id = attempt_id""",
                    attemptId, stage, origin.ipHash(), origin.agentHash(), origin.deviceHash(), clock.instant());
        } catch (RuntimeException e) {
            if (rolledBack(e)) {
                throw e; // a deadlock victim's transaction is gone: the attempt must not look saved
            }
            LOG.warn("Could not record the origin of attempt {}: {}", attemptId, e.getClass().getSimpleName());
        }
    }

    /** An erased account's attempts keep no trace of where they came from; in the erasure's transaction. */
    @EventListener
    void erased(AccountErased event) {
        sql.update("DELETE FROM attempt_origin WHERE attempt_id IN (SELECT id FROM attempt WHERE account_id = ?)",
                event.accountId());
    }

    /** One attempt's origin, for {@link #writeAll}. */
    record Row(long attemptId, ClientOrigin.@Nullable Origin origin) {
    }

    /** {@link #write} for several attempts graded in one transaction, as one statement. */
    void writeAll(String stage, List<Row> rows) {
        List<Object[]> values = new ArrayList<>();
        for (Row row : rows) {
            if (row.origin() != null) {
                values.add(new Object[]{row.attemptId(), stage, row.origin().ipHash(), row.origin().agentHash(),
                        row.origin().deviceHash(), clock.instant()});
            }
        }
        try {
            sql.batch("""
                    INSERT INTO attempt_origin (attempt_id, stage, ip_hash, agent_hash, device_hash, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempt_id = attempt_id""", values);
        } catch (RuntimeException e) {
            if (rolledBack(e)) {
                throw e;
            }
            LOG.warn("Could not record the origins of {} attempts: {}", values.size(), e.getClass().getSimpleName());
        }
    }

    private static boolean rolledBack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
