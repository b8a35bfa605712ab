package vn.dongnai.contest.system;

import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Empties the per-address registration buckets, so a test that lowers the limit starts from a
 * full bucket: Bucket4j keeps the capacity a bucket was made with, and earlier test classes made
 * the loopback address's bucket with the tests' generous limit.
 */
final class RegistrationBuckets {

    private RegistrationBuckets() {
    }

    static void empty(StatefulRedisConnection<String, String> redis) {
        var keys = redis.sync().keys("rl:{register-ip}:*");
        if (!keys.isEmpty()) {
            redis.sync().del(keys.toArray(String[]::new));
        }
    }
}
