package vn.dongnai.contest.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what: every organizer-console endpoint against anonymous, a contestant, an
 * organizer, a committee member, the committee chair, the support desk and an ADMIN holding only
 * the ADMIN role (which implies all others). Calls name ids that do not exist or carry empty bodies, so an allowed call answers
 * 200, 404 or 422 and changes nothing, while a refused one answers 401 or 403.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
class AdminAccessMatrixTest extends IntegrationTest {

    enum Who { ANONYMOUS, CONTESTANT, ORGANIZER, COMMITTEE, CHAIR, SUPPORT, ADMIN }

    private static final Set<Who> ORGANIZERS = Set.of(Who.ORGANIZER, Who.ADMIN);
    private static final Set<Who> WATCHERS = Set.of(Who.ORGANIZER, Who.COMMITTEE, Who.ADMIN);
    private static final Set<Who> COMMITTEE = Set.of(Who.COMMITTEE, Who.ADMIN);
    private static final Set<Who> WATCHERS_AND_CHAIR = Set.of(Who.ORGANIZER, Who.COMMITTEE, Who.CHAIR, Who.ADMIN);
    private static final Set<Who> COMMITTEE_AND_CHAIR = Set.of(Who.COMMITTEE, Who.CHAIR, Who.ADMIN);
    private static final Set<Who> ANY_STAFF = Set.of(Who.ORGANIZER, Who.COMMITTEE, Who.CHAIR, Who.SUPPORT, Who.ADMIN);
    private static final Set<Who> SUPPORT_DESK = Set.of(Who.SUPPORT, Who.ADMIN);
    /** The unmasking calls: the desk reaches them, and is then refused (403) unless it is the chair or ADMIN. */
    private static final Set<Who> UNMASKERS = Set.of(Who.CHAIR, Who.ADMIN);
    private static final Set<Who> CONTESTANTS = Set.of(Who.CONTESTANT);
    private static final Set<Who> ADMINS = Set.of(Who.ADMIN);
    private static final Set<Who> EVERYONE = Set.of(Who.values());
    private static final String NONE = "999999999";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext context;

