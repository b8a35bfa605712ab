package vn.dongnai.contest.contest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The public contest list read from the read replica ({@code DATASOURCES_REPLICA_URL}): the page
 * every visitor opens first tolerates a second of lag and must not queue behind attempts on the
 * primary. Absent without a replica; {@link ContestController} then reads the primary.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
@Repository("replica")
@Requires(property = "datasources.replica.url")
interface ReplicaContestReads extends GenericRepository<Contest, Long> {

    List<Contest> findByStatusOrderById(String status);
}
