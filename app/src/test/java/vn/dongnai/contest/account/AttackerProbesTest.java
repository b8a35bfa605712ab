package vn.dongnai.contest.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.TestServices;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an attacker tried against a prize contest, over HTTP: a number typed many ways, guessing a
 * contestant's password, sessions that outlived logout and disabling, long passwords, loose consent
 * and hidden characters. Each test failed on the code before issue 13.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "10")
@Property(name = "contest.login.lockout.max-failures", value = "5")
class AttackerProbesTest extends IntegrationTest {

    private Api.Reply login(String username, String password) {
        return api.post("/login", Map.of("username", username, "password", password), null);
    }

    private static String spaced(String phone) {
        return "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
    }

    private static String dotted(String phone) {
        return phone.substring(0, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7);
    }

    private static String bracketed(String phone) {
        return "(" + phone.substring(0, 4) + ") " + phone.substring(4);
    }

    @Test
    void aNumberTypedThreeWaysSharesOneLimitOfGuesses() {
        String phone = Fixtures.phone();
        List<String> forms = List.of(dotted(phone), spaced(phone), bracketed(phone));
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(forms.get(i % 3), "doan-mo-" + i).status(), "guess " + i);
        }

        assertEquals("TOO_MANY_REQUESTS", login(phone, "doan-mo-x").code());
    }

    @Test
    void aPhoneAndACitizenIdOfOnePersonShareTheirLimitBecauseTheyKeyOnTheAccount() {
        Fixtures.Contestant person = fixtures.contestant();
        // 4 wrong each way stays under the lockout of 5 per address… but not under 10 per account
        for (int i = 0; i < 4; i++) {
            login(dotted(person.phone()), "sai-" + i);
        }
        sql.update("DELETE FROM login_failure WHERE account_id = ?", person.id());
        for (int i = 0; i < 4; i++) {
            login(person.citizenId(), "sai-" + i);
        }
        sql.update("DELETE FROM login_failure WHERE account_id = ?", person.id());
        login(spaced(person.phone()), "sai-8");
        login(bracketed(person.phone()), "sai-9");

        assertEquals("TOO_MANY_REQUESTS", login(person.phone(), person.password()).code());
    }

    @Test
    void repeatedWrongPasswordsLockAContestantFromThatAddressWithTheTimeItLifts() {
        Fixtures.Contestant person = fixtures.contestant();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(i % 2 == 0 ? dotted(person.phone()) : person.citizenId(), "sai-" + i).status());
        }

        Api.Reply locked = login(person.phone(), person.password());

        assertEquals(429, locked.status(), locked.body());
        assertEquals("LOGIN_LOCKED", locked.code());
        assertTrue(((String) locked.map().get("message")).contains("giờ Việt Nam"), locked.body());
        Map<?, ?> details = (Map<?, ?>) locked.map().get("details");
        assertTrue(Instant.parse((String) details.get("lockedUntil")).isAfter(Instant.now().plusSeconds(60)));
        assertEquals(1, Staff.audited(sql, "LOGIN_LOCKED", "account", person.id()));

        sql.update("UPDATE login_failure SET locked_until = ? WHERE account_id = ?", Instant.now().minusSeconds(1), person.id());
        assertEquals(200, login(person.phone(), person.password()).status(), "the lock runs out");
    }

    @Test
    void aLockFromOneAddressDoesNotKeepTheOwnerOutFromAnother() {
        Fixtures.Contestant person = fixtures.contestant();
        // somebody guessed from elsewhere until locked out there
        sql.update("INSERT INTO login_failure (account_id, address_hash, failures, first_failed_at, locked_until, locks) "
                + "VALUES (?, ?, 0, ?, ?, 1)", person.id(), new byte[32], Instant.now(), Instant.now().plusSeconds(900));

        assertEquals(200, login(person.phone(), person.password()).status());
    }

    @Test
    void logoutEndsTheAccessTokenAtOnceNotOnlyTheRefreshToken() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, api.get("/api/me", person.token()).status());

        assertEquals(204, api.post("/api/logout", Map.of(), person.token()).status());

        assertEquals(401, api.get("/api/me", person.token()).status());
        assertEquals(200, api.get("/api/me", fixtures.login(person.phone(), person.password())).status(), "a new login works");
    }

    @Test
    void disablingAStaffMemberEndsTheirAccessTokenAtOnce() {
        Staff.Member organizer = staff.create("ORGANIZER");
        assertEquals(200, api.get("/api/admin/contests", organizer.token()).status());

        assertEquals(200, api.post("/api/admin/staff/" + organizer.id() + "/disable", Map.of(), staff.adminToken()).status());

        assertEquals(401, api.get("/api/admin/contests", organizer.token()).status());
    }

    @Test
    void aRemovedRoleStopsWorkingAtOnce() {
        Staff.Member member = staff.create("ORGANIZER");
        assertEquals(200, api.get("/api/admin/contests", member.token()).status());

        assertEquals(200, api.put("/api/admin/staff/" + member.id() + "/roles", Map.of("roles", List.of("COMMITTEE")),
                staff.adminToken()).status());

        assertEquals(401, api.post("/api/admin/contests", Map.of("name", "Cuộc thi thử"), member.token()).status());
    }

    @Test
    void aPasswordResetEndsTheAccessToken() {
        Staff.Member member = staff.create("COMMITTEE");

        api.post("/api/admin/staff/" + member.id() + "/password-reset", Map.of(), staff.adminToken());

        assertEquals(401, api.get("/api/admin/contests", member.token()).status());
    }

    @Test
    void changingOnesOwnPasswordEndsOtherSessionsAndAnswersWithANewOne() {
        Staff.Member member = staff.create("ORGANIZER");
        String otherDevice = fixtures.login(member.username(), member.password());

        Api.Reply changed = api.post("/api/admin/me/password",
                Map.of("currentPassword", member.password(), "newPassword", "Mat-khau-moi-2026"), member.token());

        assertEquals(200, changed.status(), changed.body());
        assertEquals(401, api.get("/api/admin/contests", otherDevice).status());
        assertEquals(401, api.get("/api/admin/contests", member.token()).status());
        assertEquals(200, api.get("/api/admin/contests", (String) changed.map().get("access_token")).status());
    }

    @Test
    void aSessionEndedOnOneNodeEndsOnAnotherWithinSeconds() throws Exception {
        Map<String, Object> props = new HashMap<>(TestServices.properties());
        props.put("micronaut.server.port", -1);
        try (ApplicationContext other = ApplicationContext.run(props, "test");
             EmbeddedServer second = other.getBean(EmbeddedServer.class).start();
             HttpClient secondClient = HttpClient.create(second.getURL())) {
            Api secondNode = new Api(secondClient, json);
            Fixtures.Contestant person = fixtures.contestant();
            assertEquals(200, secondNode.get("/api/me", person.token()).status());

            api.post("/api/logout", Map.of(), person.token());

            long deadline = System.currentTimeMillis() + 5_000;
            int status = 200;
            while (status == 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                status = secondNode.get("/api/me", person.token()).status();
            }
            assertEquals(401, status, "the second node still accepted the ended session after 5 s");
        }
    }

    @Test
    void aLongVietnamesePasswordRegistersAndLogsInWithEveryCharacterCounting() {
        String password = "Mật khẩu dài của tôi gồm đúng sáu mươi bốn ký tự có dấu 2026 ạ!!";
        assertEquals(64, password.length());
        assertTrue(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72);
        String phone = Fixtures.phone();
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Trần Thị Bình", Fixtures.citizenId(1990), phone));
        form.put("password", password);

        assertEquals(201, api.post("/api/register", form, null).status());
        assertEquals(200, login(phone, password).status());
        // a password that differs only after the 72nd byte is a different password
        assertEquals(401, login(phone, password.substring(0, 63) + "?").status());
    }

    @Test
    void aStaffPasswordOfSixtyFourVietnameseCharactersIsAccepted() {
        String password = "Mật khẩu cán bộ thật dài có dấu tiếng Việt số 1234567890 nhé ạ!";
        Api.Reply created = api.post("/api/admin/staff", Map.of("username", Staff.username(), "fullName", "Lê Văn Cường",
                "roles", List.of("COMMITTEE"), "password", password), staff.adminToken());

        assertEquals(201, created.status(), created.body());
    }

    @Test
    void anOverlongPasswordAtLoginIsAnOrdinaryWrongPassword() {
        Fixtures.Contestant person = fixtures.contestant();

        assertEquals(401, login(person.phone(), "á".repeat(100)).status());
        assertEquals(401, login(person.phone(), "x".repeat(5000)).status());
        assertEquals(401, login("khong-co-ai", "ằ".repeat(300)).status());
    }

    @Test
    void aPasswordOverTheLimitIsRefusedWithTheLimitInCharacters() {
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Trần Thị Bình", Fixtures.citizenId(1990), Fixtures.phone()));
        form.put("password", "mật khẩu 1".repeat(7));

        Api.Reply refused = api.post("/api/register", form, null);

        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("64 ký tự"), refused.body());
    }

    @Test
    void hashesMadeBeforeTheLongPasswordStrategyStillMatch() {
        Passwords passwords = new Passwords();
        String old = BCrypt.withDefaults().hashToString(10, "matkhau-cu-123".toCharArray());

        assertTrue(passwords.matches("matkhau-cu-123", old));
        assertTrue(!passwords.matches("matkhau-cu-124", old));
    }

    @Test
    void consentCountsOnlyAsJsonTrue() {
        for (Object accepted : List.of(1, "true", List.of(true), "yes")) {
            Map<String, Object> form = new HashMap<>(Fixtures.registration("Phạm Văn Dũng", Fixtures.citizenId(1990), Fixtures.phone()));
            form.put("consent", Map.of("version", "2025-11-01", "accepted", accepted));

            Api.Reply refused = api.post("/api/register", form, null);

            assertEquals(422, refused.status(), "accepted = " + accepted);
            assertTrue(refused.body().contains("\"consent\""), refused.body());
        }
    }

    @Test
    void hiddenAndDirectionChangingCharactersInTextThatBoardsShowAreRefusedAtTheirField() {
        Map<String, String> hostile = Map.of(
                "commune", "Phường Trấn\u200B Biên",
                "unit", "Sở Khoa học\u202E và Công nghệ");
        for (var field : hostile.entrySet()) {
            Map<String, Object> form = new HashMap<>(Fixtures.registration("Phạm Văn Dũng", Fixtures.citizenId(1990), Fixtures.phone()));
            form.put(field.getKey(), field.getValue());

            Api.Reply refused = api.post("/api/register", form, null);

            assertEquals(422, refused.status(), field.getKey());
            assertTrue(refused.body().contains("\"field\":\"" + field.getKey() + "\""), refused.body());
            assertTrue(refused.body().contains("HIDDEN_CHARACTERS"), refused.body());
        }
        Map<String, Object> bell = new HashMap<>(Fixtures.registration("Phạm Văn Dũng", Fixtures.citizenId(1990), Fixtures.phone()));
        bell.put("unit", "Sở \u0007Khoa học");
        assertEquals(422, api.post("/api/register", bell, null).status());
    }

    @Test
    void hiddenCharactersAreRefusedInWhatOrganizersPublishTooButMarkdownKeepsItsLines() {
        String organizer = staff.organizer();
        Map<String, Object> contest = new HashMap<>(Map.of("slug", "an-" + System.nanoTime(), "name", "Cuộc thi\u200B thử",
                "organizer", "Sở Khoa học và Công nghệ", "rulesMd", "# Thể lệ\n\nĐiều 1.\u202E", "bankId", 1));

        Api.Reply refused = api.post("/api/admin/contests", contest, organizer);

        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"name\",\"code\":\"HIDDEN_CHARACTERS\""), refused.body());
        assertTrue(refused.body().contains("\"field\":\"rulesMd\",\"code\":\"HIDDEN_CHARACTERS\""), refused.body());
        Api.Reply unit = api.post("/api/admin/catalog/units", Map.of("name", "Sở Y\u2066 tế"), organizer);
        assertEquals(422, unit.status(), unit.body());
        assertTrue(unit.body().contains("HIDDEN_CHARACTERS"), unit.body());
    }

    @Test
    void aNormalRegistrationStillPasses() {
        Api.Reply ok = api.post("/api/register",
                Fixtures.registration("Phạm Văn Dũng", Fixtures.citizenId(1990), Fixtures.phone()), null);

        assertEquals(201, ok.status(), ok.body());
    }
}