    Api api;
    final Map<Who, String> tokens = new EnumMap<>(Who.class);

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        Fixtures fixtures = new Fixtures(context, api);
        Staff staff = new Staff(api, fixtures);
        tokens.put(Who.CONTESTANT, fixtures.contestant().token());
        tokens.put(Who.ORGANIZER, staff.create("ORGANIZER").token());
        tokens.put(Who.COMMITTEE, staff.create("COMMITTEE").token());
        tokens.put(Who.CHAIR, staff.create("COMMITTEE_CHAIR").token());
        tokens.put(Who.SUPPORT, staff.create("SUPPORT").token());
        tokens.put(Who.ADMIN, staff.create("ADMIN").token());
    }

    private record Call(String method, String path, boolean upload, Set<Who> allowed) {
        MutableHttpRequest<?> request() {
            if (upload) {
                return Staff.upload(path, "tep.xlsx", new byte[]{1, 2, 3});
            }
            return "GET".equals(method) ? HttpRequest.GET(path)
                    : HttpRequest.create(HttpMethod.valueOf(method), path).body(Map.of());
        }
    }

    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        // contests and rounds
        calls.add(new Call("GET", "/api/admin/contests", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/contests/" + NONE, false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests", false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/contests/" + NONE, false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/" + NONE + "/publish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/" + NONE + "/unpublish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/" + NONE + "/rounds", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE, false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/rounds/" + NONE, false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/publish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/unpublish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/" + NONE + "/duplicate", false, ORGANIZERS));
        calls.add(new Call("DELETE", "/api/admin/contests/" + NONE, false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/duplicate", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/preview", false, ORGANIZERS));
        // question banks
        calls.add(new Call("GET", "/api/admin/banks", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/banks", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/banks/template", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/banks/" + NONE, false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/banks/" + NONE + "/questions", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/banks/" + NONE + "/questions", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/banks/" + NONE + "/export", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/banks/" + NONE + "/imports", true, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/banks/" + NONE + "/imports/khong-co/confirm", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/questions/" + NONE, false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/questions/" + NONE, false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/questions/" + NONE + "/key", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/questions/" + NONE + "/retire", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/questions/" + NONE + "/restore", false, ORGANIZERS));
        // units and communes
        calls.add(new Call("GET", "/api/admin/catalog/units", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/catalog/communes", false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/catalog/units/" + NONE, false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/catalog/communes/import", true, ORGANIZERS));
        calls.add(new Call("GET", "/api/catalog/units", false, EVERYONE));
        calls.add(new Call("GET", "/api/catalog/communes", false, EVERYONE));
        // staff
        calls.add(new Call("GET", "/api/admin/staff", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/staff", false, ADMINS));
        calls.add(new Call("PUT", "/api/admin/staff/" + NONE + "/roles", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/staff/" + NONE + "/disable", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/staff/" + NONE + "/enable", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/staff/" + NONE + "/password-reset", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/me/password", false, ANY_STAFF));
        calls.add(new Call("GET", "/api/admin/me/password-status", false, ANY_STAFF));
        // live view, regrade, review queue
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/live", false, WATCHERS));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/question-stats", false, WATCHERS));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/regrade", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/review", false, WATCHERS));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/review/" + NONE, false, COMMITTEE));
        // identity claims and verification: the committee decides, organizers see the queue
        calls.add(new Call("GET", "/api/admin/identity-claims", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/identity-claims/" + NONE + "/contact", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/identity-claims/" + NONE + "/transfer", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/identity-claims/" + NONE + "/reject", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/contestants/" + NONE + "/identity-verification", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/rounds/" + NONE + "/review/bulk", false, COMMITTEE));
        // audit log
        calls.add(new Call("GET", "/api/admin/audit", false, ADMINS));
        // the support desk
        calls.add(new Call("GET", "/api/admin/support/contestants?name=nguyen", false, SUPPORT_DESK));
        calls.add(new Call("GET", "/api/admin/support/contestants/" + NONE, false, SUPPORT_DESK));
        calls.add(new Call("POST", "/api/admin/support/contestants/" + NONE + "/unmask", false, UNMASKERS));
        calls.add(new Call("PUT", "/api/admin/support/contestants/" + NONE + "/registration", false, SUPPORT_DESK));
        calls.add(new Call("POST", "/api/admin/support/contestants/" + NONE + "/password-reset", false, SUPPORT_DESK));
        calls.add(new Call("POST", "/api/admin/support/contestants/" + NONE + "/disable", false, SUPPORT_DESK));
        calls.add(new Call("POST", "/api/admin/support/contestants/" + NONE + "/enable", false, SUPPORT_DESK));
        calls.add(new Call("GET", "/api/admin/support/participants/export?contestId=" + NONE, false,
                Set.of(Who.SUPPORT, Who.CHAIR, Who.ADMIN)));
        calls.add(new Call("GET", "/api/admin/support/participants/export?contestId=" + NONE
                + "&unmasked=true&reason=Kiem%20tra%20quyen", false, UNMASKERS));
        // my account (contestants only) and the forgotten-password form (anyone)
        calls.add(new Call("GET", "/api/me/account", false, CONTESTANTS));
        calls.add(new Call("PUT", "/api/me/account", false, CONTESTANTS));
        calls.add(new Call("POST", "/api/me/password", false, CONTESTANTS));
        calls.add(new Call("GET", "/api/me/deletion", false, CONTESTANTS));
        calls.add(new Call("POST", "/api/me/deletion", false, CONTESTANTS));
        calls.add(new Call("POST", "/api/password-reset", false, EVERYONE));
        calls.add(new Call("POST", "/api/password-reset/confirm", false, EVERYONE));
        calls.add(new Call("GET", "/api/admin/audit/export", false, ADMINS));
        // certificates: the layout for organizers, named certificates for the committee, verification for anyone
        calls.add(new Call("GET", "/api/admin/contests/" + NONE + "/certificate-template", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("PUT", "/api/admin/contests/" + NONE + "/certificate-template", false,
                Set.of(Who.ORGANIZER, Who.CHAIR, Who.ADMIN)));
        calls.add(new Call("GET", "/api/admin/contests/" + NONE + "/certificate-template/preview.pdf", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/certificates", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/rounds/" + NONE + "/certificates.zip", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/certificates/ZZZZZZZZZZZZZZZZ", false, COMMITTEE_AND_CHAIR));
        calls.add(new Call("GET", "/api/me/certificates", false, CONTESTANTS));
        calls.add(new Call("GET", "/api/verify/ZZZZZZZZZZZZZZZZ", false, EVERYONE));
        return calls;
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyTheAccessItShould() {
        return calls().stream().flatMap(call -> Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(
                who + " " + call.method() + " " + call.path(), () -> {
                    int status = api.send(call.request(), tokens.get(who)).status();
                    if (call.allowed().contains(who)) {
                        assertTrue(status != 401 && status != 403 && status < 500,
                                who + " may " + call.method() + " " + call.path() + " but got " + status);
                    } else {
                        assertEquals(who == Who.ANONYMOUS ? 401 : 403, status,
                                who + " may not " + call.method() + " " + call.path());
                    }
                })));
    }
}
