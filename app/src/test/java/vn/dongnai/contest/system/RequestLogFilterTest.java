package vn.dongnai.contest.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLogFilterTest {

    private final Logger access = (Logger) LoggerFactory.getLogger("http.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = access.getLevel();
        access.setLevel(Level.INFO);
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
        access.setLevel(levelBefore);
    }

    @Test
    void everyRefusedOrFailedRequestIsLogged() {
        RequestLogFilter filter = new RequestLogFilter(Duration.ofSeconds(10), 100);
        for (HttpStatus status : List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.CONFLICT,
                HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE)) {
            send(filter, "/api/attempts/7/submit", status);
        }
        assertEquals(6, lines.list.size());
        assertTrue(lines.list.get(2).getFormattedMessage().startsWith("GET /api/attempts/7/submit 409 "));
    }

    @Test
    void fastSuccessesAreLoggedOneInTheSampleWithWhatTheyStandFor() {
        List<String> logged = logged(new RequestLogFilter(Duration.ofSeconds(10), 100), 250, HttpStatus.NO_CONTENT);
        assertEquals(3, logged.size());
        assertTrue(logged.getFirst().endsWith("ms (1 of 100)"));
    }

    @Test
    void aSlowSuccessIsAlwaysLogged() {
        List<String> logged = logged(new RequestLogFilter(Duration.ZERO, 100), 5, HttpStatus.OK);
        assertEquals(5, logged.size());
        assertFalse(logged.getLast().contains("(1 of"));
    }

    @Test
    void aSampleOfOneLogsEveryRequestUnmarked() {
        List<String> logged = logged(new RequestLogFilter(Duration.ofSeconds(10), 1), 3, HttpStatus.OK);
        assertEquals(3, logged.size());
        assertFalse(logged.getLast().contains("(1 of"));
    }

    @Test
    void aSampleOfZeroLogsOnlyErrorsAndSlowRequests() {
        assertFalse(RequestLogFilter.sampled(0, 0));
        assertTrue(RequestLogFilter.sampled(0, 100));
        assertFalse(RequestLogFilter.sampled(99, 100));
        assertTrue(RequestLogFilter.sampled(200, 100));
    }

    @Test
    void monitoringScrapesAreNeverLogged() {
        RequestLogFilter filter = new RequestLogFilter(Duration.ZERO, 1);
        send(filter, "/health", HttpStatus.SERVICE_UNAVAILABLE);
        send(filter, "/prometheus", HttpStatus.OK);
        assertEquals(0, lines.list.size());
    }

    /** The access lines of {@code times} requests answered {@code status}. */
    private List<String> logged(RequestLogFilter filter, int times, HttpStatus status) {
        for (int i = 0; i < times; i++) {
            send(filter, "/api/attempts/7/answers/3", status);
        }
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void send(RequestLogFilter filter, String path, HttpStatus status) {
        HttpRequest<?> request = HttpRequest.GET(path);
        filter.start(request);
        filter.log(request, HttpResponse.status(status));
    }
}
