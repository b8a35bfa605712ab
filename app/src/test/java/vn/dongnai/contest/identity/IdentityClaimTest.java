package vn.dongnai.contest.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Somebody registered another person's citizen ID first. The real person learns how to claim it,
 * files a claim, the committee checks their papers and transfers the identity: the squatter is
 * disabled and told why, their entries leave the boards, and the real person registers.
 */
@MicronautTest(transactional = false)
class IdentityClaimTest extends IntegrationTest {

    private String committee;
    private String organizer;

    @BeforeAll
    void staffLogins() {
        committee = staff.committee();
        organizer = staff.organizer();
    }

    private Map<String, Object> claim(String citizenId, String fullName) {
        return Map.of("citizenId", citizenId, "fullName", fullName, "contact", "0987654321",
                "note", "Tôi chưa từng đăng ký, nhưng số định danh đã bị dùng.");
    }

    /** The board's size once it reaches {@code expected} (it learns of changes just after commit), or after 5 s. */
    private int boardSize(long roundId, int expected) throws InterruptedException {
        int size = -1;
        for (int i = 0; i < 50 && size != expected; i++) {
            size = api.get("/api/rounds/" + roundId + "/leaderboard", null).list().size();
            if (size != expected) {
                Thread.sleep(100);
            }
        }
        return size;
    }

    @Test
    void theAlreadyRegisteredAnswerSaysHowToClaimTheIdentity() {
        Fixtures.Contestant squatter = fixtures.contestant();
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Lý Thị Thật", squatter.citizenId(), Fixtures.phone()));

        Api.Reply taken = api.post("/api/register", form, null);

        assertEquals(409, taken.status());
        assertEquals("ALREADY_REGISTERED", taken.code());
        assertTrue(((String) taken.map().get("message")).contains("yêu cầu xác minh danh tính"), taken.body());
        assertEquals("/api/identity-claims", ((Map<?, ?>) taken.map().get("details")).get("identityClaim"));
    }

    @Test
    void aClaimGetsTheSameAnswerWhetherOrNotTheNumberIsRegistered() {
        Fixtures.Contestant holder = fixtures.contestant();

        Api.Reply registered = api.post("/api/identity-claims", claim(holder.citizenId(), "Lý Thị Thật"), null);
        Api.Reply unregistered = api.post("/api/identity-claims", claim(Fixtures.citizenId(1990), "Lý Thị Thật"), null);

        assertEquals(202, registered.status(), registered.body());
        assertEquals(202, unregistered.status());
        assertEquals(registered.map().keySet(), unregistered.map().keySet());
        assertEquals(((String) registered.map().get("message")).replaceAll("\\d+", "N"),
                ((String) unregistered.map().get("message")).replaceAll("\\d+", "N"));
    }

    @Test
    void aClaimIsValidatedFieldByField() {
        Api.Reply bad = api.post("/api/identity-claims", Map.of("citizenId", "12", "fullName", "", "contact", "không rõ",
                "note", "a\u202Eb"), null);

        assertEquals(422, bad.status());
        List<?> fields = ((List<?>) bad.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("citizenId", "fullName", "contact", "note"), fields);
    }

