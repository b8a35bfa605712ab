package vn.dongnai.contest.contest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundRepository extends CrudRepository<ContestRound, Long> {

    List<ContestRound> findByStatusIn(Collection<String> statuses);

    List<ContestRound> findByContestIdInAndStatusInOrderBySeq(Collection<Long> contestIds,
                                                                           Collection<String> statuses);
}
