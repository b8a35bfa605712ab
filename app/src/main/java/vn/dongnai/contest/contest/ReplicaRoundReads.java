package vn.dongnai.contest.contest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The rounds of the public contest list, from the read replica ({@link ReplicaContestReads}). */
@JdbcRepository(dialect = Dialect.MYSQL)
@Repository("replica")
@Requires(property = "datasources.replica.url")
interface ReplicaRoundReads extends GenericRepository<ContestRound, Long> {

    List<ContestRound> findByContestIdInAndStatusInOrderBySeq(Collection<Long> contestIds, Collection<String> statuses);
}
