package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same protective headers on every response (API, errors, 404s, static files, Swagger): no
 * content sniffing, no framing by another site, and a Content-Security-Policy for whatever has no
 * policy of its own — the contest page and the console set theirs, Swagger UI gets one here. HSTS
 * only when TLS_TERMINATED says a TLS proxy stands in front: sent over plain HTTP on a test
 * machine, it would lock the browser out of that host for a year.
 *
 * <p>Outermost filter, so it also sees what security and error handling answered; the waiting
 * room's refusals, answered before routing where no filter sees them, call {@link #protect}
 * themselves. It also writes the Date header every response must carry (RFC 9110; Micronaut's own is off,
 * {@code micronaut.server.date-header}): the text changes once a second, so it is formatted once a
 * second instead of for every response.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class SecurityHeadersFilter implements Ordered {

    static final String HSTS = "max-age=31536000";
    /** For JSON, errors and files: none of them may load, run or frame anything. */
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER_UI_INDEX = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    /** HTTP's date form (IMF-fixdate): two-digit day, English names, always GMT. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The Date header's text for one second of the server's clock. */
    private record DateText(long epochSecond, String text) {
    }

    private final boolean tlsTerminated;
    private final String swaggerUiPolicy;
    private final Clock clock;
    private volatile DateText date = new DateText(Long.MIN_VALUE, "");

    SecurityHeadersFilter(@Value("${contest.tls-terminated:false}") boolean tlsTerminated, ResourceResolver resources,
                          Clock clock) {
        this.tlsTerminated = tlsTerminated;
        this.swaggerUiPolicy = swaggerUiPolicy(resources.getResourceAsStream(SWAGGER_UI_INDEX));
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    public void protect(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        if (!headers.contains(HttpHeaders.DATE)) {
            headers.set(HttpHeaders.DATE, httpDate());
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (tlsTerminated) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        String path = request.getPath();
        if (path.equals("/swagger-ui") || path.startsWith("/swagger-ui/")) {
            headers.set("Content-Security-Policy", swaggerUiPolicy);
            headers.set("Referrer-Policy", "same-origin");
        } else if (!headers.contains("Content-Security-Policy") && !isScript(path, response)) {
            // a script's own policy would bind a worker it starts; the page's policy covers scripts
            headers.set("Content-Security-Policy", NOTHING_POLICY);
        }
    }

    /** Now, as a Date header; racing threads at a second's turn each format it, and either text is right. */
    String httpDate() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        DateText current = date;
        if (current.epochSecond() != second) {
            current = new DateText(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            date = current;
        }
        return current.text();
    }

    /** By name too: a static file's content type may be set only once its body is written. */
    private static boolean isScript(String path, MutableHttpResponse<?> response) {
        if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return true;
        }
        return response.getHeaders().get(HttpHeaders.CONTENT_TYPE, String.class)
                .or(() -> response.getContentType().map(MediaType::toString))
                .map(type -> type.contains("javascript"))
                .orElse(false);
    }

    /**
     * Swagger UI's index.html, generated by micronaut-openapi, starts the UI from one inline
     * script; that script, and no other, is allowed by its hash, read from the file at startup so
     * it follows the generator. The UI writes inline styles and loads data: images from its CSS.
     */
    static String swaggerUiPolicy(Optional<InputStream> index) {
        List<String> scripts = new ArrayList<>();
        index.ifPresent(in -> {
            try (InputStream stream = in) {
                Matcher inline = INLINE_SCRIPT.matcher(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                while (inline.find()) {
                    scripts.add("'sha256-" + sha256(inline.group(1)) + "'");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "default-src 'self'; script-src 'self'" + (scripts.isEmpty() ? "" : " " + String.join(" ", scripts))
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
