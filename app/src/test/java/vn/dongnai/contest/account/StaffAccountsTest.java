package vn.dongnai.contest.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@StaffLogins
class StaffAccountsTest extends IntegrationTest {

    private Api.Reply login(String username, String password) {
        return api.post("/login", Map.of("username", username, "password", password), null);
    }

    @Test
    void anAdminCreatesAStaffMemberWhoLogsInWithExactlyTheGivenRoles() {
        String username = Staff.username();
        var created = api.post("/api/admin/staff", Map.of("username", username, "fullName", "Lê Văn Cường",
                "roles", List.of("committee"), "password", "Hoidong-2025x"), staff.adminToken());

        assertEquals(201, created.status(), created.body());
        Map<?, ?> view = (Map<?, ?>) created.map().get("staff");
        assertEquals(List.of("COMMITTEE"), view.get("roles"));
        assertEquals(null, created.map().get("temporaryPassword"), "nothing generated when the admin chose the password");
        var token = login(username, "Hoidong-2025x");
        assertEquals(200, token.status());
        assertEquals(List.of("COMMITTEE"), api.get("/api/me", (String) token.map().get("access_token")).map().get("roles"));
        assertEquals(1, Staff.audited(sql, "STAFF_CREATED", "account", view.get("id")));
    }

    @Test
    void withoutAPasswordTheServerGeneratesATemporaryOneShownOnlyInTheReply() {
        String username = Staff.username();
        var created = api.post("/api/admin/staff", Map.of("username", username, "fullName", "Phạm Thu Hà",
                "roles", List.of("ORGANIZER")), staff.adminToken());

        assertEquals(201, created.status(), created.body());
        String temporary = (String) created.map().get("temporaryPassword");
        assertNotNull(temporary);
        assertEquals(200, login(username, temporary).status());
        assertFalse(api.get("/api/admin/staff", staff.adminToken()).body().contains(temporary));
        assertFalse(sql.list("SELECT after_json FROM audit_log WHERE action = 'STAFF_CREATED'", rs -> rs.getString("after_json"))
                .stream().anyMatch(a -> a.contains(temporary)), "no password in the audit log");
    }

    @Test
    void invalidStaffFieldsAreAllReportedAndNothingIsStored() {
        long before = sql.one("SELECT COUNT(*) AS n FROM account", rs -> rs.getLong("n")).orElseThrow();

        var refused = api.post("/api/admin/staff", Map.of("username", "A b", "fullName", "",
                "roles", List.of("ROOT"), "password", "short1"), staff.adminToken());

        assertEquals(422, refused.status());
        List<?> fields = ((List<?>) refused.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("username", "fullName", "roles", "password"), fields);
        assertEquals(before, sql.one("SELECT COUNT(*) AS n FROM account", rs -> rs.getLong("n")).orElseThrow());
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Staff.Member member = staff.create("ORGANIZER");

        var again = api.post("/api/admin/staff", Map.of("username", member.username(), "fullName", "Phạm Thu Hà",
                "roles", List.of("ORGANIZER")), staff.adminToken());

        assertEquals(409, again.status());
        assertEquals("USERNAME_TAKEN", again.code());
    }

