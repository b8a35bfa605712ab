package vn.dongnai.contest.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The contestant's steps, as the web page makes them. Request names are what the summary groups
 * by: {@code start}, {@code autosave}, {@code submit}, {@code register}, {@code login},
 * {@code contests}, {@code leaderboard}, {@code leaderboard me}.
 */
final class Journeys {

    private static final String AUTH = "Bearer #{token}";
    /** The waiting room's ticket header; empty until a 503 WAITING_ROOM hands one out. */
    private static final String TICKET = "X-Waiting-Ticket";
    /** Unique citizen IDs (born 1985) and phones (03…) per run; the seed uses 1990 and 09…. */
    private static final AtomicLong REGISTRATIONS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(0, 900_000));

    /** Measured requests; warm-up requests carry a "warm-up " prefix and stay out of the headline figures. */
    static final Journeys MEASURED = new Journeys("");
    static final Journeys WARM_UP = new Journeys("warm-up ");
    /** The start wave of {@link Overload}: its requests are reported apart from the people already in progress. */
    static final Journeys WAVE = new Journeys("wave ");

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

    /** One try at starting: who, when they first tried, when this answer came, its status and latency ({@link Overload}). */
    record StartTry(String who, long arrivedAt, long answeredAt, int status, long ms) {
    }

    static final ConcurrentLinkedQueue<StartTry> START_TRIES = new ConcurrentLinkedQueue<>();

    /**
     * POST /api/rounds/{id}/attempts: keeps the attempt id, question ids and option counts. Past
     * capacity the app answers 503 WAITING_ROOM with a ticket: the page waits the server's
     * {@code retryAfterMs} ± 20 % and sends the start again with the ticket, for up to
     * {@code -DmaxWait} seconds (300); each try is one "start" request. A start whose answer was lost
     * (its node died) is retried; the app then says 409 ATTEMPT_OPEN with the attempt's id, and the
     * page resumes it (GET /api/attempts/{id}), as a reload would.
     */
    ChainBuilder start(long roundId) {
        long maxWaitMs = Settings.seconds("maxWait", 300).toMillis();
        return exec(session -> session.set("ticket", "").set("startStatus", 503).set("arrivedAt", System.currentTimeMillis()))
                .asLongAs(session -> session.getInt("startStatus") == 503
                        && System.currentTimeMillis() - session.getLong("arrivedAt") < maxWaitMs).on(
                        withRetries(exec(http(prefix + "start").post("/api/rounds/" + roundId + "/attempts")
                                .header("Authorization", AUTH)
                                .header(TICKET, "#{ticket}")
                                .check(status().in(201, 409, 503).saveAs("startStatus"),
                                        responseTimeInMillis().saveAs("startMs"),
                                        jmesPath("attemptId || details.attemptId").ofLong().optional().saveAs("attemptId"),
                                        jmesPath("details.ticket").optional().saveAs("ticket"),
                                        jmesPath("details.retryAfterMs").ofInt().optional().saveAs("retryAfterMs"),
                                        jmesPath("questions[*].id").ofList().optional().saveAs("questionIds"),
                                        jmesPath("questions[*].length(options)").ofList().optional().saveAs("optionCounts"))))
                                .exec(session -> {
                                    START_TRIES.add(new StartTry(prefix + session.userId(), session.getLong("arrivedAt"),
                                            System.currentTimeMillis(), session.getInt("startStatus"), session.getInt("startMs")));
                                    return session;
                                })
                                .doIf(session -> session.getInt("startStatus") == 503).then(pause(Journeys::waitOut)))
                .doIf(session -> session.getInt("startStatus") == 503).then(exec(Session::markAsFailed))
                .exitHereIfFailed()
                .doIf(session -> session.getInt("startStatus") == 409).then(
                        exec(http(prefix + "resume").get("/api/attempts/#{attemptId}")
                                .header("Authorization", AUTH)
                                .check(status().is(200),
                                        jmesPath("questions[*].id").ofList().saveAs("questionIds"),
                                        jmesPath("questions[*].length(options)").ofList().saveAs("optionCounts"))));
    }

    /** The server's delay ± 20 %, as the contest page waits out a 503 WAITING_ROOM. */
    static Duration waitOut(Session session) {
        int ms = session.contains("retryAfterMs") ? session.getInt("retryAfterMs") : 1000;
        return Duration.ofMillis(Math.max(250, Math.round(ms * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()))));
    }

    /** Sends a sign-in request (login, registration) again with its ticket while it is answered 503 WAITING_ROOM. */
    private static ChainBuilder signInThroughWaitingRoom(String statusKey, ChainBuilder request) {
        return exec(session -> session.set("ticket", "").set(statusKey, 503))
                .asLongAs(session -> session.getInt(statusKey) == 503).on(
                        exec(request).doIf(session -> session.getInt(statusKey) == 503).then(pause(Journeys::waitOut)));
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
        return exec(read(http(prefix + "leaderboard").get("/api/rounds/" + roundId + "/leaderboard?offset=0&limit=20")
                .header("Authorization", AUTH)));
    }

    ChainBuilder leaderboardMe(long roundId) {
        return exec(read(http(prefix + "leaderboard me").get("/api/rounds/" + roundId + "/leaderboard/me")
                .header("Authorization", AUTH)));
    }

    /**
     * A public read's answer: 200, or past capacity the platform's own 503 BUSY — a read it sheds with no
     * short-cache copy to give (as a refused start gets WAITING_ROOM); any other answer fails the request.
     * The platform counts them ({@code contest_admission_refused_total{lane="public-read"}}).
     */
    private static HttpRequestActionBuilder read(HttpRequestActionBuilder request) {
        return request.check(status().in(200, 503))
                .checkIf((response, session) -> response.status().code() == 503).then(jmesPath("code").is("BUSY"));
    }

    /** The public contest page's data; with a token it also counts the caller's attempts. */
    ChainBuilder contests() {
        return exec(read(http(prefix + "contests").get("/api/contests")
                .header("Authorization", AUTH)));
    }

    /** POST /login with the session's phone (seeded, or just registered): one BCrypt check, the price every real login pays. */
    ChainBuilder login() {
        String password = Settings.password();
        return signInThroughWaitingRoom("loginStatus", exec(http(prefix + "login").post("/login")
                .header(TICKET, "#{ticket}")
                .body(StringBody("{\"username\":\"#{phone}\",\"password\":\"" + password + "\"}"))
                .check(status().in(200, 503).saveAs("loginStatus"),
                        jmesPath("details.ticket").optional().saveAs("ticket"),
                        jmesPath("details.retryAfterMs").ofInt().optional().saveAs("retryAfterMs"),
                        jmesPath("access_token").optional().saveAs("token"))))
                .doIf(session -> session.getInt("loginStatus") != 200).then(exec(Session::markAsFailed));
    }

    ChainBuilder register() {
        String consentVersion = Settings.string("consentVersion", "2025-11-01");
        return exec(session -> {
            long n = REGISTRATIONS.getAndIncrement();
            return session.set("newCitizenId", String.format("075085%06d", n % 1_000_000))
                    .set("phone", String.format("03%08d", n));
        }).exec(signInThroughWaitingRoom("registerStatus", exec(http(prefix + "register").post("/api/register")
                .header(TICKET, "#{ticket}")
                .body(StringBody("""
                        {"fullName":"Trần Thị Bình","citizenId":"#{newCitizenId}","phone":"#{phone}",
                         "birthDate":"1985-03-02","commune":"Phường Trấn Biên","unit":"Sở Nội vụ",
                         "group":"RESIDENT","password":"matkhau123",
                         "consent":{"version":"%s","accepted":true}}""".formatted(consentVersion)))
                .check(status().in(201, 503).saveAs("registerStatus"),
                        jmesPath("details.ticket").optional().saveAs("ticket"),
                        jmesPath("details.retryAfterMs").ofInt().optional().saveAs("retryAfterMs")))))
                .doIf(session -> session.getInt("registerStatus") != 201).then(exec(Session::markAsFailed));
    }

    private static int choice(Session session, int questionIndex) {
        List<Object> counts = session.getList("optionCounts");
        return choice(session.getLong("attemptId"), questionIndex, ((Number) counts.get(questionIndex)).intValue());
    }

    /**
     * A person's choice for a question of an attempt: spread over the options, and the same each time
     * it is asked, as the page's submit sends again the choices it autosaved (a fresh random pick in
     * the submit would change three answers in four, work no real submit does).
     */
    static int choice(long attemptId, int questionIndex, int options) {
        long mixed = (attemptId * 0x9E3779B97F4A7C15L) ^ (questionIndex * 0xC2B2AE3D27D4EB4FL);
        return 1 + (int) Math.floorMod(mixed ^ (mixed >>> 29), (long) options);
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
