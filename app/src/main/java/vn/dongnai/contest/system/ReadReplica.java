package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Heavy reads that tolerate a second of lag — exports, the live view, question statistics — take
 * {@code @Named("reads") Sql}. With {@code DATASOURCES_REPLICA_URL} set (Micronaut maps it to the
 * datasource {@code replica}, with {@code DATASOURCES_REPLICA_USERNAME} / {@code _PASSWORD}) that is a
 * MySQL/MariaDB replica; without it, the primary. Nothing is ever written through it.
 */
@Factory
class ReadReplica {

    /** Without a replica the reads stay on the primary. */
    @Singleton
    @Named("reads")
    @Requires(missingProperty = "datasources.replica.url")
    Sql primaryReads(Sql primary) {
        return primary;
    }

    /** The replica's connections, opened per call like the primary's. */
    @Singleton
    @Named("reads")
    @Requires(property = "datasources.replica.url")
    @Connectable("replica")
    static class ReplicaSql extends Sql {
        ReplicaSql(@Named("replica") JdbcOperations replica) {
            super(replica);
        }
    }
}