    @Test
    void disablingAStaffMemberEndsTheirSessionsAndLogins() {
        Staff.Member member = staff.create("ORGANIZER");
        String refresh = (String) login(member.username(), member.password()).map().get("refresh_token");

        var disabled = api.post("/api/admin/staff/" + member.id() + "/disable", Map.of(), staff.adminToken());

        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(false, disabled.map().get("enabled"));
        var refreshed = api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null);
        assertEquals(400, refreshed.status(), "the refresh token was revoked");
        assertEquals(401, login(member.username(), member.password()).status());
        assertEquals(1, Staff.audited(sql, "STAFF_DISABLED", "account", member.id()));
        assertEquals(200, api.post("/api/admin/staff/" + member.id() + "/enable", Map.of(), staff.adminToken()).status());
        assertEquals(200, login(member.username(), member.password()).status());
        assertEquals(1, Staff.audited(sql, "STAFF_ENABLED", "account", member.id()));
    }

    @Test
    void rolesAreReplacedAndTheChangeIsAuditedWithBeforeAndAfter() {
        Staff.Member member = staff.create("ORGANIZER");

        var changed = api.put("/api/admin/staff/" + member.id() + "/roles", Map.of("roles", List.of("COMMITTEE", "ORGANIZER")),
                staff.adminToken());

        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("ORGANIZER", "COMMITTEE"), changed.map().get("roles"));
        String[] entry = sql.one("SELECT before_json, after_json FROM audit_log WHERE action = 'STAFF_ROLES_CHANGED' AND entity_id = ?",
                rs -> new String[]{rs.getString("before_json"), rs.getString("after_json")}, String.valueOf(member.id())).orElseThrow();
        assertTrue(entry[0].contains("[\"ORGANIZER\"]"), entry[0]);
        assertTrue(entry[1].contains("[\"ORGANIZER\",\"COMMITTEE\"]"), entry[1]);
    }

    @Test
    void anAdminCannotDisableOrDemoteThemself() {
        Staff.Member admin = staff.create("ADMIN");

        var disable = api.post("/api/admin/staff/" + admin.id() + "/disable", Map.of(), admin.token());
        var demote = api.put("/api/admin/staff/" + admin.id() + "/roles", Map.of("roles", List.of("ORGANIZER")), admin.token());

        assertEquals("CANNOT_DISABLE_SELF", disable.code());
        assertEquals("CANNOT_DEMOTE_SELF", demote.code());
    }

    @Test
    void contestantAccountsCannotBeManagedAsStaff() {
        Fixtures.Contestant contestant = fixtures.contestant();

        assertEquals(404, api.post("/api/admin/staff/" + contestant.id() + "/password-reset", Map.of(), staff.adminToken()).status());
        assertEquals(404, api.post("/api/admin/staff/" + contestant.id() + "/disable", Map.of(), staff.adminToken()).status());
    }

    @Test
    void afterFiveWrongPasswordsAStaffAccountIsLockedFromThatAddressEvenAgainstTheRightPassword() {
        Staff.Member member = staff.create("COMMITTEE");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(member.username(), "Sai-matkhau-" + i).status());
        }

        assertEquals("LOGIN_LOCKED", login(member.username(), member.password()).code(), "locked");
        assertEquals(1, Staff.audited(sql, "STAFF_LOCKED", "account", member.id()));

        sql.update("UPDATE login_failure SET locked_until = ? WHERE account_id = ?", Instant.now().minusSeconds(1), member.id());
        assertEquals(200, login(member.username(), member.password()).status(), "the lock runs out");
    }

    @Test
    void fewerFailuresThanTheLimitAreForgottenAfterASuccessfulLogin() {
        Staff.Member member = staff.create("COMMITTEE");
        for (int i = 0; i < 4; i++) {
            login(member.username(), "Sai-matkhau-" + i);
        }
        assertEquals(200, login(member.username(), member.password()).status());

        for (int i = 0; i < 4; i++) {
            login(member.username(), "Sai-matkhau-" + i);
        }

        assertEquals(200, login(member.username(), member.password()).status());
    }

    @Test
    void aFewWrongPasswordsDoNotLockAContestant() {
        Fixtures.Contestant contestant = fixtures.contestant();
        for (int i = 0; i < 6; i++) {
            login(contestant.phone(), "sai-mat-khau-" + i);
        }

        assertEquals(200, login(contestant.phone(), contestant.password()).status());
    }

    @Test
    void aPasswordResetGivesATemporaryPasswordEndsSessionsAndLiftsALockout() {
        Staff.Member member = staff.create("ORGANIZER");
        String refresh = (String) login(member.username(), member.password()).map().get("refresh_token");
        for (int i = 0; i < 5; i++) {
            login(member.username(), "Sai-matkhau-" + i);
        }

        var reset = api.post("/api/admin/staff/" + member.id() + "/password-reset", Map.of(), staff.adminToken());

        assertEquals(200, reset.status(), reset.body());
        String temporary = (String) reset.map().get("temporaryPassword");
        assertEquals(200, login(member.username(), temporary).status());
        assertEquals(401, login(member.username(), member.password()).status());
        assertEquals(400, api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null).status());
        assertEquals(1, Staff.audited(sql, "STAFF_PASSWORD_RESET", "account", member.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMITTEE", "COMMITTEE_CHAIR"})
    void aStaffMemberChangesTheirOwnPasswordKnowingTheCurrentOne(String role) {
        Staff.Member member = staff.create(role);

        var wrong = api.post("/api/admin/me/password", Map.of("currentPassword", "not-it-123", "newPassword", "Moi-matkhau-2025"),
                member.token());
        var changed = api.post("/api/admin/me/password", Map.of("currentPassword", member.password(),
                "newPassword", "Moi-matkhau-2025"), member.token());

        assertEquals(422, wrong.status());
        assertEquals("currentPassword", ((Map<?, ?>) ((List<?>) wrong.map().get("errors")).getFirst()).get("field"));
        assertEquals(200, changed.status(), changed.body());
        assertNotNull(changed.map().get("access_token"), "the answer carries the new session");
        assertEquals(401, login(member.username(), member.password()).status());
        assertEquals(200, login(member.username(), "Moi-matkhau-2025").status());
        // the first change replaced the one-time password at first login
        assertEquals(2, Staff.audited(sql, "STAFF_PASSWORD_CHANGED", "account", member.id()));
    }

    @Test
    void aNewStaffMemberMayOnlyChangeTheOneTimePasswordUntilTheyHave() {
        Staff.Member fresh = staff.createWithOneTimePassword("ORGANIZER");

        var refused = api.get("/api/admin/contests", fresh.token());
        var status = api.get("/api/admin/me/password-status", fresh.token());

        assertEquals(403, refused.status(), refused.body());
        assertEquals("PASSWORD_CHANGE_REQUIRED", refused.code());
        assertTrue(((String) refused.map().get("message")).contains("đổi mật khẩu"), refused.body());
        assertEquals(true, status.map().get("changeRequired"));
        assertEquals(200, api.get("/api/me", fresh.token()).status(), "who am I still answers, for the console's header");

        var changed = api.post("/api/admin/me/password", Map.of("currentPassword", fresh.password(),
                "newPassword", "Cua-toi-2025x"), fresh.token());

        assertEquals(200, changed.status(), changed.body());
        String renewed = (String) changed.map().get("access_token");
        assertEquals(200, api.get("/api/admin/contests", renewed).status(), "the new session the answer carries goes on");
        assertEquals(false, api.get("/api/admin/me/password-status", renewed).map().get("changeRequired"));
    }

    @Test
    void aPasswordResetMakesTheOwnerChangeThePasswordAgain() {
        Staff.Member member = staff.create("ORGANIZER");
        assertEquals(false, api.get("/api/admin/me/password-status", member.token()).map().get("changeRequired"));

        var reset = api.post("/api/admin/staff/" + member.id() + "/password-reset", Map.of(), staff.adminToken());
        String token = (String) login(member.username(), (String) reset.map().get("temporaryPassword")).map().get("access_token");

        assertEquals("PASSWORD_CHANGE_REQUIRED", api.get("/api/admin/contests", token).code());
        var listed = api.get("/api/admin/staff", staff.adminToken()).list().stream()
                .filter(m -> ((Number) m.get("id")).longValue() == member.id()).findFirst().orElseThrow();
        assertEquals(true, listed.get("passwordChangeRequired"), "the staff list says who has not changed it yet");
    }
}
