package vn.dongnai.contest.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.dongnai.contest.system.Sql;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests that run the whole app over HTTP against real MySQL and Redis: the services
 * from {@link TestServices}, an {@link Api} on the embedded server, {@link Fixtures} and {@link Staff}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient client;
    @Inject
    protected JsonMapper json;
    @Inject
    protected ApplicationContext context;
    @Inject
    protected Sql sql;

    protected Api api;
    protected Fixtures fixtures;
    protected Staff staff;

    @BeforeAll
    void connectApi() {
        api = new Api(client, json);
        fixtures = new Fixtures(context, api);
        staff = new Staff(api, fixtures);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>();
        TestServices.properties().forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }
}
