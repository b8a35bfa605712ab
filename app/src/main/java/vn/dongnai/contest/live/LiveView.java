package vn.dongnai.contest.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What organizers watch during a round, computed from MySQL on request. */
@Singleton
class LiveView {

    static final int MAX_MINUTES = 24 * 60;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sql sql;
    private final Clock clock;
    private final KeyCheck.Thresholds keyThresholds;

    LiveView(ReadReplica reads, Clock clock,
             @Value("${contest.live.key-check-min-answers:20}") int keyCheckMinAnswers,
             @Value("${contest.live.key-check-ratio:1.5}") double keyCheckRatio) {
        this.sql = reads.sql();
        this.clock = clock;
        this.keyThresholds = new KeyCheck.Thresholds(keyCheckMinAnswers, keyCheckRatio);
    }

    @Serdeable
    record Minute(Instant minute, long registrations, long started, long submitted) {
    }

    /**
     * @param registrations contestants who registered while the round was open (registration is not
     *                      per round; the platform's other contests and earlier rounds do not count)
     */
    @Serdeable
    record Totals(long registrations, long contestants, long started, long submitted, long expired, long open,
                  long disqualifiedContestants) {
    }

    @Serdeable
    record ScoreBucket(int score, long attempts) {
    }

    @Serdeable
    record Overview(long roundId, String name, String status, Instant opensAt, Instant closesAt, Instant serverTime,
                    Totals totals, List<Minute> perMinute, List<ScoreBucket> scores) {
    }

    @Serdeable
    record OptionStat(String letter, String text, boolean key, long chosen) {
    }

    /**
     * One question version as shown in the round's closed attempts. {@code suspectedWrongKey}
     * comes with the reason; {@code current} says whether this is still the question's current
     * version (after a key fix the old one is what a regrade corrects).
     */
    @Serdeable
    record QuestionStat(long questionId, String code, long versionId, int version, boolean current, String text,
                        long shown, long answered, long correct, @Nullable Double correctRate,
                        List<OptionStat> options, boolean suspectedWrongKey, @Nullable String reason,
                        @Nullable String reasonEn) {
    }

    Overview overview(long roundId, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            new FieldErrors().add("minutes", "OUT_OF_RANGE", "Số phút phải từ 1 đến " + MAX_MINUTES + ".",
                    "minutes must be 1.." + MAX_MINUTES + ".").throwIfAny();
        }
        record Head(String name, String status, Instant opensAt, Instant closesAt) {
        }
        Head head = sql.one("SELECT name, status, opens_at, closes_at FROM contest_round WHERE id = ?",
                        rs -> new Head(rs.getString("name"), rs.getString("status"), Sql.instant(rs, "opens_at"),
                                Sql.instant(rs, "closes_at")), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        Instant now = clock.instant();
        Instant until = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant from = until.minus(minutes, ChronoUnit.MINUTES);
        Instant windowEnd = now.isBefore(head.closesAt) ? now : head.closesAt;
        Map<Instant, Long> registered = perMinute("SELECT DATE_FORMAT(consent_at, '%Y-%m-%d %H:%i') AS minute, COUNT(*) AS events FROM participant "
                + "WHERE consent_at >= ? AND consent_at < ? AND consent_at >= ? AND consent_at < ? GROUP BY 1",
                from, until, head.opensAt, head.closesAt);
        Map<Instant, Long> started = perMinute("SELECT DATE_FORMAT(started_at, '%Y-%m-%d %H:%i') AS minute, COUNT(*) AS events FROM attempt "
                + "WHERE round_id = ? AND started_at >= ? AND started_at < ? GROUP BY 1", roundId, from, until);
        Map<Instant, Long> submitted = perMinute("SELECT DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i') AS minute, COUNT(*) AS events FROM attempt "
                + "WHERE round_id = ? AND status = 'SUBMITTED' AND submitted_at >= ? AND submitted_at < ? GROUP BY 1",
                roundId, from, until);
        List<Minute> perMinute = new ArrayList<>();
        for (Instant m = from; m.isBefore(until); m = m.plus(1, ChronoUnit.MINUTES)) {
            perMinute.add(new Minute(m, registered.getOrDefault(m, 0L), started.getOrDefault(m, 0L),
                    submitted.getOrDefault(m, 0L)));
        }
        long registrations = !windowEnd.isAfter(head.opensAt) ? 0 : sql.one(
                "SELECT COUNT(*) AS registrations FROM participant WHERE consent_at >= ? AND consent_at < ?",
                rs -> rs.getLong("registrations"),
                head.opensAt, windowEnd).orElse(0L);
        Totals totals = sql.one("""
                SELECT COUNT(DISTINCT account_id) AS contestants, COUNT(*) AS started,
                       SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted,
                       SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,
                       SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END) AS still_open,
                       COUNT(DISTINCT CASE WHEN disqualified THEN account_id END) AS disqualified_contestants
                FROM attempt WHERE round_id = ?""",
                rs -> new Totals(registrations, rs.getLong("contestants"), rs.getLong("started"),
                        rs.getLong("submitted"), rs.getLong("expired"), rs.getLong("still_open"),
                        rs.getLong("disqualified_contestants")), roundId).orElseThrow();
        List<ScoreBucket> scores = sql.list("""
                SELECT score, COUNT(*) AS attempts FROM attempt
                WHERE round_id = ? AND status <> 'OPEN' AND disqualified = FALSE
                GROUP BY score ORDER BY score""",
                rs -> new ScoreBucket(rs.getInt("score"), rs.getLong("attempts")), roundId);
        return new Overview(roundId, head.name, head.status, head.opensAt, head.closesAt, now, totals, perMinute, scores);
    }

