package vn.dongnai.contest.staff;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.IntegrationTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V12 on a database as it stood before grants existed: the staff there keep reaching the contest
 * there (the demo contest), role by role, and the contest's organizing unit is the organizer it named.
 * Runs the real migrations on a throw-away schema beside the test database.
 */
@MicronautTest(transactional = false)
class GrantMigrationTest extends IntegrationTest {

    @Test
    void existingOrganizerAndCommitteeAccountsAreGrantedTheExistingContest() throws SQLException {
        String url = context.getRequiredProperty("datasources.default.url", String.class);
        String user = context.getRequiredProperty("datasources.default.username", String.class);
        String password = context.getProperty("datasources.default.password", String.class).orElse("");
        String schema = "grants_v11_" + ProcessHandle.current().pid();
        String scratch = url.replaceFirst("/[^/?]+(\\?|$)", "/" + schema + "$1");
        sql.update("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            Flyway.configure().dataSource(scratch, user, password).locations("classpath:db/migration")
                    .target("11").load().migrate();
            try (Connection c = DriverManager.getConnection(scratch, user, password); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at) VALUES "
                        + "('admin', 'Quản trị', 'x', 'ADMIN,ORGANIZER,COMMITTEE', TRUE, UTC_TIMESTAMP(3)),"
                        + "('btc', 'Ban tổ chức', 'x', 'ORGANIZER', TRUE, UTC_TIMESTAMP(3)),"
                        + "('chutich', 'Chủ tịch', 'x', 'COMMITTEE,COMMITTEE_CHAIR', TRUE, UTC_TIMESTAMP(3)),"
                        + "('hotro', 'Hỗ trợ', 'x', 'SUPPORT', TRUE, UTC_TIMESTAMP(3)),"
                        + "(NULL, 'Thí sinh', 'x', 'CONTESTANT', TRUE, UTC_TIMESTAMP(3))");
                s.executeUpdate("INSERT INTO bank (name, created_at) VALUES ('Ngân hàng', UTC_TIMESTAMP(3))");
                s.executeUpdate("INSERT INTO contest (slug, name, organizer, bank_id, status, created_at, updated_at) "
                        + "VALUES ('demo', 'Cuộc thi', ' Sở Khoa học và Công nghệ ', (SELECT id FROM bank), 'PUBLISHED', "
                        + "UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))");
            }
            Flyway.configure().dataSource(scratch, user, password).locations("classpath:db/migration")
                    .target("12").load().migrate();
            try (Connection c = DriverManager.getConnection(scratch, user, password); Statement s = c.createStatement()) {
                List<String> grants = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT a.username, g.role FROM staff_grant g JOIN account a ON a.id = g.account_id "
                        + "JOIN contest c ON c.id = g.contest_id WHERE c.slug = 'demo' ORDER BY a.username, g.role")) {
                    while (rs.next()) {
                        grants.add(rs.getString("username") + ":" + rs.getString("role"));
                    }
                }
                assertEquals(List.of("admin:COMMITTEE", "admin:ORGANIZER", "btc:ORGANIZER", "chutich:COMMITTEE",
                        "chutich:COMMITTEE_CHAIR"), grants);
                try (ResultSet rs = s.executeQuery("SELECT organizing_unit FROM contest WHERE slug = 'demo'")) {
                    rs.next();
                    assertEquals("Sở Khoa học và Công nghệ", rs.getString("organizing_unit"));
                }
            }
        } finally {
            sql.update("DROP DATABASE IF EXISTS " + schema);
        }
    }
}
