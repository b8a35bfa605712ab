package vn.dongnai.contest.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The contestant's steps, as the web page makes them. Request names are what the summary groups
 * by: {@code start}, {@code autosave}, {@code submit}, {@code register}, {@code login},
 * {@code contests}, {@code leaderboard}, {@code leaderboard me}.
 */
final class Journeys {

    private static final String AUTH = "Bearer #{token}";
    /** Unique citizen IDs (born 1985) and phones (03…) per run; the seed uses 1990 and 09…. */
    private static final AtomicLong REGISTRATIONS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(0, 900_000));

    /** Measured requests; warm-up requests carry a "warm-up " prefix and stay out of the headline figures. */
    static final Journeys MEASURED = new Journeys("");
    static final Journeys WARM_UP = new Journeys("warm-up ");

    private final String prefix;

    private Journeys(String prefix) {
        this.prefix = prefix;
    }

    /** Requests named with a prefix, which may be Gatling EL ({@code "#{ladderStep} "}): one group per ladder step. */
    static Journeys prefixed(String prefix) {
        return new Journeys(prefix);
    }

    /**
     * One pool of keep-alive connections shared by every virtual user (-Dconnections=shared, the
     * default): what an app node sees behind a load balancer or reverse proxy. With
     * -Dconnections=per-user each virtual user opens its own, as phones talking to it directly would.
     */
    static HttpProtocolBuilder protocol() {
        HttpProtocolBuilder protocol = http.baseUrl(Settings.baseUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("contest-load-tests")
                .disableWarmUp();
        return "per-user".equals(Settings.string("connections", "shared")) ? protocol : protocol.shareConnections();
    }

    /**
     * How often the page sends a request again when it got no answer or a 502/503 (a node died
     * under it): {@code -Dretries=N}, 0 by default. Each retry is counted by Gatling as a failed
     * request plus a new one, so the summary shows how many the proxy could not save.
     */
    private static ChainBuilder withRetries(ChainBuilder request) {
        int retries = Settings.integer("retries", 0);
        return retries == 0 ? request : tryMax(retries + 1).on(request);
    }

    /**
     * POST /api/rounds/{id}/attempts: keeps the attempt id, question ids and option counts. A start
     * whose answer was lost (its node died) is retried; the app then says 409 ATTEMPT_OPEN with the
     * attempt's id, and the page resumes it (GET /api/attempts/{id}), as a reload would.
     */
    ChainBuilder start(long roundId) {
        return withRetries(exec(http(prefix + "start").post("/api/rounds/" + roundId + "/attempts")
                .header("Authorization", AUTH)
                .check(status().in(201, 409).saveAs("startStatus"),
                        jmesPath("attemptId || details.attemptId").ofLong().saveAs("attemptId"),
                        jmesPath("questions[*].id").ofList().optional().saveAs("questionIds"),
                        jmesPath("questions[*].length(options)").ofList().optional().saveAs("optionCounts")))
                .doIf(session -> session.getInt("startStatus") == 409).then(
                        exec(http(prefix + "resume").get("/api/attempts/#{attemptId}")
                                .header("Authorization", AUTH)
                                .check(status().is(200),
                                        jmesPath("questions[*].id").ofList().saveAs("questionIds"),
                                        jmesPath("questions[*].length(options)").ofList().saveAs("optionCounts")))));
    }

    /** Each question: think, then the page autosaves a choice (PUT …/answers/{questionId}). */
    ChainBuilder answerAll(Duration thinkMin, Duration thinkMax) {
        return foreach("#{questionIds}", "questionId", "questionIndex").on(
                pause(thinkMin, thinkMax),
                exec(http(prefix + "autosave").put("/api/attempts/#{attemptId}/answers/#{questionId}")
                        .header("Authorization", AUTH)
                        .body(StringBody(session -> "{\"optionId\":" + choice(session, session.getInt("questionIndex")) + "}"))
                        .check(status().is(204))));
    }

    /** The first {@code count} questions answered back to back, no think time (the journey ladder's autosaves). */
    ChainBuilder answerFirst(int count) {
        return repeat(count, "questionIndex").on(
                exec(http(prefix + "autosave").put(session -> "/api/attempts/" + session.getLong("attemptId") + "/answers/"
                                + session.getList("questionIds").get(session.getInt("questionIndex")))
                        .header("Authorization", AUTH)
                        .body(StringBody(session -> "{\"optionId\":" + choice(session, session.getInt("questionIndex")) + "}"))
                        .check(status().is(204))));
    }

    /** GET /api/me/attempts: the history page, where a contestant reads the result after submitting. */
    ChainBuilder myAttempts() {
        return exec(http(prefix + "result").get("/api/me/attempts")
                .header("Authorization", AUTH)
                .check(status().is(200)));
    }

    /**
     * POST …/submit with an Idempotency-Key; with {@code answersInBody} the page sends every
     * answer again (the most work a submit can cost), else only the prediction.
     */
    ChainBuilder submit(boolean answersInBody) {
        // one key per submission, kept across the page's retries: the app grades it once
        return exec(session -> session.set("idempotencyKey", java.util.UUID.randomUUID().toString()))
                .exec(withRetries(exec(http(prefix + "submit").post("/api/attempts/#{attemptId}/submit")
                        .header("Authorization", AUTH)
                        .header("Idempotency-Key", "#{idempotencyKey}")
                        .body(StringBody(session -> submitBody(session, answersInBody)))
                        .check(status().is(200), jmesPath("score").exists()))));
    }

    ChainBuilder leaderboard(long roundId) {
        return exec(http(prefix + "leaderboard").get("/api/rounds/" + roundId + "/leaderboard?offset=0&limit=20")
                .header("Authorization", AUTH)
                .check(status().is(200)));
    }

    ChainBuilder leaderboardMe(long roundId) {
        return exec(http(prefix + "leaderboard me").get("/api/rounds/" + roundId + "/leaderboard/me")
                .header("Authorization", AUTH)
                .check(status().is(200)));
    }

    /** The public contest page's data; with a token it also counts the caller's attempts. */
    ChainBuilder contests() {
        return exec(http(prefix + "contests").get("/api/contests")
                .header("Authorization", AUTH)
                .check(status().is(200)));
    }

    /** POST /login with the session's phone (seeded, or just registered): one BCrypt check, the price every real login pays. */
    ChainBuilder login() {
        String password = Settings.password();
        return exec(http(prefix + "login").post("/login")
                .body(StringBody("{\"username\":\"#{phone}\",\"password\":\"" + password + "\"}"))
                .check(status().is(200), jmesPath("access_token").saveAs("token")));
    }

    ChainBuilder register() {
        String consentVersion = Settings.string("consentVersion", "2025-11-01");
        return exec(session -> {
            long n = REGISTRATIONS.getAndIncrement();
            return session.set("newCitizenId", String.format("075085%06d", n % 1_000_000))
                    .set("phone", String.format("03%08d", n));
        }).exec(http(prefix + "register").post("/api/register")
                .body(StringBody("""
                        {"fullName":"Trần Thị Bình","citizenId":"#{newCitizenId}","phone":"#{phone}",
                         "birthDate":"1985-03-02","commune":"Phường Trấn Biên","unit":"Sở Nội vụ",
                         "group":"RESIDENT","password":"matkhau123",
                         "consent":{"version":"%s","accepted":true}}""".formatted(consentVersion)))
                .check(status().is(201)));
    }

    private static int choice(Session session, int questionIndex) {
        List<Object> counts = session.getList("optionCounts");
        int options = ((Number) counts.get(questionIndex)).intValue();
        return ThreadLocalRandom.current().nextInt(1, options + 1);
    }

    private static String submitBody(Session session, boolean answersInBody) {
        StringBuilder body = new StringBuilder("{\"prediction\":")
                .append(ThreadLocalRandom.current().nextInt(1_000, 100_000));
        if (answersInBody) {
            List<Object> ids = session.getList("questionIds");
            body.append(",\"answers\":[");
            for (int i = 0; i < ids.size(); i++) {
                body.append(i == 0 ? "" : ",").append("{\"questionId\":").append(ids.get(i))
                        .append(",\"optionId\":").append(choice(session, i)).append('}');
            }
            body.append(']');
        }
        return body.append('}').toString();
    }
}
