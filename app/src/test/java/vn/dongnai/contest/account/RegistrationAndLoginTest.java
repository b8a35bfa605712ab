package vn.dongnai.contest.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RegistrationAndLoginTest extends IntegrationTest {

    @Inject
    PersonalData personalData;

    private long accounts() {
        return sql.one("SELECT COUNT(*) AS n FROM account", rs -> rs.getLong("n")).orElseThrow();
    }

    @Test
    void registrationStoresPersonalDataOnlyAsHashAndCiphertextWithTheConsent() {
        String citizenId = Fixtures.citizenId(1990);
        String phone = Fixtures.phone();
        var reply = api.post("/api/register", Fixtures.registration("Trần Thị Bích", citizenId, "+84" + phone.substring(1)), null);

        assertEquals(201, reply.status(), reply.body());
        long id = ((Number) reply.map().get("participantId")).longValue();
        var row = sql.one("SELECT citizen_id_cipher, phone_cipher, consent_version, display_name FROM participant WHERE account_id = ?",
                rs -> new Object[]{rs.getBytes("citizen_id_cipher"), rs.getBytes("phone_cipher"), rs.getString("consent_version"), rs.getString("display_name")}, id).orElseThrow();
        assertFalse(new String((byte[]) row[0]).contains(citizenId));
        assertEquals(citizenId, personalData.decrypt((byte[]) row[0]));
        assertEquals(phone, personalData.decrypt((byte[]) row[1]), "+84 numbers are kept in national form");
        assertEquals("2025-11-01", row[2]);
        assertEquals("Trần T. B.", row[3]);
        String dump = sql.list("SELECT * FROM participant WHERE account_id = ?", rs -> {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                all.append(rs.getString(i)).append('|');
            }
            return all.toString();
        }, id).getFirst();
        assertFalse(dump.contains(citizenId) || dump.contains(phone), "no personal number in clear");
    }

    @Test
    void theConsentTextComesInVietnameseAndEnglishWithTheVersionTheFormSendsBack() {
        var consent = api.get("/api/consent", null);

        assertEquals(200, consent.status());
        assertEquals("2025-11-01", consent.map().get("version"));
        String vi = (String) consent.map().get("text");
        String en = (String) consent.map().get("textEn");
        assertTrue(vi.contains("91/2025/QH15") && vi.contains("356/2025/NĐ-CP") && vi.contains("số định danh cá nhân"), vi);
        assertTrue(Normalizer.isNormalized(vi, Normalizer.Form.NFC));
        assertTrue(en.contains("91/2025/QH15") && en.contains("citizen ID"), en);
    }

    @Test
    void aContestantLogsInWithPhoneOrCitizenIdAndRefreshTokensAreRevocable() {
        Fixtures.Contestant me = fixtures.contestant();

        var byPhone = api.post("/login", Map.of("username", me.phone(), "password", me.password()), null);
        var byCitizenId = api.post("/login", Map.of("username", me.citizenId(), "password", me.password()), null);
        assertEquals(200, byPhone.status());
        assertEquals(200, byCitizenId.status());
        assertNotNull(byPhone.map().get("refresh_token"));
        assertTrue(((Number) byPhone.map().get("expires_in")).intValue() <= 900);

        String refresh = (String) byPhone.map().get("refresh_token");
        var refreshed = api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null);
        assertEquals(200, refreshed.status(), refreshed.body());

        assertEquals(204, api.post("/api/logout", Map.of(), me.token()).status());
        var revoked = api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null);
        assertEquals(400, revoked.status(), revoked.body());
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        Fixtures.Contestant me = fixtures.contestant();
        assertEquals(401, api.post("/login", Map.of("username", me.phone(), "password", "sai-mat-khau-1"), null).status());
        assertEquals(401, api.post("/login", Map.of("username", "0999999999", "password", "whatever1"), null).status());
    }

    @Test
    void aCitizenIdOrPhoneCanRegisterOnlyOnce() {
        Fixtures.Contestant first = fixtures.contestant();
        long before = accounts();

        var sameCitizenId = api.post("/api/register", Fixtures.registration("Lê Văn Cường", first.citizenId(), Fixtures.phone()), null);
        var samePhone = api.post("/api/register", Fixtures.registration("Lê Văn Cường", Fixtures.citizenId(1990), first.phone()), null);

        assertEquals(409, sameCitizenId.status());
        assertEquals("ALREADY_REGISTERED", sameCitizenId.code());
        assertEquals(409, samePhone.status());
        assertEquals(before, accounts());
    }

    @Test
    void namesTypedInDecomposedFormAreStoredNormalized() {
        String nfd = Normalizer.normalize("Phạm Thị Hường", Normalizer.Form.NFD);
        String phone = Fixtures.phone();
        assertEquals(201, api.post("/api/register", Fixtures.registration(nfd, Fixtures.citizenId(1990), phone), null).status());

        var me = api.get("/api/me", fixtures.login(phone, "matkhau123")).map();

        assertEquals("Phạm Thị Hường", me.get("fullName"));
        assertTrue(Normalizer.isNormalized((String) me.get("fullName"), Normalizer.Form.NFC));
    }

    @Test
    void invalidFieldsAreAllReportedAtTheirFieldsInVietnameseAndNothingIsStored() {
        long before = accounts();
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Nguyễn Văn An", "123", "12345"));
        form.put("birthDate", "17/05/1990");
        form.put("group", "ALIENS");
        form.put("password", "short");
        form.put("email", "not-an-email");
        form.put("consent", Map.of("version", "2025-11-01", "accepted", false));

        var reply = api.post("/api/register", form, null);

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.code());
        Set<String> fields = ((List<?>) reply.map().get("errors")).stream()
                .map(e -> (String) ((Map<?, ?>) e).get("field")).collect(Collectors.toSet());
        assertEquals(Set.of("citizenId", "phone", "birthDate", "group", "password", "email", "consent"), fields);
        assertTrue(((String) reply.map().get("message")).contains("hợp lệ"));
        assertEquals(before, accounts());
    }

    @Test
    void aCitizenIdMustStartWithAProvinceCodeAndMatchTheBirthYear() {
        String phone = Fixtures.phone();
        var badProvince = api.post("/api/register", Fixtures.registration("Nguyễn Văn An", "003090001234", phone), null);
        var wrongYear = api.post("/api/register", Fixtures.registration("Nguyễn Văn An", Fixtures.citizenId(1985), phone), null);

        assertEquals(422, badProvince.status());
        assertEquals("citizenId", ((Map<?, ?>) ((List<?>) badProvince.map().get("errors")).getFirst()).get("field"));
        assertEquals(422, wrongYear.status());
    }

    @Test
    void consentToAnOutdatedTextIsRefused() {
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Nguyễn Văn An", Fixtures.citizenId(1990), Fixtures.phone()));
        form.put("consent", Map.of("version", "2020-01-01", "accepted", true));

        var reply = api.post("/api/register", form, null);

        assertEquals(422, reply.status());
        assertEquals("consent.version", ((Map<?, ?>) ((List<?>) reply.map().get("errors")).getFirst()).get("field"));
    }

    @Test
    void repeatedLoginsForOneUsernameAreRateLimited() {
        String username = Fixtures.phone();
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            if (api.post("/login", Map.of("username", username, "password", "wrong-pass-1"), null).status() == 429) {
                limited++;
            }
        }
        assertEquals(2, limited, "the 11th and 12th tries within a minute are refused");
    }

    @Test
    void theFirstAdminCanLogInWithTheConfiguredPassword() {
        var reply = api.post("/login", Map.of("username", "admin", "password", "Admin-test-1234"), null);
        assertEquals(200, reply.status(), reply.body());
        var me = api.get("/api/me", (String) reply.map().get("access_token")).map();
        assertTrue(((List<?>) me.get("roles")).contains("ADMIN"));
    }

    @Test
    void keyedHashesDifferByKindSoAPhoneNeverCollidesWithACitizenId() {
        assertFalse(java.util.Arrays.equals(personalData.hash("cid", "0912345678"), personalData.hash("phone", "0912345678")));
        assertArrayEquals(personalData.hash("phone", "0912345678"), personalData.hash("phone", "0912345678"));
    }
}
