package vn.dongnai.contest.page;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

/**
 * Caching for the contest page. Vite names every asset after a hash of its content, so a phone
 * on a slow link downloads each one once and keeps it for a year; index.html, which names the
 * current assets, is revalidated on every visit so a new release is seen at once, and carries
 * the page's Content-Security-Policy.
 */
@ServerFilter(value = "/(index\\.html|assets(/.*)?)?", patternStyle = FilterPatternStyle.REGEX)
final class PageCacheFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /**
     * The page loads only its own files and talks only to its own origin; organizer Markdown is
     * already rendered as text, and this keeps any slip from running a script.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void cacheHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return;
        }
        if (response.code() != 200 && response.code() != 304) {
            return;
        }
        boolean asset = request.getPath().startsWith("/assets/");
        response.getHeaders().set("Cache-Control", asset ? IMMUTABLE : REVALIDATE);
        if (!asset) {
            response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().set("Referrer-Policy", "same-origin");
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
