package vn.dongnai.contest.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every figure of a final report from MySQL (the read replica when there is one). Each
 * figure is one aggregate query over the scope's rounds, so a report over 100,000 entries costs a
 * handful of indexed scans and holds only the aggregates, never the entries.
 *
 * <p>Definitions the report states in its notes: a participant has at least one attempt in the
 * scope; graded attempts are those submitted or timed out and not disqualified; a question's
 * correct rate is correct answers ÷ times it was shown (an unanswered question counts as wrong),
 * as graded now, so a regrade after a key fix is reflected; prizes come from published decisions only.
 */
@Singleton
class ReportQuery {

    /** Vietnam time has no daylight saving: a calendar day there is UTC shifted by seven hours. */
    private static final String VN_DAY = "DATE(DATE_ADD(%s, INTERVAL 7 HOUR))";
    static final int QUESTIONS_LISTED = 10;
    static final String UNDECLARED = "(Không khai báo)";

    private final Sql sql;
    private final Clock clock;
    private final JsonMapper json;

    ReportQuery(ReadReplica reads, Clock clock, JsonMapper json) {
        this.sql = reads.sql();
        this.clock = clock;
        this.json = json;
    }

    /** The figures of a contest, or of one of its rounds when {@code roundId} is given; 404 for an unknown either. */
    ReportFigures figures(long contestId, @Nullable Long roundId) {
        record Contest(String name, String organizer, Instant createdAt) {
        }
        Contest contest = sql.one("SELECT name, organizer, created_at FROM contest WHERE id = ?",
                        rs -> new Contest(rs.getString("name"), rs.getString("organizer"), Sql.instant(rs, "created_at")),
                        contestId)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
        record Round(long id, String name, Instant opensAt, Instant closesAt) {
        }
        List<Round> rounds = sql.list("""
                SELECT id, name, opens_at, closes_at FROM contest_round WHERE contest_id = ? ORDER BY seq""",
                rs -> new Round(rs.getLong("id"), rs.getString("name"), Sql.instant(rs, "opens_at"),
                        Sql.instant(rs, "closes_at")), contestId);
        if (roundId != null) {
            rounds = rounds.stream().filter(r -> r.id() == roundId).toList();
            if (rounds.isEmpty()) {
                throw ApiException.notFound("đợt thi");
            }
        }
        Instant from = roundId != null ? rounds.getFirst().opensAt() : contest.createdAt();
        Instant until = rounds.stream().map(Round::closesAt).max(Comparator.naturalOrder()).orElse(from);
        String label = roundId != null ? rounds.getFirst().name() : contest.name();
        ReportFigures.Scope scope = new ReportFigures.Scope(contestId, contest.name(), contest.organizer(), roundId, label,
                from, until, clock.instant(), rounds.stream().map(Round::name).toList());
        List<Object> ids = rounds.stream().<Object>map(Round::id).toList();
        if (ids.isEmpty()) {
            ids = List.of(-1L);
        }
        String in = Sql.marks(ids.size());
        Object[] roundIds = ids.toArray();
        List<String> scopeKeys = new ArrayList<>();
        if (roundId == null) {
            scopeKeys.add("C" + contestId);
        }
        rounds.forEach(r -> scopeKeys.add("R" + r.id()));
        QuestionExtremes questions = questions(in, roundIds);
        return new ReportFigures(scope, totals(in, roundIds, from, until), days(in, roundIds, from, until),
                groups(in, roundIds), areas(in, roundIds, "unit", "unit"), areas(in, roundIds, "commune", "commune"),
                scores(in, roundIds), questions.hardest(), questions.easiest(),
                regrades(in, roundIds), disqualifications(in, roundIds), individualPrizes(scopeKeys),
                collectivePrizes(scopeKeys), rankings(in, roundIds));
    }

