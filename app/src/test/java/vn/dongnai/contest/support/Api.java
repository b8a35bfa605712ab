package vn.dongnai.contest.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A thin HTTP helper for tests: never throws on an error status, returns status and raw body,
 * and keeps every contestant-facing body it saw so a test can scan them all for key leaks.
 */
public final class Api {

    private final HttpClient client;
    private final JsonMapper json;
    private final List<String> seenBodies = Collections.synchronizedList(new ArrayList<>());

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public record Reply(int status, String body, JsonMapper json) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            try {
                return json.readValue(body, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON object: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            try {
                return json.readValue(body, Argument.listOf(Map.class)).stream()
                        .map(m -> (Map<String, Object>) m).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON array: " + body, e);
            }
        }

        public String code() {
            return (String) map().get("code");
        }
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    public Reply post(String path, Object body, String token) {
        return send(HttpRequest.POST(path, body), token);
    }

    public Reply put(String path, Object body, String token) {
        return send(HttpRequest.PUT(path, body), token);
    }

    public Reply delete(String path, String token) {
        return send(HttpRequest.DELETE(path), token);
    }

    public Reply submit(long attemptId, Object body, String key, String token) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/attempts/" + attemptId + "/submit", body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request, token);
    }

    /** Sends a body exactly as given, for malformed JSON and oversized payloads. */
    public Reply raw(String method, String path, String rawBody, String token) {
        MutableHttpRequest<String> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(rawBody);
        return send(request, token);
    }

    public <T> Reply send(MutableHttpRequest<T> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            String body = response.getBody().orElse("");
            seenBodies.add(body);
            return new Reply(response.code(), body, json);
        } catch (HttpClientResponseException e) {
            String body = e.getResponse().getBody(String.class).orElse("");
            seenBodies.add(body);
            return new Reply(e.getStatus().getCode(), body, json);
        }
    }

    public List<String> seenBodies() {
        return List.copyOf(seenBodies);
    }
}
