package vn.dongnai.contest.system;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.TestServices;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edge settings that would quietly weaken the platform stop it at startup instead, saying why. */
class StartupRefusalTest {

    private static String refusal(String property, String value) {
        Map<String, Object> properties = new HashMap<>(TestServices.properties());
        properties.put(property, value);
        Exception failure = assertThrows(Exception.class, () -> {
            try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start()) {
                context.getEnvironment();
            }
        });
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void aMistypedTrustedProxyStopsTheAppNamingTheEntry() {
        String why = refusal("contest.trusted-proxies", "10.0.0.0/8, 10.0.0.300");

        assertTrue(why.contains("TRUSTED_PROXIES: '10.0.0.300'"), why);
    }

    @Test
    void aShortMonitoringPasswordStopsTheApp() {
        String why = refusal("contest.monitoring.password", "ngan-qua");

        assertTrue(why.contains("MONITORING_PASSWORD must have at least 16 characters"), why);
    }
}
