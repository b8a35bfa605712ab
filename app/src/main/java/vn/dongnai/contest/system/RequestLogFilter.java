package vn.dongnai.contest.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds. Deliberately no query string, body,
 * client address or headers, so personal data never reaches the logs.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter {

    private static final Logger LOG = LoggerFactory.getLogger("http.access");
    private static final String STARTED = "contest.started-nanos";

    @RequestFilter
    void start(HttpRequest<?> request) {
        if (LOG.isInfoEnabled()) {
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        String path = request.getPath();
        if (path.startsWith("/health") || path.startsWith("/prometheus")) {
            return;
        }
        LOG.info("{} {} {} {}ms", request.getMethodName(), path, response.code(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
