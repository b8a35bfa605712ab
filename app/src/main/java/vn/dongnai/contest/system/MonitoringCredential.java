package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The monitoring credential (MONITORING_USER / MONITORING_PASSWORD) as HTTP Basic, which every
 * scraper and load balancer speaks, accepted on the management endpoints only: Micronaut's own
 * Basic support is off, since it would hand any {@code Authorization: Basic} on any path to the
 * contestant and staff login (and answer 401s with a challenge that pops a browser dialog).
 * Unset password: no Basic credential at all, only an ADMIN token reads the details.
 */
@Context
final class MonitoringCredential implements AuthenticationFetcher<HttpRequest<?>> {

    static final int MIN_PASSWORD_LENGTH = 16;

    private final String username;
    private final byte[] expected;

    MonitoringCredential(@Value("${contest.monitoring.username:monitoring}") String username,
                         @Value("${contest.monitoring.password:}") String password) {
        if (!password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("MONITORING_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        this.username = username;
        this.expected = password.isEmpty() ? null : digest(username + ":" + password);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (expected == null || !Monitoring.isMonitoringPath(request.getPath())) {
            return Mono.empty();
        }
        String header = request.getHeaders().getAuthorization().orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Mono.empty();
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Mono.empty();
        }
        // compared as digests: equal lengths, constant time, nothing learned from how long it took
        if (!MessageDigest.isEqual(expected, digest(pair))) {
            return Mono.empty();
        }
        return Mono.just(Authentication.build(username, List.of(Monitoring.ROLE)));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