    @Test
    void theCommitteeTransfersAnIdentityAfterCheckingPapersAndTheSquatterLeavesTheBoards() throws Exception {
        var round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Fixtures.Contestant squatter = fixtures.contestant();
        Attempts attempts = new Attempts(api, sql);
        long attemptId = attempts.start(round.id(), squatter, "Điện thoại");
        long first = attempts.versions(attemptId).getFirst();
        attempts.answer(attemptId, first, attempts.keyOf(first), squatter);
        attempts.submit(attemptId, squatter);
        assertEquals(1, boardSize(round.id(), 1));
        Api.Reply filed = api.post("/api/identity-claims", claim(squatter.citizenId(), "Lý Thị Thật"), null);
        long claimId = ((Number) filed.map().get("claimId")).longValue();

        List<Map<String, Object>> queue = api.get("/api/admin/identity-claims?status=OPEN", organizer).list();
        Map<String, Object> listed = queue.stream().filter(c -> ((Number) c.get("id")).longValue() == claimId).findFirst().orElseThrow();
        assertEquals(squatter.id(), ((Number) listed.get("holderAccountId")).longValue());
        assertFalse(api.get("/api/admin/identity-claims", organizer).body().contains(squatter.citizenId()), "masked");
        assertEquals(403, api.post("/api/admin/identity-claims/" + claimId + "/transfer",
                Map.of("reason", "Đã xem CCCD gốc"), organizer).status(), "organizers do not decide claims");
        assertEquals("0987654321", api.post("/api/admin/identity-claims/" + claimId + "/contact",
                Map.of("reason", "Gọi lại cho người yêu cầu"), committee).map().get("contact"));

        Api.Reply transferred = api.post("/api/admin/identity-claims/" + claimId + "/transfer",
                Map.of("reason", "Đã đối chiếu CCCD gốc tại Sở KH&CN"), committee);

        assertEquals(200, transferred.status(), transferred.body());
        Api.Reply squatterLogin = api.post("/login", Map.of("username", squatter.phone(), "password", squatter.password()), null);
        assertEquals(403, squatterLogin.status());
        assertEquals("ACCOUNT_DISABLED", squatterLogin.code());
        assertTrue(((String) squatterLogin.map().get("message")).contains("thuộc về người khác"));
        assertEquals(401, api.get("/api/me", squatter.token()).status(), "the squatter's session ended");
        assertEquals(0, boardSize(round.id(), 0), "the squatter's entry left the board");
        Api.Reply real = api.post("/api/register", Fixtures.registration("Lý Thị Thật", squatter.citizenId(), Fixtures.phone()), null);
        assertEquals(201, real.status(), real.body());
        assertEquals(1, Staff.audited(sql, "IDENTITY_TRANSFERRED", "identity_claim", claimId));
        assertEquals(409, api.post("/api/admin/identity-claims/" + claimId + "/reject",
                Map.of("reason", "Nhầm lẫn"), committee).status(), "decided once");
    }

    @Test
    void aLoggedInClaimantReceivesTheIdentityIsVerifiedAndToldAtTheNextLogin() {
        Fixtures.Contestant squatter = fixtures.contestant();
        Fixtures.Contestant claimant = fixtures.contestant("Lý Thị Thật", "Sở Khoa học và Công nghệ", null);
        Api.Reply filed = api.post("/api/identity-claims", claim(squatter.citizenId(), "Lý Thị Thật"), claimant.token());
        long claimId = ((Number) filed.map().get("claimId")).longValue();

        api.post("/api/admin/identity-claims/" + claimId + "/transfer", Map.of("reason", "Gọi video, CCCD khớp ảnh"), committee);

        String token = fixtures.login(squatter.citizenId(), claimant.password());
        Map<String, Object> me = api.get("/api/me", token).map();
        assertEquals(claimant.id(), ((Number) me.get("id")).longValue(), "the citizen ID now logs into the claimant's account");
        List<?> notices = (List<?>) me.get("notices");
        assertEquals(1, notices.size());
        Map<?, ?> notice = (Map<?, ?>) notices.getFirst();
        assertEquals("IDENTITY_TRANSFERRED_TO", notice.get("kind"));
        assertEquals(204, api.post("/api/me/notices/" + notice.get("id") + "/seen", Map.of(), token).status());
        assertNotNull(sql.one("SELECT method FROM identity_verification WHERE account_id = ?", rs -> rs.getString("method"),
                claimant.id()).orElse(null));
    }

    @Test
    void aClaimCanBeRejectedWithAReason() {
        Fixtures.Contestant holder = fixtures.contestant();
        long claimId = ((Number) api.post("/api/identity-claims", claim(holder.citizenId(), "Lý Thị Thật"), null)
                .map().get("claimId")).longValue();

        assertEquals(422, api.post("/api/admin/identity-claims/" + claimId + "/reject", Map.of("reason", ""), committee).status());
        assertEquals(204, api.post("/api/admin/identity-claims/" + claimId + "/reject",
                Map.of("reason", "Giấy tờ không khớp"), committee).status());

        assertEquals(200, api.get("/api/me", holder.token()).status(), "the holder keeps their account");
    }
}
