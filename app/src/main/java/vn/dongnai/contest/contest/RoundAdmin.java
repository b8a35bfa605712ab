package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rounds (đợt thi) in the organizer console. A draft can change freely; publishing runs
 * {@link RoundPublishing}. Once a round has opened (or has attempts, or is closed) the settings
 * that decide how fair it is — draw, time, attempts, scoring, prediction, opening time — are
 * locked; its name and leaderboard visibility may still change, and its close may move later.
 * A round may be set for one audience (officials or residents): its whole draw, rules and the rest,
 * then takes only questions for that audience and for everyone, and publishing checks that pool.
 */
@Singleton
class RoundAdmin {

    static final Set<String> COUNTING_RULES = Set.of("BEST", "LAST", "FIRST");
    static final Set<String> PREDICTION_KINDS = Set.of("NONE", "PARTICIPANTS", "ALL_CORRECT");
    static final Set<String> DIFFICULTIES = Set.of("EASY", "MEDIUM", "HARD");

    private static final String COLUMNS = """
            r.id, r.contest_id, r.seq, r.name, r.opens_at, r.closes_at, r.question_count, r.time_limit_seconds,
            r.attempts_allowed, r.counting_rule, r.points_per_question, r.grace_seconds, r.prediction_kind,
            r.prediction_prompt, r.leaderboard_visible, r.status,
            (SELECT COUNT(*) FROM attempt a WHERE a.round_id = r.id), r.audience""";