    /** Events per minute from a query of {@code minute} ("yyyy-MM-dd HH:mm", UTC) and {@code events}. */
    private Map<Instant, Long> perMinute(String query, Object... values) {
        Map<Instant, Long> events = new HashMap<>();
        sql.list(query, rs -> events.put(LocalDateTime.parse(rs.getString("minute"), MINUTE).toInstant(ZoneOffset.UTC),
                rs.getLong("events")), values);
        return events;
    }

    /**
     * Whether an option is the key as the round's grading now has it: answers the grading (or a
     * regrade after a key fix) marked tell; an option nobody chose keeps the version's own mark.
     */
    private static boolean keyAfterGrading(long optionId, boolean versionKey, Map<Long, Boolean> gradedCorrect) {
        Boolean graded = gradedCorrect.get(optionId);
        return graded == null ? versionKey : graded;
    }

    /**
     * Per question version shown in the round's graded attempts; likely wrong keys first, then the
     * hardest. Correct rates and keys follow regrades, so a fixed key leaves the "worst questions".
     */
    List<QuestionStat> questions(long roundId) {
        sql.one("SELECT id FROM contest_round WHERE id = ?", rs -> rs.getLong("id"), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        Map<Long, Long> shown = new HashMap<>();
        sql.list("""
                SELECT aq.question_version_id, COUNT(*) AS shown
                FROM attempt a JOIN attempt_question aq ON aq.attempt_id = a.id
                WHERE a.round_id = ? AND a.status <> 'OPEN' GROUP BY aq.question_version_id""",
                rs -> shown.put(rs.getLong("question_version_id"), rs.getLong("shown")), roundId);
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> chosen = new HashMap<>();
        // how grading marked each option's answers: after a regrade the fixed key is what counts
        Map<Long, Boolean> gradedCorrect = new HashMap<>();
        sql.list("""
                SELECT an.option_id, COUNT(*) AS chosen, SUM(CASE WHEN an.correct THEN 1 ELSE 0 END) AS marked_correct,
                       SUM(CASE WHEN an.correct IS NULL THEN 0 ELSE 1 END) AS marked
                FROM attempt a JOIN answer an ON an.attempt_id = a.id
                WHERE a.round_id = ? AND a.status <> 'OPEN' GROUP BY an.option_id""",
                rs -> {
                    long option = rs.getLong("option_id");
                    chosen.put(option, rs.getLong("chosen"));
                    if (rs.getLong("marked") > 0) {
                        gradedCorrect.put(option, rs.getLong("marked_correct") > 0);
                    }
                    return null;
                }, roundId);
        record Row(long versionId, long questionId, String code, int version, int currentVersion, String text,
                   long optionId, String optionText, boolean correct) {
        }
        List<Long> versionIds = List.copyOf(shown.keySet());
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < versionIds.size(); from += 500) {
            List<Long> chunk = versionIds.subList(from, Math.min(versionIds.size(), from + 500));
            rows.addAll(sql.list("""
                    SELECT v.id AS version_id, q.id AS question_id, q.code, v.version_no, q.current_version,
                           v.text AS question_text, o.id AS option_id, o.text AS option_text, o.correct
                    FROM question_version v JOIN question q ON q.id = v.question_id
                    JOIN question_option o ON o.version_id = v.id
                    WHERE v.id IN (%s) ORDER BY v.id, o.position""".formatted(Sql.marks(chunk.size())),
                    rs -> new Row(rs.getLong("version_id"), rs.getLong("question_id"), rs.getString("code"),
                            rs.getInt("version_no"), rs.getInt("current_version"), rs.getString("question_text"),
                            rs.getLong("option_id"), rs.getString("option_text"), rs.getBoolean("correct")),
                    chunk.toArray()));
        }
        List<QuestionStat> stats = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Row first = rows.get(i);
            List<OptionStat> options = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            int key = -1;
            long answered = 0;
            long correct = 0;
            while (i < rows.size() && rows.get(i).versionId() == first.versionId()) {
                Row r = rows.get(i);
                long n = chosen.getOrDefault(r.optionId(), 0L);
                if (keyAfterGrading(r.optionId(), r.correct(), gradedCorrect)) {
                    key = options.size();
                    correct = n;
                }
                answered += n;
                counts.add(n);
                options.add(new OptionStat(String.valueOf((char) ('A' + options.size())), r.optionText(),
                        keyAfterGrading(r.optionId(), r.correct(), gradedCorrect), n));
                i++;
            }
            Optional<KeyCheck.Suspicion> suspicion = KeyCheck.check(counts, key, keyThresholds);
            stats.add(new QuestionStat(first.questionId(), first.code(), first.versionId(), first.version(),
                    first.version() == first.currentVersion(), first.text(), shown.get(first.versionId()), answered,
                    correct, answered == 0 ? null : (double) correct / answered, options, suspicion.isPresent(),
                    suspicion.map(KeyCheck.Suspicion::reasonVi).orElse(null),
                    suspicion.map(KeyCheck.Suspicion::reasonEn).orElse(null)));
        }
        stats.sort(Comparator.comparing((QuestionStat s) -> !s.suspectedWrongKey())
                .thenComparing(s -> s.correctRate() == null ? 2.0 : s.correctRate())
                .thenComparing(QuestionStat::code));
        return stats;
    }
}
