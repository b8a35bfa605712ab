package vn.dongnai.contest.account;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.altcha.altcha.Altcha;
import vn.dongnai.contest.system.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-hosted bot check: ALTCHA challenges created and verified with the official library,
 * signed with our own HMAC key, and single-use — a solved challenge is remembered in Redis until
 * it expires. Failed logins per username are counted in Redis too, so the check appears for a
 * username only after repeated failures, on whichever node the next try lands.
 */
@Context
class BotCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BotCheck.class);
    /**
     * The exact salt we issue: random hex, the expiry, and a closing '&'. Fixing the shape stops the
     * known ALTCHA v1 trick of moving digits between salt and number to stretch the expiry.
     */
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{24}\\?expires=(\\d{10})&");
    private static final Duration FAILURE_WINDOW = Duration.ofHours(1);

    private final BotCheckSettings settings;
    private final String hmacKey;
    private final StatefulRedisConnection<String, String> redis;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BotCheck(BotCheckSettings settings, StatefulRedisConnection<String, String> redis, JsonMapper json, Clock clock) {
        if (settings.enabled() && (settings.hmacKey() == null || settings.hmacKey().length() < 32)) {
            throw new IllegalStateException("contest.altcha.enabled is true but ALTCHA_HMAC_KEY (at least 32 characters) is not set");
        }
        this.settings = settings;
        // switched off without a key: challenges still work (the page asks for one), signed with a throw-away key
        this.hmacKey = settings.hmacKey() != null && !settings.hmacKey().isBlank()
                ? settings.hmacKey() : throwAwayKey(random);
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    private static String throwAwayKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** What the page (or the ALTCHA widget) solves. */
    @Serdeable
    record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
    }

    /** The standard ALTCHA payload, sent back base64-encoded as JSON. */
    @Serdeable
    record Payload(@Nullable String algorithm, @Nullable String challenge, @Nullable Long number,
                   @Nullable String salt, @Nullable String signature) {
    }

    Challenge challenge() {
        long expires = clock.instant().plus(settings.expires()).getEpochSecond();
        byte[] salt = new byte[12];
        random.nextBytes(salt);
        try {
            Altcha.Challenge c = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setHmacKey(key())
                    .setMaxNumber(settings.maxNumber())
                    .setSecureRandomNumber(true)
                    .setSalt(HexFormat.of().formatHex(salt) + "?expires=" + expires + "&"));
            return new Challenge(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create an ALTCHA challenge", e);
        }
    }

    /** Whether the payload solves a challenge we signed, unexpired; it stays usable until {@link #consume}. */
    boolean verify(@Nullable String base64Payload) {
        Payload payload = parse(base64Payload);
        if (payload == null || payload.salt() == null || payload.number() == null) {
            return false;
        }
        Matcher salt = SALT.matcher(payload.salt());
        if (!salt.matches() || payload.number() < 0 || payload.number() > settings.maxNumber()
                || Long.parseLong(salt.group(1)) < clock.instant().getEpochSecond()) {
            return false;
        }
        Altcha.Payload solution = new Altcha.Payload();
        solution.algorithm = payload.algorithm();
        solution.challenge = payload.challenge();
        solution.number = payload.number();
        solution.salt = payload.salt();
        solution.signature = payload.signature();
        try {
            return "SHA-256".equals(payload.algorithm()) && Altcha.verifySolution(solution, key(), true);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Marks a verified payload used; false if it was used before. A Redis outage must not stop
     * registrations during a contest, so then the payload is accepted and the log says so.
     */
    boolean consume(String base64Payload) {
        Payload payload = parse(base64Payload);
        if (payload == null) {
            return false;
        }
        Matcher salt = SALT.matcher(payload.salt());
        long expires = salt.matches() ? Long.parseLong(salt.group(1)) : clock.instant().plus(settings.expires()).getEpochSecond();
        try {
            String set = redis.sync().set("altcha:{used}:" + payload.challenge(), "1",
                    SetArgs.Builder.nx().exAt(expires + 1));
            return "OK".equals(set);
        } catch (RuntimeException e) {
            LOG.warn("Bot check could not record a used challenge ({}), accepted", e.getClass().getSimpleName());
            return true;
        }
    }

    /** Verified and not seen before; the one call registration and login need. */
    boolean verifyAndConsume(@Nullable String base64Payload) {
        return verify(base64Payload) && consume(base64Payload);
    }

    // ---- failed logins per username --------------------------------------------------------

    /** Whether this username has failed often enough that the next login must carry a solved challenge. */
    boolean loginNeedsCheck(String username) {
        if (!enabled()) {
            return false;
        }
        try {
            String count = redis.sync().get(failureKey(username));
            return count != null && Long.parseLong(count) >= settings.loginFailuresBeforeCheck();
        } catch (RuntimeException e) {
            return false;
        }
    }

    void loginFailed(String username) {
        if (!enabled()) {
            return;
        }
        try {
            String key = failureKey(username);
            redis.sync().incr(key);
            redis.sync().expire(key, FAILURE_WINDOW.toSeconds());
        } catch (RuntimeException e) {
            LOG.warn("Bot check could not count a failed login ({})", e.getClass().getSimpleName());
        }
    }

    void loginSucceeded(String username) {
        if (!enabled()) {
            return;
        }
        try {
            redis.sync().del(failureKey(username));
        } catch (RuntimeException e) {
            LOG.warn("Bot check could not reset failed logins ({})", e.getClass().getSimpleName());
        }
    }

    /** Usernames are phone numbers or citizen IDs: only a hash of them goes into the key. */
    private static String failureKey(String username) {
        return "login-fail:{login}:" + RateLimiter.keyHash(username);
    }

    private String key() {
        return hmacKey;
    }

    private @Nullable Payload parse(@Nullable String base64Payload) {
        if (base64Payload == null || base64Payload.isBlank() || base64Payload.length() > 2000) {
            return null;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(base64Payload.strip());
            Payload payload = json.readValue(new String(decoded, StandardCharsets.UTF_8), Payload.class);
            return payload.challenge() == null || payload.salt() == null ? null : payload;
        } catch (Exception e) {
            return null;
        }
    }
}
