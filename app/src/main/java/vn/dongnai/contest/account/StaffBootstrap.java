package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.Sql;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Creates the first ADMIN on first start: the password comes from ADMIN_PASSWORD, or is
 * generated and printed once (it is never stored in clear anywhere).
 */
@Singleton
class StaffBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(StaffBootstrap.class);
    static final String ADMIN_USERNAME = "admin";

    private final Accounts accounts;
    private final Sql sql;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final String configuredPassword;

    StaffBootstrap(Accounts accounts, Sql sql, Passwords passwords, AuditLog audit, Clock clock,
                   @Value("${contest.admin.password:}") @Nullable String configuredPassword) {
        this.accounts = accounts;
        this.sql = sql;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Order(1)
    void onStartup(StartupEvent event) {
        if (accounts.byUsername(ADMIN_USERNAME).isPresent()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        // ADMIN is platform-wide (staff/GrantRule): the first admin needs no contest grants
        String roles = String.join(",", Role.ADMIN, Role.ORGANIZER, Role.COMMITTEE);
        long adminId = sql.insert("""
                INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at)
                VALUES (?, ?, ?, ?, TRUE, ?)""",
                ADMIN_USERNAME, "Quản trị hệ thống", passwords.hash(password), roles, clock.instant());
        audit.record(null, "system", "STAFF_CREATED", "account", adminId, null,
                java.util.Map.of("username", ADMIN_USERNAME, "roles", roles));
        if (generated) {
            System.out.println("""

                    ================================================================
                     Organizer login created: username "admin", password "%s"
                     (shown only this once; set ADMIN_PASSWORD to choose it yourself)
                    ================================================================
                    """.formatted(password));
        } else {
            LOG.info("Organizer login created: username \"admin\" with the password from ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
