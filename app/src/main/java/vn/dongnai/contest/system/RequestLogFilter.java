package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request worth reading: method, path, status, milliseconds. Deliberately no query
 * string, body, client address or headers, so personal data never reaches the logs.
 *
 * <p>Every refused or failed request (status 400 and up) and every slow one is logged, save the
 * waiting room's refusals: answered before routing, none reaches this filter, and in a wave they are
 * most requests; the lanes count them ({@code contest_admission_refused} on /prometheus). Of the
 * rest — fast successes, ten autosaves per contestant at a peak — one in
 * {@code contest.access-log.sample-every} is, marked with what it stands for: a line for each cost
 * the app a few percent of its CPU (the line built on the request thread, written by the logging
 * thread), and the counts and latencies per route are on /prometheus already.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter {

    private static final Logger LOG = LoggerFactory.getLogger("http.access");
    private static final String STARTED = "contest.started-nanos";

    private final long slowNanos;
    private final int sampleEvery;
    private final AtomicLong fastSuccesses = new AtomicLong();

    RequestLogFilter(@Value("${contest.access-log.slow:500ms}") Duration slow,
                     @Value("${contest.access-log.sample-every:100}") int sampleEvery) {
        this.slowNanos = slow.toNanos();
        this.sampleEvery = sampleEvery;
    }

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
        long elapsed = request.getAttribute(STARTED, Long.class).map(started -> System.nanoTime() - started).orElse(0L);
        String path = request.getPath();
        if (path.startsWith("/health") || path.startsWith("/prometheus")) {
            return;
        }
        int status = response.code();
        if (status >= 400 || elapsed >= slowNanos || sampleEvery == 1) {
            LOG.info("{} {} {} {}ms", request.getMethodName(), path, status, elapsed / 1_000_000);
        } else if (sampled(fastSuccesses.getAndIncrement(), sampleEvery)) {
            LOG.info("{} {} {} {}ms (1 of {})", request.getMethodName(), path, status, elapsed / 1_000_000, sampleEvery);
        }
    }

    /** Whether the n-th fast success (from 0) is logged: every one at 1, none at 0 or below. */
    static boolean sampled(long n, int sampleEvery) {
        return sampleEvery > 0 && n % sampleEvery == 0;
    }
}