    private ReportFigures.Totals totals(String in, Object[] rounds, Instant from, Instant until) {
        long registrations = sql.one(
                "SELECT COUNT(*) AS registrations FROM participant WHERE consent_at >= ? AND consent_at < ?",
                rs -> rs.getLong("registrations"), from, until).orElse(0L);
        return sql.one("""
                SELECT COUNT(DISTINCT account_id) AS participants, COUNT(*) AS started,
                       COALESCE(SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END), 0) AS submitted,
                       COALESCE(SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END), 0) AS expired,
                       COALESCE(SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END), 0) AS still_open,
                       COUNT(DISTINCT CASE WHEN status = 'SUBMITTED' THEN account_id END) AS contestants_submitted,
                       COUNT(DISTINCT CASE WHEN disqualified THEN account_id END) AS disqualified_contestants,
                       AVG(CASE WHEN status <> 'OPEN' AND NOT disqualified THEN score END) AS average_score,
                       MAX(CASE WHEN status <> 'OPEN' AND NOT disqualified THEN score END) AS max_score
                FROM attempt WHERE round_id IN (%s)""".formatted(in),
                rs -> new ReportFigures.Totals(registrations, rs.getLong("participants"), rs.getLong("started"),
                        rs.getLong("submitted"), rs.getLong("expired"), rs.getLong("still_open"),
                        rs.getLong("contestants_submitted"), rs.getLong("disqualified_contestants"),
                        percent(rs.getLong("submitted"), rs.getLong("started")), decimal(rs.getBigDecimal("average_score")),
                        Sql.nullableInt(rs, "max_score")), rounds).orElseThrow();
    }

