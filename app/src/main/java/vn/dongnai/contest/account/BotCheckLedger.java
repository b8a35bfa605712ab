package vn.dongnai.contest.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.system.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;

/**
 * Where a bot-check solution is spent while Redis fails (table {@code bot_check_spent}): the
 * single use then holds through MySQL's primary key instead of failing open. Each write commits
 * on its own, so a registration that is refused afterwards (a taken number) still spends it — one
 * solution cannot probe several numbers.
 */
@Singleton
class BotCheckLedger {

    private final Sql sql;
    private final Clock clock;

    BotCheckLedger(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Spends the challenge; false if it was spent here before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean spend(String challenge, Instant expires) {
        return sql.update("INSERT IGNORE INTO bot_check_spent (challenge_hash, expires_at) VALUES (?, ?)",
                hash(challenge), expires) == 1;
    }

    /** Whether the challenge was spent here while Redis was failing. */
    boolean spent(String challenge) {
        return sql.one("SELECT 1 FROM bot_check_spent WHERE challenge_hash = ?", rs -> true, hash(challenge)).isPresent();
    }

    /** Expired challenges are refused by their signature anyway; each node deletes a few, harmlessly twice. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeExpired() {
        sql.update("DELETE FROM bot_check_spent WHERE expires_at < ? LIMIT 10000", clock.instant());
    }

    private static byte[] hash(String challenge) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