    private final Sql sql;
    private final QuestionCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    RoundAdmin(Sql sql, QuestionCatalog catalog, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round's settings after checking, in the units the table stores. */
    record Settings(String name, Instant opensAt, Instant closesAt, int questionCount, List<RoundPublishing.Rule> rules,
                    int timeLimitSeconds, int attemptsAllowed, String countingRule, int pointsPerQuestion,
                    int graceSeconds, String predictionKind, @Nullable String predictionPrompt,
                    boolean leaderboardVisible, Audience audience) {
    }

    List<AdminViews.RoundView> ofContest(long contestId) {
        List<Row> rows = sql.list("SELECT " + COLUMNS + " FROM contest_round r WHERE r.contest_id = ? ORDER BY r.seq",
                RoundAdmin::readRow, contestId);
        return views(rows);
    }

    AdminViews.RoundView view(long roundId) {
        return views(List.of(row(roundId, ""))).getFirst();
    }

    @Transactional
    AdminViews.RoundView create(Actor actor, long contestId, AdminViews.RoundBody body) {
        long bankId = sql.one("SELECT bank_id FROM contest WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), contestId)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
        Settings s = check(body, bankId);
        int seq = sql.one("SELECT COALESCE(MAX(seq), 0) + 1 FROM contest_round WHERE contest_id = ?",
                rs -> rs.getInt(1), contestId).orElse(1);
        Instant now = clock.instant();
        long id = sql.insert("""
                        INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count,
                               time_limit_seconds, attempts_allowed, counting_rule, grace_seconds, points_per_question,
                               prediction_kind, prediction_prompt, status, created_at, updated_at, leaderboard_visible,
                               audience)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""",
                contestId, seq, s.name, s.opensAt, s.closesAt, s.questionCount, s.timeLimitSeconds, s.attemptsAllowed,
                s.countingRule, s.graceSeconds, s.pointsPerQuestion, s.predictionKind, s.predictionPrompt, now, now,
                s.leaderboardVisible, s.audience.name());
        writeRules(id, s.rules);
        AdminViews.RoundView created = view(id);
        audit.record(actor, "ROUND_CREATED", "round", id, null, created);
        return created;
    }

    @Transactional
    AdminViews.RoundView update(Actor actor, long roundId, AdminViews.RoundBody body) {
        Row row = row(roundId, " FOR UPDATE");
        AdminViews.RoundView before = views(List.of(row)).getFirst();
        long bankId = bankOf(row.contestId);
        Settings s = check(body, bankId);
        if (before.locked()) {
            requireOnlyUnlockedChanges(before, s);
        }
        if (ContestRound.PUBLISHED.equals(row.status) && !before.locked()) {
            // published but not yet open: the new settings must pass what publishing checked
            List<ApiError.FieldError> problems = RoundPublishing.check(s.opensAt, s.closesAt, s.questionCount, s.audience,
                    s.rules, pool(bankId), otherVisible(row.contestId, roundId), clock.instant());
            if (!problems.isEmpty()) {
                throw ContestAdmin.publishChecksFailed(problems);
            }
        } else if (!ContestRound.DRAFT.equals(row.status)) {
            List<ApiError.FieldError> overlaps = RoundPublishing.overlaps(s.opensAt, s.closesAt, otherVisible(row.contestId, roundId));
            if (!overlaps.isEmpty()) {
                throw ApiException.invalid(overlaps);
            }
        }
        sql.update("""
                        UPDATE contest_round SET name = ?, opens_at = ?, closes_at = ?, question_count = ?,
                               time_limit_seconds = ?, attempts_allowed = ?, counting_rule = ?, grace_seconds = ?,
                               points_per_question = ?, prediction_kind = ?, prediction_prompt = ?,
                               leaderboard_visible = ?, audience = ?, updated_at = ?
                        WHERE id = ?""",
                s.name, s.opensAt, s.closesAt, s.questionCount, s.timeLimitSeconds, s.attemptsAllowed, s.countingRule,
                s.graceSeconds, s.pointsPerQuestion, s.predictionKind, s.predictionPrompt, s.leaderboardVisible,
                s.audience.name(), clock.instant(), roundId);
        if (!before.locked()) {
            sql.update("DELETE FROM round_draw_rule WHERE round_id = ?", roundId);
            writeRules(roundId, s.rules);
        }
        AdminViews.RoundView after = view(roundId);
        audit.record(actor, "ROUND_UPDATED", "round", roundId, before, after);
        return after;
    }

    @Transactional
    AdminViews.RoundView publish(Actor actor, long roundId) {
        Row peek = row(roundId, "");
        // the contest row serializes publishing within a contest, so two overlapping rounds cannot both pass
        long bankId = sql.one("SELECT bank_id FROM contest WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), peek.contestId)
                .orElseThrow();
        Row row = row(roundId, " FOR UPDATE");
        if (!ContestRound.DRAFT.equals(row.status)) {
            throw new ApiException(HttpStatus.CONFLICT, "NOT_A_DRAFT", "Đợt thi này đã được công bố hoặc đã đóng.",
                    "Only a draft round can be published.");
        }
        AdminViews.RoundView before = views(List.of(row)).getFirst();
        List<ApiError.FieldError> problems = RoundPublishing.check(row.opensAt, row.closesAt, row.questionCount,
                Audience.valueOf(row.audience), rules(before), pool(bankId), otherVisible(row.contestId, roundId),
                clock.instant());
        if (!problems.isEmpty()) {
            throw ContestAdmin.publishChecksFailed(problems);
        }
        sql.update("UPDATE contest_round SET status = 'PUBLISHED', updated_at = ? WHERE id = ?", clock.instant(), roundId);
        AdminViews.RoundView after = view(roundId);
        audit.record(actor, "ROUND_PUBLISHED", "round", roundId, Map.of("status", before.status()),
                Map.of("status", after.status()));
        return after;
    }

    /** Back to draft, only before anyone could have started it. */
    @Transactional
    AdminViews.RoundView unpublish(Actor actor, long roundId) {
        Row row = row(roundId, " FOR UPDATE");
        AdminViews.RoundView before = views(List.of(row)).getFirst();
        if (!ContestRound.PUBLISHED.equals(row.status)) {
            throw new ApiException(HttpStatus.CONFLICT, "NOT_PUBLISHED", "Đợt thi này chưa được công bố.",
                    "The round is not published.");
        }
        if (before.locked()) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_LIVE", "Đợt thi đã bắt đầu, không thể gỡ xuống.",
                    "The round has started; it cannot be unpublished.");
        }
        sql.update("UPDATE contest_round SET status = 'DRAFT', updated_at = ? WHERE id = ?", clock.instant(), roundId);
        AdminViews.RoundView after = view(roundId);
        audit.record(actor, "ROUND_UNPUBLISHED", "round", roundId, Map.of("status", before.status()),
                Map.of("status", after.status()));
        return after;
    }

    // ---- checks --------------------------------------------------------------------------------

    private Settings check(AdminViews.RoundBody body, long bankId) {
        FieldErrors errors = new FieldErrors();
        String name = ContestAdmin.text(body.name());
        ContestAdmin.required(errors, "name", name, 200, "tên đợt thi", "name");
        if (body.opensAt() == null) {
            errors.add("opensAt", "REQUIRED", "Vui lòng nhập thời gian bắt đầu.", "opensAt is required.");
        }
        if (body.closesAt() == null) {
            errors.add("closesAt", "REQUIRED", "Vui lòng nhập thời gian kết thúc.", "closesAt is required.");
        }
        if (body.opensAt() != null && body.closesAt() != null) {
            RoundPublishing.windowOrder(body.opensAt(), body.closesAt())
                    .forEach(e -> errors.add(e.field(), e.code(), e.message(), e.messageEn()));
        }
        int questionCount = range(errors, "questionCount", body.questionCount(), 1, 200);
        int timeLimit = range(errors, "timeLimitSeconds", body.timeLimitSeconds(), 30, 4 * 3600);
        int attempts = range(errors, "attemptsAllowed", body.attemptsAllowed(), 1, 100);
        int points = range(errors, "pointsPerQuestion", body.pointsPerQuestion(), 1, 1000);
        int grace = body.graceSeconds() == null ? 15 : range(errors, "graceSeconds", body.graceSeconds(), 0, 600);
        String counting = body.countingRule() == null ? "BEST" : body.countingRule().strip().toUpperCase();
        if (!COUNTING_RULES.contains(counting)) {
            errors.add("countingRule", "INVALID", "Cách tính lượt phải là BEST, LAST hoặc FIRST.",
                    "countingRule must be BEST, LAST or FIRST.");
        }
        AdminViews.Prediction prediction = body.prediction() == null
                ? new AdminViews.Prediction("NONE", null) : body.prediction();
        String predictionKind = prediction.kind() == null ? "NONE" : prediction.kind().strip().toUpperCase();
        String prompt = ContestAdmin.text(prediction.prompt());
        vn.dongnai.contest.system.FreeText.check(errors, "prediction.prompt", prompt);
        if (!PREDICTION_KINDS.contains(predictionKind)) {
            errors.add("prediction.kind", "INVALID", "Loại câu hỏi dự đoán phải là NONE, PARTICIPANTS hoặc ALL_CORRECT.",
                    "prediction.kind must be NONE, PARTICIPANTS or ALL_CORRECT.");
        } else if (!"NONE".equals(predictionKind)) {
            ContestAdmin.required(errors, "prediction.prompt", prompt, 500, "câu hỏi dự đoán", "prediction.prompt");
        }
        Audience audience = audience(errors, "audience", body.audience());
        Set<Long> topics = Set.copyOf(sql.list("SELECT id FROM topic WHERE bank_id = ?", rs -> rs.getLong(1), bankId));
        List<RoundPublishing.Rule> rules = new ArrayList<>();
        List<AdminViews.DrawRuleBody> bodies = body.drawRules() == null ? List.of() : body.drawRules();
        if (bodies.size() > 50) {
            errors.add("drawRules", "TOO_MANY", "Tối đa 50 quy tắc rút câu hỏi.", "At most 50 draw rules.");
        }
        for (int i = 0; i < bodies.size() && i < 50; i++) {
            AdminViews.DrawRuleBody rule = bodies.get(i);
            String field = "drawRules[" + i + "]";
            String difficulty = rule.difficulty() == null || rule.difficulty().isBlank()
                    ? null : rule.difficulty().strip().toUpperCase();
            boolean ok = true;
            Audience ruleAudience = rule.audience() == null || rule.audience().isBlank() ? null
                    : audience(errors, field + ".audience", rule.audience());
            if (rule.topicId() == null && difficulty == null && (rule.audience() == null || rule.audience().isBlank())) {
                errors.add(field, "EMPTY_RULE", "Quy tắc cần chủ đề, mức độ hoặc đối tượng.",
                        "A rule needs a topic, a difficulty or an audience.");
                ok = false;
            }
            if (rule.topicId() != null && !topics.contains(rule.topicId())) {
                errors.add(field + ".topicId", "UNKNOWN", "Chủ đề không thuộc ngân hàng câu hỏi của cuộc thi.",
                        "The topic is not in the contest's bank.");
                ok = false;
            }
            if (difficulty != null && !DIFFICULTIES.contains(difficulty)) {
                errors.add(field + ".difficulty", "INVALID", "Mức độ phải là EASY, MEDIUM hoặc HARD.",
                        "difficulty must be EASY, MEDIUM or HARD.");
                ok = false;
            }
            int count = range(errors, field + ".count", rule.count(), 1, 200);
            if (ok && count > 0 && (rule.audience() == null || rule.audience().isBlank() || ruleAudience != null)) {
                rules.add(new RoundPublishing.Rule(rule.topicId(), difficulty, ruleAudience, count));
            }
        }
        if (questionCount > 0) {
            RoundPublishing.ruleSum(questionCount, rules).forEach(e -> errors.add(e.field(), e.code(), e.message(), e.messageEn()));
        }
        errors.throwIfAny();
        return new Settings(name, body.opensAt(), body.closesAt(), questionCount, rules, timeLimit, attempts, counting,
                points, grace, predictionKind, "NONE".equals(predictionKind) ? null : prompt,
                body.leaderboardVisible() == null || body.leaderboardVisible(), audience == null ? Audience.ALL : audience);
    }

    /**
     * ALL, OFFICIALS or RESIDENTS (the bank's codes and Vietnamese labels are accepted too); absent
     * means everyone. Null after recording the error when the word is unknown.
     */
    private static @Nullable Audience audience(FieldErrors errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Audience.ALL;
        }
        String text = value.strip();
        for (Audience audience : Audience.values()) {
            if (audience.name().equalsIgnoreCase(text)) {
                return audience;
            }
        }
        return Audience.parse(text).orElseGet(() -> {
            errors.add(field, "INVALID", "Đối tượng phải là Mọi đối tượng, Cán bộ, công chức hoặc Người dân (ALL, OFFICIALS, RESIDENTS).",
                    field + " must be ALL, OFFICIALS or RESIDENTS.");
            return null;
        });
    }

