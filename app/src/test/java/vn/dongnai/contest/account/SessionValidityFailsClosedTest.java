package vn.dongnai.contest.account;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.security.token.Claims;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.TestServices;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A session check that cannot be made is an error, never a "valid". */
class SessionValidityFailsClosedTest {

    @Test
    void whenTheAccountIsNeitherInRedisNorReadableFromMySqlTheCheckFails() {
        RedisClient client = RedisClient.create(String.valueOf(TestServices.properties().get("redis.uri")));
        ExecutorService blocking = Executors.newSingleThreadExecutor();
        try {
            Redis redis = Redis.of(client);
            redis.sync().del("session-valid-after:987654321");
            SessionValidity sessions = new SessionValidity(() -> {
                throw new IllegalStateException("MySQL is away");
            }, redis, new RedisDegradation(new SimpleMeterRegistry(), Clock.systemUTC()), Clock.systemUTC(),
                    Duration.ofSeconds(10), blocking);
            Map<String, Object> claims = Map.of(Claims.SUBJECT, "987654321", SessionValidity.ISSUED_AT_MILLIS, System.currentTimeMillis());

            assertThrows(CompletionException.class, () -> sessions.check(claims::get).join());
        } finally {
            blocking.shutdownNow();
            client.shutdown();
        }
    }
}
