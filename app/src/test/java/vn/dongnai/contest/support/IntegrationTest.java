package vn.dongnai.contest.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Base of the tests that run the whole app over HTTP against real MySQL and Redis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new java.util.HashMap<>();
        TestServices.properties().forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }
}
