package vn.dongnai.contest.system;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Redis-backed token buckets (Bucket4j), shared by every app node. Keys carry only hashes of
 * what they limit, so no phone number or citizen ID is written to Redis in clear.
 */
@Singleton
public class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final boolean enabled;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final LettuceBasedProxyManager<String> buckets;

    RateLimiter(RedisClient redisClient, @Value("${contest.rate-limit.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.connection = redisClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .requestTimeout(Duration.ofMillis(500))
                .build();
    }

    /**
     * Takes one token from the bucket {@code name:key}; 429 when it is empty. Redis being down
     * must not stop a contest, so the limiter then lets the request through and says so in the log.
     */
    public void check(String name, String key, long perPeriod, Duration period) {
        if (!enabled) {
            return;
        }
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, period))
                .build();
        // the limit is part of the key: Bucket4j keeps the capacity a bucket was made with, so a changed
        // limit takes effect at once instead of when the old bucket expires
        String redisKey = "rl:{" + name + "}:" + perPeriod + "/" + period.toSeconds() + ":" + Hashing.shortHash(key);
        boolean allowed;
        try {
            allowed = buckets.builder().build(redisKey, () -> config).tryConsume(1);
        } catch (RuntimeException e) {
            LOG.warn("Rate limiter unavailable ({}), request allowed", e.getClass().getSimpleName());
            return;
        }
        if (!allowed) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                    "Bạn thao tác quá nhiều lần, vui lòng thử lại sau ít phút.",
                    "Too many attempts, try again in a few minutes.");
        }
    }

    /** A short, non-reversible tag of a key, for other Redis keys that must not hold personal data. */
    public static String keyHash(String value) {
        return Hashing.shortHash(value);
    }

    @PreDestroy
    void close() {
        connection.close();
    }

    /** Only for keys: a short, non-reversible tag. */
    static final class Hashing {
        private Hashing() {
        }

        static String shortHash(String value) {
            try {
                var digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(("rl|" + value).getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(digest, 0, 12);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
