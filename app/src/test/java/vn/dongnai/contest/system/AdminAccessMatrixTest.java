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

import vn.dongnai.contest.contest.ContestRound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what: every organizer-console endpoint against anonymous, a contestant, an
 * organizer, a committee member, the committee chair, the support desk and an ADMIN holding only
 * the ADMIN role (which implies all others). Calls name ids that do not exist or carry empty bodies, so an allowed call answers
 * 200, 404 or 422 and changes nothing, while a refused one answers 401 or 403.
 *
 * <p>Then the grant axis: every endpoint that names a contest or a round, called on a contest the
 * staff are granted (through its organizing unit) and on another department's contest they are
 * not. Granted, an allowed role is never refused nor told the contest is missing; not granted, it
 * gets exactly the 404 of a contest that does not exist. ADMIN and the support desk reach both.
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
    private static final Set<Who> ALLOWED_ON_BOTH = Set.of(Who.ADMIN, Who.SUPPORT);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext context;

    Api api;
    final Map<Who, String> tokens = new EnumMap<>(Who.class);
    /** A contest of the staff's unit and one of another department, each with a round someone took. */
    ContestRound granted;
    ContestRound notGranted;

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
        granted = takenRound(fixtures, Fixtures.TEST_UNIT);
        notGranted = takenRound(fixtures, "Sở Tư pháp (ma trận quyền)");
    }

    private ContestRound takenRound(Fixtures fixtures, String unit) {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 6);
        context.getBean(Sql.class).update("UPDATE contest SET organizing_unit = ? WHERE id = ?", unit, round.contestId());
        // an entry makes the contest undeletable and its round locked, so no call below can remove them
        fixtures.gradedEntries(round, List.of(List.of(new Fixtures.Graded(3, 10L, 60_000, Instant.now().minusSeconds(60),
                "Sở Khoa học và Công nghệ", "Phường Trấn Biên"))));
        return round;
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
        calls.add(new Call("GET", "/api/admin/contests", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/" + NONE, false, WATCHERS_AND_CHAIR));
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
        calls.add(new Call("GET", "/api/admin/identity-claims", false, ANY_STAFF)); // the support desk reads the queue, masked (helpdesk)
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
        // the final report: the committee's and organizers' document; the public figures for anyone
        calls.add(new Call("GET", "/api/admin/contests/" + NONE + "/report", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/" + NONE + "/report.xlsx", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/" + NONE + "/report.docx", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/contests/" + NONE + "/results", false, EVERYONE));
        // grants and organizing units
        calls.add(new Call("GET", "/api/admin/grants", false, ADMINS));
        calls.add(new Call("GET", "/api/admin/staff/" + NONE + "/grants", false, ADMINS));
        calls.add(new Call("POST", "/api/admin/staff/" + NONE + "/grants", false, ADMINS));
        calls.add(new Call("DELETE", "/api/admin/staff/" + NONE + "/grants/" + NONE, false, ADMINS));
        calls.add(new Call("PUT", "/api/admin/contests/" + NONE + "/organizing-unit", false, ADMINS));
        calls.add(new Call("GET", "/api/admin/organizing-units", false, ADMINS));
        return calls;
    }

    /** Every endpoint naming a contest ({C}) or a round ({R}), with the roles it is open to. */
    private static List<Call> scopedCalls() {
        List<Call> calls = new ArrayList<>();
        // contests and rounds
        calls.add(new Call("GET", "/api/admin/contests/{C}", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("PUT", "/api/admin/contests/{C}", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/{C}/publish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/{C}/rounds", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/contests/{C}/duplicate", false, ORGANIZERS));
        calls.add(new Call("DELETE", "/api/admin/contests/{C}", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/{R}", false, ORGANIZERS));
        calls.add(new Call("PUT", "/api/admin/rounds/{R}", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/publish", false, ORGANIZERS));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/duplicate", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/{R}/preview", false, ORGANIZERS));
        // live view, regrade, review queue
        calls.add(new Call("GET", "/api/admin/rounds/{R}/live", false, WATCHERS));
        calls.add(new Call("GET", "/api/admin/rounds/{R}/question-stats", false, WATCHERS));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/regrade", false, ORGANIZERS));
        calls.add(new Call("GET", "/api/admin/rounds/{R}/review", false, WATCHERS));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/review/" + NONE, false, COMMITTEE));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/review/bulk", false, COMMITTEE));
        // ranking
        calls.add(new Call("GET", "/api/admin/rounds/{R}/ranking", false, WATCHERS));
        calls.add(new Call("POST", "/api/admin/rounds/{R}/reopen", false, ADMINS));
        // prize rules and exclusions
        calls.add(new Call("GET", "/api/admin/rounds/{R}/prize-rules", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("PUT", "/api/admin/rounds/{R}/prize-rules", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/prize-rules", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("PUT", "/api/admin/contests/{C}/prize-rules", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/award-exclusions", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("POST", "/api/admin/contests/{C}/award-exclusions", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("DELETE", "/api/admin/contests/{C}/award-exclusions/" + NONE, false, WATCHERS_AND_CHAIR));
        // award decisions
        for (String scope : List.of("/api/admin/rounds/{R}", "/api/admin/contests/{C}")) {
            calls.add(new Call("GET", scope + "/awards", false, COMMITTEE_AND_CHAIR));
            calls.add(new Call("POST", scope + "/awards/draft", false, COMMITTEE_AND_CHAIR));
            calls.add(new Call("POST", scope + "/awards/sign", false, COMMITTEE_AND_CHAIR));
            calls.add(new Call("POST", scope + "/awards/publish", false, COMMITTEE_AND_CHAIR));
            calls.add(new Call("POST", scope + "/awards/unlock", false, ADMINS));
        }
        // exports
        calls.add(new Call("GET", "/api/admin/rounds/{R}/exports/ranking", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/rounds/{R}/exports/winners", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/exports/winners", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/exports/collective", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/support/participants/export?contestId={C}", false,
                Set.of(Who.SUPPORT, Who.CHAIR, Who.ADMIN)));
        // the final report and certificates
        calls.add(new Call("GET", "/api/admin/contests/{C}/report", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/report.xlsx", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/report.docx?roundId={R}", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/contests/{C}/certificate-template", false, WATCHERS_AND_CHAIR));
        calls.add(new Call("GET", "/api/admin/rounds/{R}/certificates", false, COMMITTEE_AND_CHAIR));
        // last: closing changes what the round allows, never who reaches it
        calls.add(new Call("POST", "/api/admin/rounds/{R}/close", false, WATCHERS));
        return calls;
    }

    private static Call on(Call call, ContestRound round) {
        String path = call.path().replace("{C}", Long.toString(round.contestId())).replace("{R}", Long.toString(round.id()));
        return new Call(call.method(), path, call.upload(), call.allowed());
    }

    @TestFactory
    Stream<DynamicTest> grantedStaffReachTheirContestAndOthersGetTheNotFoundOfAMissingOne() {
        return scopedCalls().stream().flatMap(call -> call.allowed().stream().sorted().flatMap(who -> Stream.of(
                DynamicTest.dynamicTest(who + " granted " + call.method() + " " + call.path(), () -> {
                    Api.Reply reply = api.send(on(call, granted).request(), tokens.get(who));
                    assertTrue(reply.status() != 401 && reply.status() != 403 && reply.status() < 500,
                            who + " granted " + call.path() + " got " + reply.status() + " " + reply.body());
                    assertFalse(reply.status() == 404 && missingContestOrRound(reply),
                            who + " granted " + call.path() + " was told the contest is missing: " + reply.body());
                }),
                DynamicTest.dynamicTest(who + " not granted " + call.method() + " " + call.path(), () -> {
                    Api.Reply reply = api.send(on(call, notGranted).request(), tokens.get(who));
                    if (ALLOWED_ON_BOTH.contains(who)) {
                        assertTrue(reply.status() != 401 && reply.status() != 403 && reply.status() < 500
                                && !(reply.status() == 404 && missingContestOrRound(reply)),
                                who + " reaches every contest but got " + reply.status() + " " + reply.body());
                    } else {
                        assertEquals(404, reply.status(), who + " not granted " + call.path() + ": " + reply.body());
                        assertTrue(missingContestOrRound(reply), "the usual not-found body: " + reply.body());
                    }
                }))));
    }

    /** The body of a contest or round that does not exist: the same whether it is missing or not granted. */
    private static boolean missingContestOrRound(Api.Reply reply) {
        if (!"NOT_FOUND".equals(reply.code())) {
            return false;
        }
        Object message = reply.map().get("message");
        return "Không tìm thấy cuộc thi.".equals(message) || "Không tìm thấy đợt thi.".equals(message);
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