    private static List<RoundPublishing.Rule> rules(AdminViews.RoundView round) {
        return round.drawRules().stream()
                .map(r -> new RoundPublishing.Rule(r.topicId(), r.difficulty(),
                        r.audience() == null ? null : Audience.valueOf(r.audience()), r.count()))
                .toList();
    }

    private static int range(FieldErrors errors, String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            errors.add(field, "REQUIRED", "Trường này là bắt buộc.", field + " is required.");
            return 0;
        }
        if (value < min || value > max) {
            errors.add(field, "OUT_OF_RANGE", "Giá trị phải từ " + min + " đến " + max + ".",
                    field + " must be " + min + ".." + max + ".");
            return 0;
        }
        return value;
    }

    /** Changing what decides a fair result while people are taking the round is refused, field by field. */
    private static void requireOnlyUnlockedChanges(AdminViews.RoundView current, Settings s) {
        FieldErrors errors = new FieldErrors();
        lock(errors, "opensAt", current.opensAt(), s.opensAt);
        lock(errors, "questionCount", current.questionCount(), s.questionCount);
        lock(errors, "timeLimitSeconds", current.timeLimitSeconds(), s.timeLimitSeconds);
        lock(errors, "attemptsAllowed", current.attemptsAllowed(), s.attemptsAllowed);
        lock(errors, "countingRule", current.countingRule(), s.countingRule);
        lock(errors, "pointsPerQuestion", current.pointsPerQuestion(), s.pointsPerQuestion);
        lock(errors, "graceSeconds", current.graceSeconds(), s.graceSeconds);
        lock(errors, "prediction.kind", current.prediction().kind(), s.predictionKind);
        lock(errors, "prediction.prompt", current.prediction().prompt(), s.predictionPrompt);
        lock(errors, "audience", current.audience(), s.audience.name());
        lock(errors, "drawRules", rules(current), s.rules);
        if (ContestRound.CLOSED.equals(current.status())) {
            lock(errors, "closesAt", current.closesAt(), s.closesAt);
        } else if (s.closesAt.isBefore(current.closesAt())) {
            errors.add("closesAt", "ONLY_LATER", "Đợt thi đã bắt đầu: chỉ có thể lùi thời gian kết thúc, không thể rút ngắn.",
                    "The round has started: its close can move later, not earlier.");
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_LOCKED",
                    "Đợt thi đã bắt đầu: các thiết lập ảnh hưởng đến tính công bằng không thể thay đổi.",
                    "The round has started: settings that bear on fairness are locked.", errors.list(), Map.of());
        }
    }

    private static void lock(FieldErrors errors, String field, @Nullable Object current, @Nullable Object requested) {
        if (!Objects.equals(current, requested)) {
            errors.add(field, "LOCKED", "Không thể thay đổi khi đợt thi đã bắt đầu.", field + " is locked once the round has started.");
        }
    }

    // ---- rows ----------------------------------------------------------------------------------

    private record Row(long id, long contestId, int seq, String name, Instant opensAt, Instant closesAt,
                       int questionCount, int timeLimitSeconds, int attemptsAllowed, String countingRule,
                       int pointsPerQuestion, int graceSeconds, String predictionKind, String predictionPrompt,
                       boolean leaderboardVisible, String status, long attempts, String audience) {
    }

    private Row row(long roundId, String lock) {
        return sql.one("SELECT " + COLUMNS + " FROM contest_round r WHERE r.id = ?" + lock, RoundAdmin::readRow, roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
    }

    private List<RoundPublishing.Drawable> pool(long bankId) {
        return catalog.pool(bankId).stream()
                .map(c -> new RoundPublishing.Drawable(c.topicId(), c.difficulty(), c.audience())).toList();
    }

    private long bankOf(long contestId) {
        return sql.one("SELECT bank_id FROM contest WHERE id = ?", rs -> rs.getLong(1), contestId).orElseThrow();
    }

    private List<RoundPublishing.OtherRound> otherVisible(long contestId, long roundId) {
        return sql.list("""
                SELECT id, name, opens_at, closes_at FROM contest_round
                WHERE contest_id = ? AND id <> ? AND status IN ('PUBLISHED', 'CLOSED')""",
                rs -> new RoundPublishing.OtherRound(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()), contestId, roundId);
    }

    private void writeRules(long roundId, List<RoundPublishing.Rule> rules) {
        List<Object[]> rows = rules.stream()
                .map(r -> new Object[]{roundId, r.topicId(), r.difficulty(), r.count(),
                        r.audience() == null ? null : r.audience().name()}).toList();
        sql.batch("""
                INSERT INTO round_draw_rule (round_id, topic_id, difficulty, question_count, audience)
                VALUES (?, ?, ?, ?, ?)""", rows);
    }

    private List<AdminViews.RoundView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String marks = rows.stream().map(r -> "?").collect(Collectors.joining(","));
        record RuleRow(long roundId, AdminViews.DrawRuleView rule) {
        }
        Map<Long, List<AdminViews.DrawRuleView>> rules = sql.list("""
                        SELECT d.round_id, d.topic_id, t.name, d.difficulty, d.question_count, d.audience
                        FROM round_draw_rule d LEFT JOIN topic t ON t.id = d.topic_id
                        WHERE d.round_id IN (%s) ORDER BY d.id""".formatted(marks),
                        rs -> new RuleRow(rs.getLong(1), new AdminViews.DrawRuleView(rs.getObject(2, Long.class),
                                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6))),
                        rows.stream().map(Row::id).toArray())
                .stream().collect(Collectors.groupingBy(RuleRow::roundId,
                        Collectors.mapping(RuleRow::rule, Collectors.toList())));
        Instant now = clock.instant();
        return rows.stream().map(r -> new AdminViews.RoundView(r.id, r.contestId, r.seq, r.name, r.opensAt, r.closesAt,
                r.questionCount, rules.getOrDefault(r.id, List.of()), r.timeLimitSeconds, r.attemptsAllowed,
                r.countingRule, r.pointsPerQuestion, r.graceSeconds,
                new AdminViews.Prediction(r.predictionKind, r.predictionPrompt), r.leaderboardVisible, r.status,
                r.attempts, locked(r, now), r.audience)).toList();
    }

    private static boolean locked(Row r, Instant now) {
        return ContestRound.CLOSED.equals(r.status) || r.attempts > 0
                || (ContestRound.PUBLISHED.equals(r.status) && !now.isBefore(r.opensAt));
    }

    private static Row readRow(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getBoolean(15), rs.getString(16),
                rs.getLong(17), rs.getString(18));
    }
}
