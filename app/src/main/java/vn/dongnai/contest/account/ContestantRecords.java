package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the platform holds about one contestant: the registration, the consent record, the
 * attempts and the results. The contestant downloads it (in clear: it is theirs); the support desk
 * reads it with citizen ID and phone masked. Codes come with their one Vietnamese label.
 */
@Singleton
public class ContestantRecords {

    private final Sql sql;
    private final PersonalData personalData;

    ContestantRecords(Sql sql, PersonalData personalData) {
        this.sql = sql;
        this.personalData = personalData;
    }

    /**
     * @param citizenId and {@code phone}: in clear or masked, as the caller asked; "" once erased
     */
    @Serdeable
    public record RegistrationRecord(long accountId, String fullName, String displayName, String citizenId,
                                     String phone, @Nullable String email, LocalDate birthDate, String commune,
                                     @Nullable String unit, String group, String groupLabel, boolean enabled,
                                     boolean mustChangePassword, Instant registeredAt, @Nullable Instant erasedAt) {
    }

    @Serdeable
    public record ConsentRecord(String version, Instant acceptedAt) {
    }

    @Serdeable
    public record AttemptRecord(long attemptId, long contestId, String contestName, long roundId, String roundName,
                                int attemptNo, String status, String statusLabel, Instant startedAt,
                                @Nullable Instant submittedAt, @Nullable Integer score, @Nullable Integer correctCount,
                                int questionCount, @Nullable Long durationMs, @Nullable Long prediction,
                                boolean disqualified) {
    }

    /** A place in a frozen ranking, with the prize of a signed or published decision. */
    @Serdeable
    public record ResultRecord(long roundId, String roundName, String contestName, int rank, int score,
                               long durationMs, Instant submittedAt, @Nullable String prize, @Nullable Long prizeAmountVnd) {
    }

    /** What a page header shows of a contestant: the public name and where they come from. */
    public record Header(String displayName, String commune, @Nullable String unit) {
    }

    Optional<Header> header(long accountId) {
        return sql.one("SELECT display_name, commune, unit FROM participant WHERE account_id = ?",
                rs -> new Header(rs.getString("display_name"), rs.getString("commune"), rs.getString("unit")), accountId);
    }

    public Optional<RegistrationRecord> registration(long accountId, boolean clear) {
        return sql.one("""
                SELECT a.id, a.full_name, p.display_name, p.citizen_id_cipher, p.phone_cipher, p.email, p.birth_date,
                       p.commune, p.unit, p.participant_group, a.enabled, a.password_change_required, a.created_at, a.erased_at
                FROM account a JOIN participant p ON p.account_id = a.id WHERE a.id = ?""",
                rs -> {
                    String group = rs.getString("participant_group");
                    return new RegistrationRecord(rs.getLong("id"), rs.getString("full_name"), rs.getString("display_name"),
                            shown(rs.getBytes("citizen_id_cipher"), clear, true), shown(rs.getBytes("phone_cipher"), clear, false),
                            rs.getString("email"), Sql.date(rs, "birth_date"), rs.getString("commune"), rs.getString("unit"),
                            group, groupLabel(group), rs.getBoolean("enabled"), rs.getBoolean("password_change_required"),
                            Sql.instant(rs, "created_at"), Sql.instant(rs, "erased_at"));
                }, accountId);
    }

    public Optional<ConsentRecord> consent(long accountId) {
        return sql.one("SELECT consent_version, consent_at FROM participant WHERE account_id = ?",
                rs -> new ConsentRecord(rs.getString("consent_version"), Sql.instant(rs, "consent_at")), accountId);
    }

    public List<AttemptRecord> attempts(long accountId) {
        return sql.list("""
                SELECT t.id AS attempt_id, c.id AS contest_id, c.name AS contest_name, r.id AS round_id,
                       r.name AS round_name, t.attempt_no, t.status, t.started_at, t.submitted_at, t.score,
                       t.correct_count, t.question_count, t.duration_ms, t.prediction, t.disqualified
                FROM attempt t JOIN contest_round r ON r.id = t.round_id JOIN contest c ON c.id = r.contest_id
                WHERE t.account_id = ? ORDER BY t.started_at DESC, t.id DESC""",
                rs -> new AttemptRecord(rs.getLong("attempt_id"), rs.getLong("contest_id"), rs.getString("contest_name"),
                        rs.getLong("round_id"), rs.getString("round_name"), rs.getInt("attempt_no"), rs.getString("status"),
                        attemptStatusLabel(rs.getString("status")), Sql.instant(rs, "started_at"),
                        Sql.instant(rs, "submitted_at"), Sql.nullableInt(rs, "score"), Sql.nullableInt(rs, "correct_count"),
                        rs.getInt("question_count"), Sql.nullableLong(rs, "duration_ms"), Sql.nullableLong(rs, "prediction"),
                        rs.getBoolean("disqualified")), accountId);
    }

    public List<ResultRecord> results(long accountId) {
        return sql.list("""
                SELECT e.round_id, r.name AS round_name, c.name AS contest_name, e.rank_no, e.score, e.duration_ms,
                       e.submitted_at,
                       (SELECT w.tier_name FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                        WHERE w.scope_key = CONCAT('R', e.round_id) AND w.account_id = e.account_id
                          AND d.status IN ('SIGNED', 'PUBLISHED') LIMIT 1) AS prize,
                       (SELECT w.amount_vnd FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                        WHERE w.scope_key = CONCAT('R', e.round_id) AND w.account_id = e.account_id
                          AND d.status IN ('SIGNED', 'PUBLISHED') LIMIT 1) AS prize_amount_vnd
                FROM ranked_entry e JOIN contest_round r ON r.id = e.round_id JOIN contest c ON c.id = r.contest_id
                WHERE e.account_id = ? ORDER BY e.round_id""",
                rs -> new ResultRecord(rs.getLong("round_id"), rs.getString("round_name"), rs.getString("contest_name"),
                        rs.getInt("rank_no"), rs.getInt("score"), rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"),
                        rs.getString("prize"), Sql.nullableLong(rs, "prize_amount_vnd")),
                accountId);
    }

    private String shown(byte[] cipher, boolean clear, boolean citizenId) {
        String value = personalData.decrypt(cipher);
        if (clear) {
            return value;
        }
        return citizenId ? Masking.citizenId(value) : Masking.phone(value);
    }

    public static String groupLabel(String group) {
        return switch (group) {
            case "OFFICIAL" -> "Cán bộ, công chức, viên chức";
            case "UNION_MEMBER" -> "Đoàn viên, hội viên";
            case "STUDENT" -> "Học sinh, sinh viên";
            case "RESIDENT" -> "Người dân";
            default -> "Khác";
        };
    }

    static String attemptStatusLabel(String status) {
        return switch (status) {
            case "OPEN" -> "Đang làm bài";
            case "SUBMITTED" -> "Đã nộp bài";
            case "EXPIRED" -> "Hết giờ, đã chấm phần đã lưu";
            default -> "Khác";
        };
    }
}
