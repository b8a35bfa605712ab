package vn.dongnai.contest.account;

import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Provider;
import org.altcha.altcha.Altcha;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.RateLimiter;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-hosted bot check: ALTCHA challenges created and verified with the official library,
 * signed with our own HMAC key, and single-use — a solved challenge is remembered in Redis until
 * it expires. Failed logins per username are counted in Redis too, so the check appears for a
 * username only after repeated failures, on whichever node the next try lands.
 * <p>
 * Neither fails open when Redis does: a solution is then spent in MySQL ({@link BotCheckLedger}),
 * and a login whose failures cannot be counted is asked for the check; both are counted as a
 * Redis degradation.
 */
@Context
class BotCheck {

    /**
     * The exact salt we issue: random hex, the expiry, and a closing '&'. Fixing the shape stops the
     * known ALTCHA v1 trick of moving digits between salt and number to stretch the expiry.
     */
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{24}\\?expires=(\\d{10})&");
    private static final Duration FAILURE_WINDOW = Duration.ofHours(1);

    private final BotCheckSettings settings;
    private final String hmacKey;
    private final Redis redis;
    // looked up on first use: security builds its beans while Micronaut Data is still starting
    private final Provider<BotCheckLedger> ledger;
    private final RedisDegradation degradation;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BotCheck(BotCheckSettings settings, Redis redis, Provider<BotCheckLedger> ledger, RedisDegradation degradation,
             JsonMapper json, Clock clock) {
        if (settings.enabled() && (settings.hmacKey() == null || settings.hmacKey().length() < 32)) {
            throw new IllegalStateException("contest.altcha.enabled is true but ALTCHA_HMAC_KEY (at least 32 characters) is not set");
        }
        this.settings = settings;
        // switched off without a key: challenges still work (the page asks for one), signed with a throw-away key
        this.hmacKey = settings.hmacKey() != null && !settings.hmacKey().isBlank()
                ? settings.hmacKey() : throwAwayKey(random);
        this.redis = redis;
        this.ledger = ledger;
        this.degradation = degradation;
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
     * Marks a verified payload used; false if it was used before. Redis remembers it until the
     * challenge expires; while Redis fails, MySQL does, and a solution spent there stays spent when
     * Redis is back. With neither, the form is refused with a 503 rather than accepted unchecked.
     */
    boolean consume(String base64Payload) {
        Payload payload = parse(base64Payload);
        if (payload == null) {
            return false;
        }
        Matcher salt = SALT.matcher(payload.salt());
        long expires = salt.matches() ? Long.parseLong(salt.group(1)) : clock.instant().plus(settings.expires()).getEpochSecond();
        String set;
        try {
            set = redis.sync().set("altcha:{used}:" + payload.challenge(), "1", SetArgs.Builder.nx().exAt(expires + 1));
        } catch (RuntimeException e) {
            degradation.record(RedisDegradation.BOT_CHECK, e);
            try {
                return ledger.get().spend(payload.challenge(), Instant.ofEpochSecond(expires + 1));
            } catch (RuntimeException mysql) {
                throw unavailable();
            }
        }
        try {
            return "OK".equals(set) && !ledger.get().spent(payload.challenge());
        } catch (RuntimeException mysql) {
            throw unavailable();
        }
    }

    private static ApiException unavailable() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "BOT_CHECK_UNAVAILABLE",
                "Hệ thống tạm thời không kiểm tra được bước chống máy tự động, vui lòng thử lại sau ít phút.",
                "The bot check cannot be verified right now; try again in a few minutes.");
    }

    /** Verified and not seen before; the one call registration and login need. */
    boolean verifyAndConsume(@Nullable String base64Payload) {
        return verify(base64Payload) && consume(base64Payload);
    }

    // ---- failed logins per username --------------------------------------------------------

    /**
     * Whether this username has failed often enough that the next login must carry a solved
     * challenge. When Redis cannot say, the check is asked: a guesser must not get unlimited free
     * tries during an outage, and a person only solves one proof of work.
     */
    boolean loginNeedsCheck(String username) {
        if (!enabled()) {
            return false;
        }
        try {
            String count = redis.sync().get(failureKey(username));
            return count != null && Long.parseLong(count) >= settings.loginFailuresBeforeCheck();
        } catch (RuntimeException e) {
            degradation.record(RedisDegradation.BOT_CHECK, e);
            return true;
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
            degradation.record(RedisDegradation.BOT_CHECK, e);
        }
    }

    void loginSucceeded(String username) {
        if (!enabled()) {
            return;
        }
        try {
            redis.sync().del(failureKey(username));
        } catch (RuntimeException e) {
            degradation.record(RedisDegradation.BOT_CHECK, e);
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
