package vn.dongnai.contest.award;

import io.micronaut.context.ApplicationContext;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.Passwords;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.ranking.RoundCloser;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.system.Sql;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Contestants with real (encrypted) personal data, their entries, closed rounds and staff logins,
 * written straight into MySQL so award scenarios stay fast and exact.
 */
final class AwardFixtures {

    static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    private final ApplicationContext context;
    private final Fixtures fixtures;
    private final Sql sql;
    private final PersonalData personalData;

    AwardFixtures(ApplicationContext context, Fixtures fixtures) {
        this.context = context;
        this.fixtures = fixtures;
        this.sql = context.getBean(Sql.class);
        this.personalData = context.getBean(PersonalData.class);
    }

    record Person(long accountId, String fullName, String citizenId, String phone, String displayName) {
    }

    /** The committee has checked every winner's papers, as signing requires. */
    static void verifyWinners(vn.dongnai.contest.support.Api api, java.util.Map<String, Object> decision, String committee) {
        Object winners = decision.get("winners");
        if (winners == null) {
            return;
        }
        for (Object winner : (java.util.List<?>) winners) {
            Object accountId = ((java.util.Map<?, ?>) winner).get("accountId");
            var verified = api.post("/api/admin/contestants/" + accountId + "/identity-verification",
                    java.util.Map.of("method", "IN_PERSON", "note", "CCCD gốc"), committee);
            if (verified.status() != 200) {
                throw new IllegalStateException("verification failed: " + verified.body());
            }
        }
    }

    /** A staff login holding the given roles (comma-separated); returns its access token. */
    String staff(String roles) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        long accountId = sql.insert("""
                INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at)
                VALUES (?, ?, ?, ?, TRUE, ?)""", username, "Cán bộ " + roles,
                context.getBean(Passwords.class).hash("Staff-pass-1234"), roles, Instant.now());
        fixtures.grantTestUnit(accountId, roles);
        return fixtures.login(username, "Staff-pass-1234");
    }

    Person person(String fullName, String unit, String commune, String group) {
        String citizenId = Fixtures.citizenId(1990);
        String phone = Fixtures.phone();
        long id = sql.insert("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) "
                + "VALUES (?, 'x', 'CONTESTANT', TRUE, ?)", fullName, Instant.now());
        String displayName = Masking.displayName(fullName);
        sql.update("""
                INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, birth_date,
                                         commune, unit, participant_group, display_name, consent_version, consent_at)
                VALUES (?, ?, ?, ?, ?, '1990-05-17', ?, ?, ?, ?, '2025-11-01', ?)""",
                id, personalData.hash("cid", citizenId), personalData.encrypt(citizenId), personalData.hash("phone", phone),
                personalData.encrypt(phone), commune, unit, group, displayName, Instant.now());
        return new Person(id, fullName, citizenId, phone, displayName);
    }

    Person person(String fullName) {
        return person(fullName, "Sở Khoa học và Công nghệ", "Phường Trấn Biên", "OFFICIAL");
    }

    /** A graded attempt: {@code correct} of the round's questions right, one point each. */
    long entry(ContestRound round, Person p, int correct, Long prediction, long durationMs, Instant submittedAt) {
        int attemptNo = sql.one("SELECT COUNT(*) + 1 AS n FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getInt("n"), round.id(), p.accountId()).orElse(1);
        return sql.insert("""
                INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                                     question_count, correct_count, score, prediction)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?)""",
                round.id(), p.accountId(), attemptNo, submittedAt.minusMillis(durationMs), submittedAt, submittedAt,
                durationMs, round.questionCount(), correct, correct, prediction);
    }

    long entry(ContestRound round, Person p, int correct, long durationMs) {
        return entry(round, p, correct, null, durationMs, T0);
    }

    /** A published contest with one open round of {@code questions} questions, predicting participants. */
    ContestRound round(int questions) {
        return fixtures.openRound(new Fixtures.RoundSpec(questions, 600, 3, 5, true), questions);
    }

    /** Another round of the same contest. */
    ContestRound nextRound(ContestRound first, int seq) {
        Instant now = Instant.now();
        return context.getBean(Rounds.class).add(new ContestRound(null, first.contestId(), seq, "Đợt " + seq,
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), first.questionCount(),
                first.timeLimitSeconds(), first.attemptsAllowed(), ContestRound.BEST, first.graceSeconds(), 1,
                first.predictionKind(), first.predictionPrompt(), ContestRound.PUBLISHED, now, now));
    }

    /** Ends the round's window and freezes its ranking. */
    RoundCloser.Snapshot close(ContestRound round) {
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofMinutes(5)), round.id());
        return context.getBean(RoundCloser.class).close(round.id(), null, "test");
    }

    /**
     * Many contestants at once, each with one graded entry ({@code correct} right, {@code durationMs},
     * submitted at {@code submittedAt}): three batched statements instead of a few per person.
     */
    List<Person> ranked(ContestRound round, int n, IntFunction<String> name, IntUnaryOperator correct,
                        IntToLongFunction durationMs, Instant submittedAt) {
        String tag = "bulk-" + UUID.randomUUID();
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(new Object[]{name.apply(i), tag, Instant.now()});
        }
        sql.batch("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) VALUES (?, ?, 'CONTESTANT', TRUE, ?)",
                accounts);
        List<Long> ids = sql.list("SELECT id FROM account WHERE password_hash = ? ORDER BY id", rs -> rs.getLong("id"), tag);
        List<Person> people = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String citizenId = Fixtures.citizenId(1990);
            String phone = Fixtures.phone();
            Person p = new Person(ids.get(i), name.apply(i), citizenId, phone, Masking.displayName(name.apply(i)));
            people.add(p);
            participants.add(new Object[]{p.accountId(), personalData.hash("cid", citizenId), personalData.encrypt(citizenId),
                    personalData.hash("phone", phone), personalData.encrypt(phone), p.displayName(), Instant.now()});
            long duration = durationMs.applyAsLong(i);
            attempts.add(new Object[]{round.id(), p.accountId(), submittedAt.minusMillis(duration), submittedAt, submittedAt,
                    duration, round.questionCount(), correct.applyAsInt(i), correct.applyAsInt(i)});
        }
        sql.batch("""
                INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, birth_date,
                                         commune, unit, participant_group, display_name, consent_version, consent_at)
                VALUES (?, ?, ?, ?, ?, '1990-05-17', 'Phường Trấn Biên', 'Sở Khoa học và Công nghệ', 'OFFICIAL', ?,
                        '2025-11-01', ?)""", participants);
        sql.batch("""
                INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                                     question_count, correct_count, score)
                VALUES (?, ?, 1, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?)""", attempts);
        return people;
    }

    /** A unit of the catalog with a name unique to this test run. */
    String unit(String name, Integer headcount) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        sql.update("INSERT INTO unit (name, kind, headcount, active) VALUES (?, 'SO_NGANH', ?, TRUE)", unique, headcount);
        return unique;
    }
}
