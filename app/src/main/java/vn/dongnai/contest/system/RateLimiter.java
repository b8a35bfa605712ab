package vn.dongnai.contest.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Redis-backed token buckets (Bucket4j), shared by every app node, on a standalone, Sentinel or
 * Cluster Redis (each bucket is one key; Bucket4j's compare-and-swap touches only it). Keys carry
 * only hashes of what they limit, so no phone number or citizen ID is written to Redis in clear.
 */
@Singleton
public class RateLimiter {

    private static final Duration REDIS_EXPIRY = Duration.ofMinutes(5);

    private final boolean enabled;
    private final StatefulConnection<String, byte[]> connection;
    private final LettuceBasedProxyManager<String> buckets;
    private final RedisDegradation degradation;
    /**
     * While Redis fails, the same limits counted by this node alone: a flood still meets a limit
     * (each node allows the full rate, so N nodes allow N times it), a contest does not stop.
     */
    private final Cache<String, Bucket> local = Caffeine.newBuilder()
            .expireAfterAccess(REDIS_EXPIRY).maximumSize(200_000).build();

    RateLimiter(Redis redis, RedisDegradation degradation, @Value("${contest.rate-limit.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.degradation = degradation;
        this.connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        var builder = connection instanceof StatefulRedisClusterConnection<String, byte[]> cluster
                ? Bucket4jLettuce.casBasedBuilder(cluster)
                : Bucket4jLettuce.casBasedBuilder((StatefulRedisConnection<String, byte[]>) connection);
        this.buckets = builder
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(REDIS_EXPIRY))
                .requestTimeout(Duration.ofMillis(500))
                .build();
    }

    /**
     * Takes one token from the bucket {@code name:key}; 429 when it is empty. When Redis fails the
     * token comes from this node's own bucket instead, and the fallback is counted.
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
            degradation.record(RedisDegradation.RATE_LIMIT, e);
            allowed = local.get(redisKey + "|" + perPeriod + "/" + period,
                    k -> Bucket.builder().addLimit(config.getBandwidths()[0]).build()).tryConsume(1);
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
