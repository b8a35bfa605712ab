package vn.dongnai.contest.system;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A script by its digest is sent in full when Redis has not seen it (its script cache flushed, a restart). */
class RedisScriptTest {

    @Test
    void aScriptRedisHasNotSeenIsSentInFullThenRunsByItsDigest() {
        RedisClient client = RedisClient.create(String.valueOf(TestServices.properties().get("redis.uri")));
        try {
            Redis redis = Redis.of(client);
            String script = "return tonumber(ARGV[1]) + 1";
            String digest = redis.async().digest(script);
            redis.sync().scriptFlush();

            Long first = Redis.<Long>script(redis.async(), script, digest, ScriptOutputType.INTEGER, new String[0], "41").join();
            Long again = Redis.<Long>script(redis.async(), script, digest, ScriptOutputType.INTEGER, new String[0], "1").join();

            assertEquals(42L, first);
            assertEquals(2L, again);
            assertThrows(Exception.class, () -> Redis.script(redis.async(), "return redis.call('NOPE')",
                    redis.async().digest("return redis.call('NOPE')"), ScriptOutputType.INTEGER, new String[0]).join(),
                    "any other failure is the future's");
        } finally {
            client.shutdown();
        }
    }
}
