package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Heavy reads that tolerate a second of lag — exports, the live view, question statistics — run
 * on {@link #sql()}. With {@code DATASOURCES_REPLICA_URL} set (Micronaut maps it to the datasource
 * {@code replica}, with {@code DATASOURCES_REPLICA_USERNAME} / {@code _PASSWORD}) that is a
 * MySQL/MariaDB replica; without it, the primary. Nothing is ever written through it.
 */
@Singleton
public class ReadReplica {

    private final Sql reads;

    ReadReplica(Sql primary, @Nullable ReplicaSql replica) {
        this.reads = replica != null ? replica : primary;
    }

    /** Where heavy, lag-tolerant reads go. */
    public Sql sql() {
        return reads;
    }

    /** The replica's connections, opened per call like the primary's. */
    @Singleton
    @Named("replica")
    @Requires(property = "datasources.replica.url")
    @Connectable("replica")
    static class ReplicaSql extends Sql {
        ReplicaSql(@Named("replica") JdbcOperations replica) {
            super(replica);
        }
    }
}
