package vn.dongnai.contest.support;

import io.micronaut.context.ApplicationContext;
import org.altcha.altcha.Altcha;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.question.BankImporter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds contests, rounds and contestants through the app's own beans and API. */
public final class Fixtures {

    /**
     * The organizing unit of every contest the fixtures make; {@link Staff} grants its organizers and
     * committee members this unit, so they reach those contests as staff of the running department do.
     */
    public static final String TEST_UNIT = "Ban tổ chức kiểm thử";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final ApplicationContext context;
    private final Api api;

    public Fixtures(ApplicationContext context, Api api) {
        this.context = context;
        this.api = api;
    }

    public record Contestant(long id, String citizenId, String phone, String password, String token) {
    }

    /** A valid citizen ID for someone born in {@code year} (Đồng Nai's code 075), unique per call. */
    public static String citizenId(int year) {
        int century = (year / 100 - 19) * 2;
        return "075" + century + String.format("%02d", year % 100) + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    public static String phone() {
        return "09" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
    }

    public static Map<String, Object> registration(String fullName, String citizenId, String phone) {
        return Map.of("fullName", fullName, "citizenId", citizenId, "phone", phone,
                "birthDate", LocalDate.of(1990, 5, 17).toString(), "commune", "Phường Trấn Biên",
                "unit", "Sở Khoa học và Công nghệ", "group", "OFFICIAL", "password", "matkhau123",
                "consent", Map.of("version", "2025-11-01", "accepted", true));
    }

    public Contestant contestant() {
        return contestant(null);
    }

    /** A contestant registered with a solved bot check ({@code altcha}), for tests that switch it on. */
    public Contestant contestant(String altcha) {
        return contestant("Nguyễn Văn An", "Sở Khoa học và Công nghệ", altcha);
    }

    /** A contestant with this name, working in this unit (one on the catalog when a catalog is kept). */
    public Contestant contestant(String fullName, String unit, String altcha) {
        String citizenId = citizenId(1990);
        String phone = phone();
        Map<String, Object> form = new java.util.HashMap<>(registration(fullName, citizenId, phone));
        form.put("unit", unit);
        if (altcha != null) {
            form.put("altcha", altcha);
        }
        Api.Reply registered = api.post("/api/register", form, null);
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered.status() + " " + registered.body());
        }
        long id = ((Number) registered.map().get("participantId")).longValue();
        return new Contestant(id, citizenId, phone, "matkhau123", login(phone, "matkhau123"));
    }

    /** What the page's worker does for the bot check: a fresh challenge, solved, as the payload the form sends. */
    public String solvedBotCheck() {
        Map<String, Object> challenge = api.get("/api/altcha/challenge", null).map();
        String salt = (String) challenge.get("salt");
        try {
            Altcha.Solution solution = Altcha.solveChallenge((String) challenge.get("challenge"), salt, Altcha.Algorithm.SHA256,
                    ((Number) challenge.get("maxnumber")).longValue(), 0);
            String payload = "{\"algorithm\":\"" + challenge.get("algorithm") + "\",\"challenge\":\"" + challenge.get("challenge")
                    + "\",\"number\":" + solution.number + ",\"salt\":\"" + salt + "\",\"signature\":\""
                    + challenge.get("signature") + "\"}";
            return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("the bot check could not be solved", e);
        }
    }

    /** When a test keeps a unit or commune list, the fixture's own unit and commune must be on it. */
    private void listInCatalogIfOneIsKept() {
        vn.dongnai.contest.system.Sql sql = context.getBean(vn.dongnai.contest.system.Sql.class);
        sql.update("INSERT INTO unit (name, active) SELECT ?, TRUE FROM DUAL WHERE EXISTS (SELECT 1 FROM unit WHERE active = TRUE) "
                + "AND NOT EXISTS (SELECT 1 FROM unit WHERE name = ?)", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ");
        sql.update("INSERT INTO commune (name, active) SELECT ?, TRUE FROM DUAL WHERE EXISTS (SELECT 1 FROM commune WHERE active = TRUE) "
                + "AND NOT EXISTS (SELECT 1 FROM commune WHERE name = ?)", "Phường Trấn Biên", "Phường Trấn Biên");
    }

    /**
     * Grants a staff account its contest roles (of the comma-separated {@code roles}) on the
     * fixtures' unit, straight in MySQL: for accounts made without the API, before their first call.
     */
    public void grantTestUnit(long accountId, String roles) {
        vn.dongnai.contest.system.Sql sql = context.getBean(vn.dongnai.contest.system.Sql.class);
        for (String role : roles.split(",")) {
            if (List.of("ORGANIZER", "COMMITTEE", "COMMITTEE_CHAIR").contains(role.strip())) {
                sql.update("INSERT INTO staff_grant (account_id, role, organizing_unit, granted_at) VALUES (?, ?, ?, ?)",
                        accountId, role.strip(), TEST_UNIT, Instant.now());
            }
        }
    }

    public String login(String username, String password) {
        Api.Reply reply = api.post("/login", Map.of("username", username, "password", password), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("login failed: " + reply.status() + " " + reply.body());
        }
        return (String) reply.map().get("access_token");
    }

    /** A graded entry to write straight into MySQL, for tests that need thousands of them. */
    public record Graded(int score, Long prediction, long durationMs, Instant submittedAt, String unit, String commune) {
    }

    /**
     * Writes contestants and their graded attempts directly (no BCrypt, no HTTP): {@code graded.get(i)}
     * holds the attempts of contestant i. Returns the contestants' account ids.
     */
    public List<Long> gradedEntries(ContestRound round, List<List<Graded>> graded) {
        vn.dongnai.contest.system.Sql sql = context.getBean(vn.dongnai.contest.system.Sql.class);
        vn.dongnai.contest.account.PersonalData personalData = context.getBean(vn.dongnai.contest.account.PersonalData.class);
        java.security.SecureRandom random = new java.security.SecureRandom();
        List<Long> accounts = new ArrayList<>();
        List<Object[]> attemptRows = new ArrayList<>();
        for (List<Graded> attempts : graded) {
            long accountId = sql.insert("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) "
                    + "VALUES ('Nguyễn Văn An', 'x', 'CONTESTANT', TRUE, ?)", Instant.now());
            byte[] cid = new byte[32];
            byte[] phone = new byte[32];
            random.nextBytes(cid);
            random.nextBytes(phone);
            String unit = attempts.isEmpty() ? null : attempts.getFirst().unit();
            String commune = attempts.isEmpty() ? "Phường Trấn Biên" : attempts.getFirst().commune();
            sql.update("INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, "
                            + "birth_date, commune, unit, participant_group, display_name, consent_version, consent_at) "
                            + "VALUES (?, ?, ?, ?, ?, '1990-01-01', ?, ?, 'RESIDENT', ?, '2025-11-01', ?)",
                    // the ciphers are real ones, as the app writes them: the support desk decrypts to mask
                    accountId, cid, personalData.encrypt(citizenId(1990)), phone, personalData.encrypt(phone()), commune, unit,
                    "Nguyễn V. " + accountId, Instant.now());
            int no = 1;
            for (Graded g : attempts) {
                attemptRows.add(new Object[]{round.id(), accountId, no++, g.submittedAt().minusMillis(g.durationMs()),
                        g.submittedAt(), g.submittedAt(), g.durationMs(), round.questionCount(),
                        Math.min(g.score(), round.questionCount()), g.score(), g.prediction()});
            }
            accounts.add(accountId);
        }
        sql.batch("INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, "
                + "duration_ms, question_count, correct_count, score, prediction) "
                + "VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?)", attemptRows);
        return accounts;
    }

    public record RoundSpec(int questionCount, int timeLimitSeconds, int attemptsAllowed, int graceSeconds,
                            boolean prediction) {
        public static RoundSpec standard() {
            return new RoundSpec(5, 600, 2, 5, true);
        }
    }

    /** A published contest with its own bank of {@code bankSize} questions and one open round. */
    public ContestRound openRound(RoundSpec spec, int bankSize) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < bankSize; i++) {
            questions.add(new Question("t" + tag + "-" + i, "Chủ đề " + (i % 3), Level.values()[i % 3],
                    "Câu hỏi số " + i + " của bộ " + tag + "?",
                    List.of("Phương án một " + i, "Phương án hai " + i, "Phương án ba " + i, "Phương án bốn " + i),
                    i % 4, null, "000_75008c732ac8b331.txt", null));
        }
        BankImporter importer = context.getBean(BankImporter.class);
        long bankId = importer.bankNamed("Bộ kiểm thử " + tag);
        importer.importBank(bankId, Bank.of(questions), null);
        Instant now = Instant.now();
        Contest contest = context.getBean(Contests.class).add(new Contest(null, "test-" + tag,
                "Cuộc thi kiểm thử " + tag, null, "Ban tổ chức", null, bankId, Contest.PUBLISHED, now, now));
        context.getBean(vn.dongnai.contest.system.Sql.class)
                .update("UPDATE contest SET organizing_unit = ? WHERE id = ?", TEST_UNIT, contest.id());
        return context.getBean(Rounds.class).add(new ContestRound(null, contest.id(), 1, "Đợt 1",
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), spec.questionCount(),
                spec.timeLimitSeconds(), spec.attemptsAllowed(), ContestRound.BEST, spec.graceSeconds(), 1,
                spec.prediction() ? "PARTICIPANTS" : "NONE",
                spec.prediction() ? "Có bao nhiêu người tham gia?" : null, ContestRound.PUBLISHED, now, now));
    }
}
