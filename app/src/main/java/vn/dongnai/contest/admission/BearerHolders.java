package vn.dongnai.contest.admission;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Who a start's bearer token says it is, read on the event loop before Micronaut Security runs: the
 * token's subject when it is an HS256 JWT signed with the platform's key and not expired. Only what
 * binds a waiting-room ticket to its holder ({@link Tickets}) comes from here: a start the room lets
 * in still goes through the whole of security (the session check included) before the controller.
 * A refused start is thereby answered without the session check, which for a person nobody has seen
 * on this node lately is a Redis or MySQL lookup on the blocking pool (docs/performance.md, "Overload").
 */
final class BearerHolders {

    private static final String BEARER = "Bearer ";

    private final MACVerifier verifier;

    BearerHolders(String secret) {
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException("the token key is not usable for HS256", e);
        }
    }

    /** The verified subject of the {@code Authorization} header's bearer token, if it is one of ours and current. */
    Optional<String> holder(String authorization, Instant now) {
        if (authorization == null || authorization.length() > 4_096
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(BEARER.length()).strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !now.isBefore(expiry.toInstant()) || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(claims.getSubject());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
