package vn.dongnai.contest.embedded;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import vn.dongnai.contest.Application;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.NameKeys;
import vn.dongnai.contest.account.Passwords;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.account.RegistrationService;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.Sql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform as the load tests drive it: the real app on MySQL and Redis (configured, else
 * embedded and thrown away), rate limits lifted, N contestants seeded straight into SQL and a
 * round shaped for the simulation. Never part of the deployable jar.
 *
 * <p>Registration costs one BCrypt (~60 ms of a core) per contestant, so 60,000 contestants
 * through the API would take most of an hour on two cores. The seed writes the rows directly
 * with one shared BCrypt hash, and computes keyed hashes and ciphertexts with the app's own
 * {@link PersonalData} beans and keys, so logins by phone or citizen ID find them exactly as
 * they find registered contestants. Access tokens are signed by the app's own token generator,
 * the one {@code POST /login} uses, so a start spike can be measured without first paying one
 * BCrypt per contestant; login itself is measured by the simulations that log in.
 *
 * <pre>
 * java -cp app-test-classpath vn.dongnai.contest.embedded.LoadTestPlatform \
 *   --state-file=target/platform.properties --port=18080 --contestants=5000 \
 *   [--db-url=jdbc:mysql://…/db] [--redis-uri=redis://…/12] [--recreate] \
 *   [--questions=20] [--time-limit-seconds=900] [--attempts=3] [--data-dir=target/load-platform]
 * </pre>
 * The state file (base URL, round id, tokens file) is written once the platform answers; the
 * process then runs until it is stopped.
 * <p>
 * Several nodes (the multi-node run): the first writes its keys to {@code --keys-file} and its
 * services to the state file; each further node starts with {@code --join --keys-file=… --db-url=…
 * --redis-uri=…}, seeds nothing and shares the first one's database, Redis and keys.
 */
public final class LoadTestPlatform {

    /** Every seeded contestant's password; its one BCrypt hash is computed once per run. */
    public static final String PASSWORD = "matkhau123";
    private static final int BATCH = 1000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Mai", "Nam",
        "Phúc", "Quân", "Sơn", "Trang", "Uyên", "Vy"};

    private LoadTestPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Instant started = Instant.now();
        Path stateFile = Path.of(require(options, "state-file")).toAbsolutePath();
        Files.deleteIfExists(stateFile);
        Path dataDir = Path.of(options.getOrDefault("data-dir", "target/load-platform")).toAbsolutePath();
        int contestants = Integer.parseInt(options.getOrDefault("contestants", "1000"));
        boolean join = options.containsKey("join");
        boolean recreate = options.containsKey("recreate") && !join;

        EmbeddedServices services = new EmbeddedServices();
        String dbUrl = options.getOrDefault("db-url", env("DATASOURCES_DEFAULT_URL"));
        String dbUser = options.getOrDefault("db-user", env("DATASOURCES_DEFAULT_USERNAME", "root"));
        String dbPassword = options.getOrDefault("db-password", env("DATASOURCES_DEFAULT_PASSWORD", ""));
        String redisUri = options.getOrDefault("redis-uri", env("REDIS_URI"));
        String source = "configured";
        if (dbUrl == null || redisUri == null) {
            deleteTree(dataDir);
        }
        if (dbUrl == null) {
            dbUrl = services.startMariaDb(dataDir, "contest_load");
            dbUser = "root";
            dbPassword = "";
            source = "embedded";
        } else {
            dbUrl = withDriverOptions(dbUrl);
            if (recreate) {
                recreateDatabase(dbUrl, dbUser, dbPassword);
            }
        }
        if (redisUri == null) {
            redisUri = services.startRedis(null);
        } else if (recreate) {
            flushRedis(redisUri);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(services::close));

        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.parseInt(options.getOrDefault("port", "18080")));
        properties.put("datasources.default.url", dbUrl);
        properties.put("datasources.default.username", dbUser);
        properties.put("datasources.default.password", dbPassword);
        properties.put("redis.uri", redisUri);
        Properties keys = keys(options.get("keys-file"));
        properties.put("contest.jwt.secret", keys.getProperty("jwt"));
        properties.put("contest.pii.hash-key", keys.getProperty("hash"));
        properties.put("contest.pii.encryption-key", keys.getProperty("encryption"));
        properties.put("contest.admin.password", keys.getProperty("admin"));
        // the demo seeder imports the committed bank: the rounds below draw from real questions
        properties.put("contest.demo.enabled", !join);
        if (env("RATE_LIMIT_ENABLED") == null) {
            properties.put("contest.rate-limit.enabled", false);
        }
        // simulated contestants cannot solve proofs of work; the bot check is measured by its own tests
        if (env("ALTCHA_ENABLED") == null) {
            properties.put("contest.altcha.enabled", false);
        }
        properties.put("contest.altcha.hmac-key", keys.getProperty("altcha"));
        // the load run's probe reads heap and pool figures from /prometheus with this credential (one for every node)
        String monitoringPassword = keys.getProperty("monitoring");
        properties.put("contest.monitoring.username", "load-probe");
        properties.put("contest.monitoring.password", monitoringPassword);
        // Micronaut closes the context from its own shutdown hook
        ApplicationContext context = Micronaut.build(new String[0]).mainClass(Application.class)
                .properties(properties).start();
        if (join) {
            Properties state = new Properties();
            state.setProperty("baseUrl", "http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort());
            state.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
            writeState(stateFile, state);
            System.out.printf("Load-test node ready on %s, sharing %s%n", state.getProperty("baseUrl"), dbUrl);
            return;
        }

        Sql sql = context.getBean(Sql.class);
        Instant seedStarted = Instant.now();
        long firstAccountId = seedContestants(context, sql, contestants);
        Duration seedTime = Duration.between(seedStarted, Instant.now());
        Round round = createRound(sql, options);
        Path tokens = stateFile.resolveSibling("tokens.csv");
        writeTokens(context, tokens, firstAccountId, contestants,
                Integer.parseInt(options.getOrDefault("token-seconds", "21600")));

        int port = context.getBean(EmbeddedServer.class).getPort();
        Properties state = new Properties();
        state.setProperty("baseUrl", "http://127.0.0.1:" + port);
        state.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        state.setProperty("contestId", String.valueOf(round.contestId()));
        state.setProperty("roundId", String.valueOf(round.roundId()));
        state.setProperty("questionCount", String.valueOf(round.questionCount()));
        state.setProperty("contestants", String.valueOf(contestants));
        state.setProperty("tokensFile", tokens.toString());
        state.setProperty("password", PASSWORD);
        state.setProperty("services", source);
        state.setProperty("monitoringUser", "load-probe");
        state.setProperty("monitoringPassword", monitoringPassword);
        state.setProperty("seedSeconds", String.format("%.1f", seedTime.toMillis() / 1000.0));
        state.setProperty("startSeconds", String.format("%.1f", Duration.between(started, Instant.now()).toMillis() / 1000.0));
        // what a further node needs to join (the multi-node run)
        state.setProperty("dbUrl", dbUrl);
        state.setProperty("dbUser", dbUser);
        state.setProperty("dbPassword", dbPassword);
        state.setProperty("redisUri", redisUri);
        writeState(stateFile, state);
        System.out.printf("Load-test platform ready on port %d: %d contestants (seeded in %s s), round %d, %s services%n",
                port, contestants, state.getProperty("seedSeconds"), round.roundId(), source);
    }

    private static void writeState(Path stateFile, Properties state) throws IOException {
        Path partial = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(partial)) {
            state.store(out, "load-test platform");
        }
        Files.move(partial, stateFile);
    }

    /** The run's keys: read from the file a first node wrote, else made up and written there. */
    private static Properties keys(String file) throws IOException {
        Properties keys = new Properties();
        Path path = file == null ? null : Path.of(file);
        if (path != null && Files.exists(path)) {
            try (var in = Files.newInputStream(path)) {
                keys.load(in);
            }
            return keys;
        }
        keys.setProperty("jwt", randomKey());
        keys.setProperty("hash", randomKey());
        keys.setProperty("encryption", randomKey());
        keys.setProperty("admin", "Load-" + randomKey().substring(0, 12));
        keys.setProperty("altcha", randomKey());
        keys.setProperty("monitoring", randomKey());
        if (path != null) {
            try (OutputStream out = Files.newOutputStream(path)) {
                keys.store(out, "load-run keys (throw-away)");
            }
        }
        return keys;
    }

    /** Inserts the contestants in batches; returns the first account id (ids are consecutive). */
    private static long seedContestants(ApplicationContext context, Sql sql, int count) {
        PersonalData personalData = context.getBean(PersonalData.class);
        RegistrationService registrations = context.getBean(RegistrationService.class);
        String hash = context.getBean(Passwords.class).hash(PASSWORD);
        long first = sql.one("SELECT COALESCE(MAX(id), 0) + 1 FROM account", rs -> rs.getLong(1)).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String consentVersion = registrations.consentVersion();
        for (int from = 0; from < count; from += BATCH) {
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> participants = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                long id = first + i;
                String name = name(i);
                String citizenId = citizenId(i);
                String phone = phone(i);
                accounts.add(new Object[]{id, name, hash, Role.CONTESTANT, true, now});
                participants.add(new Object[]{id, registrations.citizenIdHash(citizenId), personalData.encrypt(citizenId),
                    registrations.identityHash(phone).orElseThrow(), personalData.encrypt(phone),
                    "1990-05-17", "Phường Trấn Biên", "Sở Khoa học và Công nghệ", "OFFICIAL",
                    Masking.displayName(name), NameKeys.of(name), consentVersion, now});
            }
            sql.batch("""
                    INSERT INTO account (id, full_name, password_hash, roles, enabled, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", accounts);
            sql.batch("""
                    INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher,
                                             birth_date, commune, unit, participant_group, display_name, name_key,
                                             consent_version, consent_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", participants);
        }
        return first;
    }

    /** Seeded phone i: 09 and eight digits (the registration wave uses 03…, so they never meet). */
    static String phone(int i) {
        return String.format("09%08d", i);
    }

    /** Seeded citizen ID i: Đồng Nai's 075, born 1990 (century digit 0, year 90), six digits. */
    static String citizenId(int i) {
        return String.format("075090%06d", i);
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " "
                + GIVEN[(i / 7) % GIVEN.length];
    }

    private record Round(long contestId, long roundId, int questionCount) {
    }

    /** A published contest on the committed bank with one round open now, shaped by the options. */
    private static Round createRound(Sql sql, Map<String, String> options) {
        int questions = Integer.parseInt(options.getOrDefault("questions", "20"));
        int timeLimit = Integer.parseInt(options.getOrDefault("time-limit-seconds", "900"));
        int attempts = Integer.parseInt(options.getOrDefault("attempts", "3"));
        long bankId = sql.one("""
                SELECT bank_id FROM question WHERE status = 'ACTIVE'
                GROUP BY bank_id ORDER BY COUNT(*) DESC LIMIT 1""", rs -> rs.getLong(1))
                .orElseThrow(() -> new IllegalStateException("no question bank was imported"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String slug = "tai-thu-" + now.toEpochMilli();
        long contestId = sql.insert("""
                INSERT INTO contest (slug, name, description, organizer, bank_id, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)""",
                slug, "Cuộc thi tải thử " + now, "Dữ liệu tải thử, không phải cuộc thi thật.", "Ban tổ chức",
                bankId, now, now);
        long roundId = sql.insert("""
                INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count, time_limit_seconds,
                                           attempts_allowed, counting_rule, grace_seconds, points_per_question,
                                           prediction_kind, prediction_prompt, status, created_at, updated_at)
                VALUES (?, 1, 'Đợt tải thử', ?, ?, ?, ?, ?, 'BEST', 15, 1, 'PARTICIPANTS',
                        'Theo bạn, sẽ có bao nhiêu người tham gia?', 'PUBLISHED', ?, ?)""",
                contestId, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), questions, timeLimit,
                attempts, now, now);
        // the demo round's shape: 40 % easy, 40 % medium, the rest hard
        int easy = questions * 2 / 5;
        int medium = questions * 2 / 5;
        List<Object[]> rules = new ArrayList<>();
        rules.add(new Object[]{roundId, "EASY", easy});
        rules.add(new Object[]{roundId, "MEDIUM", medium});
        rules.add(new Object[]{roundId, "HARD", questions - easy - medium});
        sql.batch("INSERT INTO round_draw_rule (round_id, difficulty, question_count) VALUES (?, ?, ?)", rules);
        return new Round(contestId, roundId, questions);
    }

    /** index,accountId,phone,citizenId,token for each seeded contestant: the simulations' feeder. */
    private static void writeTokens(ApplicationContext context, Path file, long firstAccountId, int count, int seconds) {
        TokenGenerator generator = context.getBean(TokenGenerator.class);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("index,accountId,phone,citizenId,token\n");
            for (int i = 0; i < count; i++) {
                long id = firstAccountId + i;
                Authentication authentication = Authentication.build(String.valueOf(id), List.of(Role.CONTESTANT),
                        Map.of("name", name(i)));
                String token = generator.generateToken(authentication, seconds)
                        .orElseThrow(() -> new IllegalStateException("no token generator configured"));
                out.write(i + "," + id + "," + phone(i) + "," + citizenId(i) + "," + token + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withDriverOptions(String url) {
        if (url.contains("connectionTimeZone")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?")
                + "connectionTimeZone=UTC&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** Only with --recreate: the load database starts empty, as the test harness's does. */
    private static void recreateDatabase(String jdbcUrl, String username, String password) throws Exception {
        Matcher m = Pattern.compile("(jdbc:[a-z]+://[^/]+)/([A-Za-z0-9_]+)(.*)").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalStateException("cannot read the database name from " + jdbcUrl);
        }
        try (Connection connection = DriverManager.getConnection(m.group(1) + "/" + m.group(3), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + m.group(2) + "`");
            statement.execute("CREATE DATABASE `" + m.group(2) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Only with --recreate: leaderboards of a previous run must not meet round ids reused by a new schema. */
    private static void flushRedis(String uri) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String env(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }
}
