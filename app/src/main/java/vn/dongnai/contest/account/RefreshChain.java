package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Which refresh token follows which. A renewal's next token is derived from the one it spends
 * (HMAC-SHA256 under the server's secret) instead of drawn at random, so that a renewal whose
 * answer never reached the browser (the console reloaded while it ran, a phone lost its signal)
 * can be repeated for {@link #REPEATABLE_FOR} and gives the same next token again: no password
 * prompt, and still one line of tokens per session. A repeat creates nothing new, and once the
 * next token has been used, the spent one is worth nothing. Okta and Auth0 give their rotating
 * refresh tokens the same short grace for the same reason.
 */
@Singleton
class RefreshChain {

    /** How long a spent token may be traded again for the same next token. */
    static final Duration REPEATABLE_FOR = Duration.ofSeconds(30);

    private final SecretKeySpec secret;

    RefreshChain(@Value("${contest.jwt.secret}") String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token a renewal of {@code spent} (the refresh token's own key, not its signed form) hands out. */
    String next(String spent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            // a prefix no signed token's input starts with: the secret signs nothing else this way
            byte[] next = mac.doFinal(("next refresh token:" + spent).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(next);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a token spent at {@code spentAt} may still be traded again at {@code now}. */
    static boolean repeatable(Instant spentAt, Instant now) {
        return now.isBefore(spentAt.plus(REPEATABLE_FOR));
    }
}
