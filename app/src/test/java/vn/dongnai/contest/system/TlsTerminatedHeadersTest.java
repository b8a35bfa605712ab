package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.support.IntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TLS_TERMINATED=true: a TLS proxy or load balancer stands in front, so browsers are told to stay on HTTPS. */
@MicronautTest(transactional = false)
@Property(name = "contest.tls-terminated", value = "true")
class TlsTerminatedHeadersTest extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/contests", "/api/no-such-thing", "/swagger-ui/index.html", "/health"})
    void everyAnswerTellsBrowsersToStayOnHttps(String path) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }

        assertEquals(SecurityHeadersFilter.HSTS, response.getHeaders().get("Strict-Transport-Security"));
    }
}
