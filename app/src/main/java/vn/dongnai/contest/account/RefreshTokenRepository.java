package vn.dongnai.contest.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(byte[] tokenHash);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE account_id = :accountId AND revoked = FALSE")
    int revokeAllOf(long accountId);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE token_hash = :tokenHash AND revoked = FALSE")
    int spend(byte[] tokenHash);

    /** An erased account's tokens go with it. */
    @Query("DELETE FROM refresh_token WHERE account_id = :accountId")
    int deleteAllOf(long accountId);
}
