package vn.dongnai.contest.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(byte[] tokenHash);

    /** Ends every session of the account: its live tokens and those spent moments ago alike. */
    @Query("UPDATE refresh_token SET revoked = TRUE WHERE account_id = :accountId AND revoked = FALSE")
    int revokeAllOf(long accountId);

    /** Marks the token spent by a renewal; a repeat keeps the first moment. */
    @Query("UPDATE refresh_token SET spent_at = COALESCE(spent_at, :at) WHERE token_hash = :tokenHash AND revoked = FALSE")
    int spend(byte[] tokenHash, Instant at);

    /**
     * Stores the token that follows {@code spent}, once, and only while {@code spent} is not revoked:
     * a logout racing the renewal then either revokes the next token too or keeps it from being stored.
     */
    @Query("""
            INSERT INTO refresh_token (token_hash, account_id, revoked, spent_at, created_at)
            SELECT :next, spent.account_id, FALSE, NULL, :at FROM refresh_token spent
            WHERE spent.token_hash = :spent AND spent.revoked = FALSE
            ON DUPLICATE KEY UPDATE refresh_token.id = refresh_token.id""")
    int follow(byte[] spent, byte[] next, Instant at);

    /** An erased account's tokens go with it. */
    @Query("DELETE FROM refresh_token WHERE account_id = :accountId")
    int deleteAllOf(long accountId);
}
