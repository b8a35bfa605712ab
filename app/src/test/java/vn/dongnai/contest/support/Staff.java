package vn.dongnai.contest.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import vn.dongnai.contest.system.Sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff accounts for organizer-API tests, made through the API itself by the first admin. Every
 * {@link IntegrationTest} has one as {@code staff}; classes that log staff in a lot carry
 * {@link StaffLogins}.
 */
public final class Staff {

    public static final String ADMIN_PASSWORD = "Admin-test-1234";
    public static final String PASSWORD = "Matkhau-12345";
    /** What an ADMIN gives a new member; the member replaces it with {@link #PASSWORD} at first login. */
    public static final String ONE_TIME_PASSWORD = "Motlan-123456";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Api api;
    private final Fixtures fixtures;
    private final Map<String, Member> byRole = new HashMap<>();
    private String adminToken;

    public record Member(long id, String username, String password, String token) {
    }

    public Staff(Api api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
    }

    /** The first admin's token, fetched once per test class (logins per username are rate-limited). */
    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = fixtures.login("admin", ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** An organizer's token (ORGANIZER only): one member per test class, made on first use. */
    public String organizer() {
        return member("ORGANIZER").token();
    }

    /** A committee member's token (COMMITTEE only): one member per test class, made on first use. */
    public String committee() {
        return member("COMMITTEE").token();
    }

    /** The member holding exactly this one role, made on first use and kept for the test class. */
    public synchronized Member member(String role) {
        return byRole.computeIfAbsent(role, this::create);
    }

    public static String username() {
        return "canbo" + SEQUENCE.incrementAndGet();
    }

    /**
     * A new staff member with exactly these roles, logged in, who has already replaced the one-time
     * password the ADMIN gave (until then every other organizer call answers 403). Their contest
     * roles are granted on the fixtures' organizing unit ({@link Fixtures#TEST_UNIT}), which covers
     * the contests the fixtures make and those the member creates.
     */
    public Member create(String... roles) {
        return replacePassword(createWithOneTimePassword(roles));
    }

    /** The same, without any grant: a member who reaches no contest until an ADMIN grants one. */
    public Member createWithoutGrants(String... roles) {
        return replacePassword(created(roles));
    }

    private Member replacePassword(Member fresh) {
        Api.Reply changed = api.post("/api/admin/me/password", Map.of("currentPassword", ONE_TIME_PASSWORD,
                "newPassword", PASSWORD), fresh.token());
        if (changed.status() != 200) {
            throw new IllegalStateException("password change failed: " + changed.body());
        }
        // the change ends every session, this one included, and answers with the new session's tokens
        return new Member(fresh.id(), fresh.username(), PASSWORD, (String) changed.map().get("access_token"));
    }

    /** A new staff member logged in with the one-time password the ADMIN gave, not yet changed (granted as {@link #create}). */
    public Member createWithOneTimePassword(String... roles) {
        Member fresh = created(roles);
        for (String role : roles) {
            if (List.of("ORGANIZER", "COMMITTEE", "COMMITTEE_CHAIR").contains(role)) {
                grant(fresh.id(), Map.of("role", role, "organizingUnit", Fixtures.TEST_UNIT));
            }
        }
        return fresh;
    }

    /** An ADMIN grants the member a contest or a unit ({@code role} and {@code contestId} or {@code organizingUnit}); the grant's id. */
    public long grant(long memberId, Map<String, Object> grant) {
        Api.Reply granted = api.post("/api/admin/staff/" + memberId + "/grants", grant, adminToken());
        if (granted.status() != 201) {
            throw new IllegalStateException("grant failed: " + granted.body());
        }
        return ((Number) granted.map().get("id")).longValue();
    }

    private Member created(String... roles) {
        String username = username();
        Api.Reply created = api.post("/api/admin/staff", Map.of("username", username, "fullName", "Trần Thị Bình",
                "roles", List.of(roles), "password", ONE_TIME_PASSWORD), adminToken());
        if (created.status() != 201) {
            throw new IllegalStateException("staff creation failed: " + created.body());
        }
        long id = ((Number) ((Map<?, ?>) created.map().get("staff")).get("id")).longValue();
        return new Member(id, username, ONE_TIME_PASSWORD, fixtures.login(username, ONE_TIME_PASSWORD));
    }

    /** A multipart upload with one file in the field {@code file}. */
    public static MutableHttpRequest<?> upload(String path, String fileName, byte[] content) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** How many audit entries record this action on this entity (an id, or any when null). */
    public static long audited(Sql sql, String action, String entity, Object entityId) {
        if (entityId == null) {
            return sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entity = ?",
                    rs -> rs.getLong("n"), action, entity).orElse(0L);
        }
        return sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ?",
                rs -> rs.getLong("n"), action, entity, entityId.toString()).orElse(0L);
    }
}
