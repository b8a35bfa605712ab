package vn.dongnai.contest.contest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DrawRuleRepository extends CrudRepository<DrawRule, Long> {

    List<DrawRule> findByRoundId(long roundId);
}