    private List<ReportFigures.Day> days(String in, Object[] rounds, Instant from, Instant until) {
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        count(days, 0, "SELECT " + VN_DAY.formatted("consent_at") + " AS vn_day, COUNT(*) AS n FROM participant "
                + "WHERE consent_at >= ? AND consent_at < ? GROUP BY vn_day", from, until);
        count(days, 1, "SELECT " + VN_DAY.formatted("first_at") + " AS vn_day, COUNT(*) AS n FROM (SELECT MIN(started_at) first_at "
                + "FROM attempt WHERE round_id IN (" + in + ") GROUP BY account_id) f GROUP BY vn_day", rounds);
        count(days, 2, "SELECT " + VN_DAY.formatted("started_at") + " AS vn_day, COUNT(*) AS n FROM attempt WHERE round_id IN ("
                + in + ") GROUP BY vn_day", rounds);
        count(days, 3, "SELECT " + VN_DAY.formatted("submitted_at") + " AS vn_day, COUNT(*) AS n FROM attempt WHERE round_id IN ("
                + in + ") AND status = 'SUBMITTED' GROUP BY vn_day", rounds);
        if (days.isEmpty()) {
            return List.of();
        }
        // every day between the first and the last, so a chart's axis is time and quiet days show as 0
        for (LocalDate d = days.firstKey(); d.isBefore(days.lastKey()); d = d.plusDays(1)) {
            days.putIfAbsent(d, new long[4]);
        }
        return days.entrySet().stream().map(e -> new ReportFigures.Day(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /** {@code query} reads a Vietnam day {@code vn_day} and its count {@code n}, added to the days at {@code column}. */
    private void count(TreeMap<LocalDate, long[]> days, int column, String query, Object... values) {
        sql.list(query, rs -> {
            days.computeIfAbsent(Sql.date(rs, "vn_day"), d -> new long[4])[column] = rs.getLong("n");
            return null;
        }, values);
    }

    private List<ReportFigures.Group> groups(String in, Object[] rounds) {
        return sql.list("""
                SELECT p.participant_group, COUNT(DISTINCT a.account_id) AS participants, COUNT(*) AS attempts,
                       SUM(CASE WHEN a.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted,
                       AVG(CASE WHEN a.status <> 'OPEN' AND NOT a.disqualified THEN a.score END) AS average_score
                FROM attempt a JOIN participant p ON p.account_id = a.account_id
                WHERE a.round_id IN (%s) GROUP BY p.participant_group
                ORDER BY participants DESC, p.participant_group""".formatted(in),
                rs -> new ReportFigures.Group(rs.getString("participant_group"),
                        Labels.of("participantGroup", rs.getString("participant_group")), rs.getLong("participants"),
                        rs.getLong("attempts"), rs.getLong("submitted"), decimal(rs.getBigDecimal("average_score"))), rounds);
    }

    /** Participants per declared unit or commune, with the catalog's headcount of that name. */
    private List<ReportFigures.Area> areas(String in, Object[] rounds, String column, String catalog) {
        return sql.list("""
                SELECT x.name, x.participants, c.headcount FROM (
                    SELECT p.%1$s name, COUNT(DISTINCT a.account_id) participants
                    FROM attempt a JOIN participant p ON p.account_id = a.account_id
                    WHERE a.round_id IN (%2$s) GROUP BY p.%1$s) x
                LEFT JOIN %3$s c ON c.name = x.name
                ORDER BY x.participants DESC, x.name""".formatted(column, in, catalog),
                rs -> {
                    String name = rs.getString("name");
                    long participants = rs.getLong("participants");
                    Integer headcount = Sql.nullableInt(rs, "headcount");
                    return new ReportFigures.Area(name == null || name.isBlank() ? UNDECLARED : name, participants,
                            headcount, headcount == null || headcount <= 0 ? null : percent(participants, headcount));
                }, rounds);
    }

    private List<ReportFigures.ScoreBucket> scores(String in, Object[] rounds) {
        return sql.list("""
                SELECT score, COUNT(*) AS attempts FROM attempt
                WHERE round_id IN (%s) AND status <> 'OPEN' AND disqualified = FALSE AND score IS NOT NULL
                GROUP BY score ORDER BY score""".formatted(in),
                rs -> new ReportFigures.ScoreBucket(rs.getInt("score"), rs.getLong("attempts")), rounds);
    }

    /** The ten questions answered right least often and the ten answered right most often. */
    private record QuestionExtremes(List<ReportFigures.QuestionFigure> hardest, List<ReportFigures.QuestionFigure> easiest) {
    }

    /**
     * Every question's times shown and answered right in one query; both ends are then taken from
     * that list in Java (a bank holds hundreds to a few thousand questions, whatever the number of
     * entries). Each half groups one table by its own {@code question_version_id}, reached by the
     * attempt's primary-key prefix, so no row of the two million is joined to anything else; the
     * versions are folded into their question only after grouping. An unanswered question counts as
     * shown and wrong. Measured against 100,000 entries (docs/performance.md): the former four
     * grouped scans, or one pass with an answer looked up per shown question, took several times longer.
     */
    private QuestionExtremes questions(String in, Object[] rounds) {
        List<Object> values = new ArrayList<>(List.of(rounds));
        values.addAll(List.of(rounds));
        List<ReportFigures.QuestionFigure> all = sql.list("""
                SELECT q.code, cv.text, SUM(x.shown) AS shown, SUM(x.correct) AS correct
                FROM (SELECT aq.question_version_id version_id, COUNT(*) shown, 0 correct
                      FROM attempt a JOIN attempt_question aq ON aq.attempt_id = a.id
                      WHERE a.round_id IN (%1$s) AND a.status <> 'OPEN' AND a.disqualified = FALSE
                      GROUP BY aq.question_version_id
                      UNION ALL
                      SELECT an.question_version_id, 0, COUNT(*)
                      FROM attempt a JOIN answer an ON an.attempt_id = a.id AND an.correct = TRUE
                      WHERE a.round_id IN (%1$s) AND a.status <> 'OPEN' AND a.disqualified = FALSE
                      GROUP BY an.question_version_id) x
                JOIN question_version v ON v.id = x.version_id
                JOIN question q ON q.id = v.question_id
                JOIN question_version cv ON cv.question_id = q.id AND cv.version_no = q.current_version
                GROUP BY q.id, q.code, cv.text""".formatted(in),
                rs -> new ReportFigures.QuestionFigure(rs.getString("code"), rs.getString("text"), rs.getLong("shown"),
                        rs.getLong("correct"), percent(rs.getLong("correct"), rs.getLong("shown"))), values.toArray());
        // the share right compared exactly (a/b < c/d as a·d < c·b), then the most shown, then the code
        Comparator<ReportFigures.QuestionFigure> byShare = (x, y) -> Long.compare(x.correct() * y.shown(), y.correct() * x.shown());
        Comparator<ReportFigures.QuestionFigure> tie = Comparator.comparingLong(ReportFigures.QuestionFigure::shown).reversed()
                .thenComparing(ReportFigures.QuestionFigure::code);
        return new QuestionExtremes(
                all.stream().sorted(byShare.thenComparing(tie)).limit(QUESTIONS_LISTED).toList(),
                all.stream().sorted(byShare.reversed().thenComparing(tie)).limit(QUESTIONS_LISTED).toList());
    }

    /** Regrades from the audit log, each with the reason of the key fix that led to it. */
    private List<ReportFigures.RegradeFigure> regrades(String in, Object[] rounds) {
        record RegradeEntry(Instant at, String round, String actor, String before, String after) {
        }
        List<RegradeEntry> entries = sql.list("""
                SELECT l.at, r.name AS round_name, l.actor_name, l.before_json, l.after_json FROM audit_log l
                JOIN contest_round r ON r.id = CAST(l.entity_id AS SIGNED)
                WHERE l.action = 'ROUND_REGRADED' AND l.entity = 'round' AND l.entity_id IN (%s)
                ORDER BY l.at, l.id""".formatted(in),
                rs -> new RegradeEntry(Sql.instant(rs, "at"), rs.getString("round_name"), rs.getString("actor_name"),
                        rs.getString("before_json"), rs.getString("after_json")), stringIds(rounds));
        List<ReportFigures.RegradeFigure> regrades = new ArrayList<>();
        for (RegradeEntry e : entries) {
            Map<String, Object> before = map(e.before());
            Map<String, Object> after = map(e.after());
            long questionId = number(after.get("questionId"));
            long versionId = number(after.get("versionId"));
            String code = sql.one("SELECT code FROM question WHERE id = ?", rs -> rs.getString("code"), questionId)
                    .orElse("");
            String reason = sql.list("""
                    SELECT after_json FROM audit_log
                    WHERE action = 'QUESTION_KEY_FIXED' AND entity = 'question' AND entity_id = ? AND at <= ?
                    ORDER BY at DESC, id DESC""", rs -> rs.getString("after_json"), String.valueOf(questionId), e.at()).stream()
                    .map(this::map).filter(fix -> number(fix.get("versionId")) == versionId)
                    .map(fix -> (String) fix.get("reason")).findFirst().orElse(null);
            regrades.add(new ReportFigures.RegradeFigure(e.at(), e.round(), code, String.valueOf(before.get("key")),
                    String.valueOf(after.get("key")), number(after.get("attemptsRescored")),
                    number(after.get("attemptsChanged")), reason, e.actor()));
        }
        return regrades;
    }

    /** Entries whose decision in force (the latest) disqualified them. */
    private List<ReportFigures.Disqualification> disqualifications(String in, Object[] rounds) {
        return sql.list("""
                SELECT d.decided_at, r.name AS round_name, p.display_name, p.unit, d.reason FROM review_decision d
                JOIN contest_round r ON r.id = d.round_id
                JOIN participant p ON p.account_id = d.account_id
                WHERE d.round_id IN (%s) AND d.decision = 'DISQUALIFIED'
                  AND d.id = (SELECT MAX(d2.id) FROM review_decision d2
                              WHERE d2.round_id = d.round_id AND d2.account_id = d.account_id)
                ORDER BY r.seq, d.decided_at, d.id""".formatted(in),
                rs -> new ReportFigures.Disqualification(Sql.instant(rs, "decided_at"), rs.getString("round_name"),
                        rs.getString("display_name"), rs.getString("unit"), rs.getString("reason")), rounds);
    }

    private List<ReportFigures.IndividualPrize> individualPrizes(List<String> scopeKeys) {
        String in = Sql.marks(scopeKeys.size());
        return sql.list("""
                SELECT d.scope_key, r.name AS round_name, w.tier_name, w.amount_vnd, w.rank_no, ac.full_name, p.display_name, p.unit,
                       p.commune, w.score
                FROM award_decision d JOIN award_winner w ON w.scope_key = d.scope_key
                LEFT JOIN contest_round r ON r.id = d.round_id
                JOIN account ac ON ac.id = w.account_id JOIN participant p ON p.account_id = w.account_id
                WHERE d.scope_key IN (%s) AND d.status = 'PUBLISHED'
                ORDER BY d.round_id IS NULL, r.seq, w.seq""".formatted(in),
                rs -> new ReportFigures.IndividualPrize(scopeLabel(rs.getString("round_name")), rs.getString("tier_name"),
                        rs.getLong("amount_vnd"), rs.getInt("rank_no"), rs.getString("full_name"),
                        rs.getString("display_name"), rs.getString("unit"), rs.getString("commune"), rs.getInt("score")),
                scopeKeys.toArray());
    }

    private List<ReportFigures.CollectivePrize> collectivePrizes(List<String> scopeKeys) {
        String in = Sql.marks(scopeKeys.size());
        return sql.list("""
                SELECT r.name AS round_name, s.tier_name, s.amount_vnd, s.unit_name, s.participants, s.participation_rate, s.points
                FROM award_decision d JOIN award_unit_standing s ON s.scope_key = d.scope_key
                LEFT JOIN contest_round r ON r.id = d.round_id
                WHERE d.scope_key IN (%s) AND d.status = 'PUBLISHED' AND s.tier_position IS NOT NULL
                ORDER BY d.round_id IS NULL, r.seq, s.seq""".formatted(in),
                rs -> new ReportFigures.CollectivePrize(scopeLabel(rs.getString("round_name")), rs.getString("tier_name"),
                        rs.getLong("amount_vnd"), rs.getString("unit_name"), rs.getInt("participants"),
                        decimal(rs.getBigDecimal("participation_rate")), rs.getInt("points")), scopeKeys.toArray());
    }

    private List<ReportFigures.FrozenRanking> rankings(String in, Object[] rounds) {
        return sql.list("""
                SELECT r.name AS round_name, s.computed_at, s.entry_count, s.prediction_actual, s.content_hash
                FROM ranking_snapshot s JOIN contest_round r ON r.id = s.round_id
                WHERE s.round_id IN (%s) ORDER BY r.seq""".formatted(in),
                rs -> new ReportFigures.FrozenRanking(rs.getString("round_name"), Sql.instant(rs, "computed_at"),
                        rs.getInt("entry_count"), Sql.nullableLong(rs, "prediction_actual"), rs.getString("content_hash")),
                rounds);
    }

    private static String scopeLabel(@Nullable String roundName) {
        return roundName == null ? "Toàn cuộc thi" : roundName;
    }

    private static Object[] stringIds(Object[] ids) {
        Object[] strings = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            strings[i] = String.valueOf(ids[i]);
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(@Nullable String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            Map<String, Object> value = json.readValue(text, Map.class);
            return value == null ? Map.of() : value;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** {@code part} ÷ {@code whole} × 100, two decimals half up; null when there is no whole. */
    static @Nullable BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal decimal(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
