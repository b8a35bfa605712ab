package vn.dongnai.contest.contest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContestRepository extends CrudRepository<Contest, Long> {

    List<Contest> findByStatusOrderById(String status);

    Optional<Contest> findBySlug(String slug);
}
