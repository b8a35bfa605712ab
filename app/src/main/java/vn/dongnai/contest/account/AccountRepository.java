package vn.dongnai.contest.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("""
            SELECT a.* FROM account a JOIN participant p ON p.account_id = a.id
            WHERE p.citizen_id_hash = :hash OR p.phone_hash = :hash""")
    Optional<Account> findContestantByIdentityHash(byte[] hash);
}
