package vn.dongnai.contest.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.Set;

/**
 * Who may read the platform's insides (health details, metrics): a scraper holding the
 * monitoring credential, or an ADMIN. Everybody else, contestants included, sees only UP or DOWN.
 */
final class Monitoring {

    /** The role of a request that presented MONITORING_USER / MONITORING_PASSWORD. */
    static final String ROLE = "MONITORING";
    /** The management endpoints: the only paths where the monitoring credential means anything. */
    static final Set<String> PATHS = Set.of("/health", "/prometheus", "/metrics", "/info");

    private Monitoring() {
    }

    static boolean isMonitoringPath(String path) {
        for (String root : PATHS) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    static boolean mayReadDetails(@Nullable Principal principal) {
        return principal instanceof Authentication authentication
                && (authentication.getRoles().contains(ROLE) || authentication.getRoles().contains("ADMIN"));
    }
}
