package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A refresh token's hash: {@code spentAt} once a renewal traded it, {@code revoked} once a session ended. */
@MappedEntity("refresh_token")
record RefreshToken(@Id @GeneratedValue @Nullable Long id,
                    byte[] tokenHash,
                    long accountId,
                    boolean revoked,
                    @Nullable Instant spentAt,
                    Instant createdAt) {
}
