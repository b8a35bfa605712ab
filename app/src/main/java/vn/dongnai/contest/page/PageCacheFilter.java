package vn.dongnai.contest.page;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Caching for the contest page. Vite names every asset after a hash of its content, so a phone
 * on a slow link downloads each one once and keeps it for a year; index.html, which names the
 * current assets, is revalidated on every visit so a new release is seen at once.
 */
@ServerFilter({"/", "/index.html", "/assets/**"})
final class PageCacheFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

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
            response.getHeaders().remove("Expires");
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
