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
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rounds (đợt thi) in the organizer console. A draft can change freely; publishing runs
 * {@link RoundPublishing}; once a round has opened, {@link FairnessLock} decides what may still change.
 * A round may be set for one audience (officials or residents): its whole draw, rules and the rest,
 * then takes only questions for that audience and for everyone, and publishing checks that pool.
 */
@Singleton
class RoundAdmin {

    static final Set<String> COUNTING_RULES = Set.of("BEST", "LAST", "FIRST");
    static final Set<String> PREDICTION_KINDS = Set.of("NONE", "PARTICIPANTS", "ALL_CORRECT");
    static final Set<String> DIFFICULTIES = Set.of("EASY", "MEDIUM", "HARD");

    private static final String COLUMNS = Rounds.COLUMNS + ", (SELECT COUNT(*) FROM attempt a WHERE a.round_id = r.id) AS attempts";

    private final Sql sql;
    private final Rounds rounds;
    private final DrawRules drawRules;
    private final QuestionCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    RoundAdmin(Sql sql, Rounds rounds, DrawRules drawRules, QuestionCatalog catalog, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.rounds = rounds;
        this.drawRules = drawRules;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round's settings after checking, in the units the table stores. */
    record Settings(String name, Instant opensAt, Instant closesAt, int questionCount, List<DrawRule.Part> rules,
                    int timeLimitSeconds, int attemptsAllowed, String countingRule, int pointsPerQuestion,
                    int graceSeconds, String predictionKind, @Nullable String predictionPrompt,
                    boolean leaderboardVisible, Audience audience) {

        FairnessLock.Terms terms() {
            return new FairnessLock.Terms(opensAt, closesAt, questionCount, timeLimitSeconds, attemptsAllowed,
                    countingRule, pointsPerQuestion, graceSeconds, predictionKind, predictionPrompt, audience.name(), rules);
        }
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
        long bankId = lockedBankOf(contestId).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        Settings s = check(body, bankId);
        int seq = nextSeq(contestId);
        Instant now = clock.instant();
        long id = rounds.add(new ContestRound(null, contestId, seq, s.name, s.opensAt, s.closesAt, s.questionCount,
                s.timeLimitSeconds, s.attemptsAllowed, s.countingRule, s.graceSeconds, s.pointsPerQuestion,
                s.predictionKind, s.predictionPrompt, ContestRound.DRAFT, now, now, s.audience.name(),
                s.leaderboardVisible)).id();
        drawRules.add(id, s.rules);
        AdminViews.RoundView created = view(id);
        audit.record(actor, "ROUND_CREATED", "round", id, null, created);
        return created;
    }

    @Transactional
    AdminViews.RoundView update(Actor actor, long roundId, AdminViews.RoundBody body) {
        Row row = row(roundId, " FOR UPDATE");
        AdminViews.RoundView before = views(List.of(row)).getFirst();
        ContestRound round = row.round;
        long bankId = bankOf(round.contestId());
        Settings s = check(body, bankId);
        if (before.locked()) {
            requireOnlyUnlockedChanges(before, s);
        }
        if (ContestRound.PUBLISHED.equals(round.status()) && !before.locked()) {
            // published but not yet open: the new settings must pass what publishing checked
            List<ApiError.FieldError> problems = RoundPublishing.check(s.opensAt, s.closesAt, s.questionCount, s.audience,
                    s.rules, pool(bankId), otherVisible(round.contestId(), roundId), clock.instant());
            if (!problems.isEmpty()) {
                throw ContestAdmin.publishChecksFailed(problems);
            }
        } else if (!ContestRound.DRAFT.equals(round.status())) {
            List<ApiError.FieldError> overlaps = RoundPublishing.overlaps(s.opensAt, s.closesAt, otherVisible(round.contestId(), roundId));
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
        if (FairnessLock.drawMayChange(before.locked())) {
            drawRules.replace(roundId, s.rules);
        }
        AdminViews.RoundView after = view(roundId);
        audit.record(actor, "ROUND_UPDATED", "round", roundId, before, after);
        return after;
    }

    @Transactional
    AdminViews.RoundView publish(Actor actor, long roundId) {
        Row peek = row(roundId, "");
        // the contest row serializes publishing within a contest, so two overlapping rounds cannot both pass
        long bankId = lockedBankOf(peek.round.contestId()).orElseThrow();
        Row row = row(roundId, " FOR UPDATE");
        ContestRound round = row.round;
        if (!ContestRound.DRAFT.equals(round.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "NOT_A_DRAFT", "Đợt thi này đã được công bố hoặc đã đóng.",
                    "Only a draft round can be published.");
        }
        AdminViews.RoundView before = views(List.of(row)).getFirst();
        List<ApiError.FieldError> problems = RoundPublishing.check(round.opensAt(), round.closesAt(),
                round.questionCount(), Audience.valueOf(round.audience()), rules(before), pool(bankId),
                otherVisible(round.contestId(), roundId), clock.instant());
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
        if (!ContestRound.PUBLISHED.equals(row.round.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "NOT_PUBLISHED", "Đợt thi này chưa được công bố.",
                    "The round is not published.");
        }
        if (FairnessLock.underWay(before.status(), before.locked())) {
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
        String name = FreeText.normalize(body.name());
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
        String prompt = FreeText.normalize(prediction.prompt());
        FreeText.check(errors, "prediction.prompt", prompt);
        if (!PREDICTION_KINDS.contains(predictionKind)) {
            errors.add("prediction.kind", "INVALID", "Loại câu hỏi dự đoán phải là NONE, PARTICIPANTS hoặc ALL_CORRECT.",
                    "prediction.kind must be NONE, PARTICIPANTS or ALL_CORRECT.");
        } else if (!"NONE".equals(predictionKind)) {
            ContestAdmin.required(errors, "prediction.prompt", prompt, 500, "câu hỏi dự đoán", "prediction.prompt");
        }
        Audience audience = audience(errors, "audience", body.audience());
        Set<Long> topics = Set.copyOf(sql.list("SELECT id FROM topic WHERE bank_id = ?", rs -> rs.getLong("id"), bankId));
        List<DrawRule.Part> rules = new ArrayList<>();
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
                rules.add(new DrawRule.Part(rule.topicId(), difficulty, ruleAudience, count));
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

    private static List<DrawRule.Part> rules(AdminViews.RoundView round) {
        return round.drawRules().stream()
                .map(r -> DrawRule.Part.of(r.topicId(), r.difficulty(), r.audience(), r.count()))
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
        List<ApiError.FieldError> refused = FairnessLock.refusedChanges(current.status(), terms(current), s.terms());
        if (!refused.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_LOCKED",
                    "Đợt thi đã bắt đầu: các thiết lập ảnh hưởng đến tính công bằng không thể thay đổi.",
                    "The round has started: settings that bear on fairness are locked.", refused, Map.of());
        }
    }

    private static FairnessLock.Terms terms(AdminViews.RoundView r) {
        return new FairnessLock.Terms(r.opensAt(), r.closesAt(), r.questionCount(), r.timeLimitSeconds(),
                r.attemptsAllowed(), r.countingRule(), r.pointsPerQuestion(), r.graceSeconds(), r.prediction().kind(),
                r.prediction().prompt(), r.audience(), rules(r));
    }

    // ---- rows ----------------------------------------------------------------------------------

    /** A round with how many attempts it has. */
    private record Row(ContestRound round, long attempts) {
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
        return sql.one("SELECT bank_id FROM contest WHERE id = ?", rs -> rs.getLong("bank_id"), contestId).orElseThrow();
    }

    /** The contest's bank, its row locked: rounds of one contest are created and published one at a time. */
    private java.util.Optional<Long> lockedBankOf(long contestId) {
        return sql.one("SELECT bank_id FROM contest WHERE id = ? FOR UPDATE", rs -> rs.getLong("bank_id"), contestId);
    }

    int nextSeq(long contestId) {
        return sql.one("SELECT COALESCE(MAX(seq), 0) + 1 AS next_seq FROM contest_round WHERE contest_id = ?",
                rs -> rs.getInt("next_seq"), contestId).orElse(1);
    }

    private List<RoundPublishing.OtherRound> otherVisible(long contestId, long roundId) {
        return sql.list("""
                SELECT id, name, opens_at, closes_at FROM contest_round
                WHERE contest_id = ? AND id <> ? AND status IN ('PUBLISHED', 'CLOSED')""",
                rs -> new RoundPublishing.OtherRound(rs.getLong("id"), rs.getString("name"), Sql.instant(rs, "opens_at"),
                        Sql.instant(rs, "closes_at")), contestId, roundId);
    }

    private List<AdminViews.RoundView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        record RuleRow(long roundId, AdminViews.DrawRuleView rule) {
        }
        Map<Long, List<AdminViews.DrawRuleView>> rules = sql.list("""
                        SELECT d.round_id, d.topic_id, t.name AS topic, d.difficulty, d.question_count, d.audience
                        FROM round_draw_rule d LEFT JOIN topic t ON t.id = d.topic_id
                        WHERE d.round_id IN (%s) ORDER BY d.id""".formatted(Sql.marks(rows.size())),
                        rs -> new RuleRow(rs.getLong("round_id"), new AdminViews.DrawRuleView(Sql.nullableLong(rs, "topic_id"),
                                rs.getString("topic"), rs.getString("difficulty"), rs.getInt("question_count"),
                                rs.getString("audience"))),
                        rows.stream().map(r -> r.round.id()).toArray())
                .stream().collect(Collectors.groupingBy(RuleRow::roundId,
                        Collectors.mapping(RuleRow::rule, Collectors.toList())));
        Instant now = clock.instant();
        return rows.stream().map(row -> {
            ContestRound r = row.round;
            return new AdminViews.RoundView(r.id(), r.contestId(), r.seq(), r.name(), r.opensAt(), r.closesAt(),
                    r.questionCount(), rules.getOrDefault(r.id(), List.of()), r.timeLimitSeconds(), r.attemptsAllowed(),
                    r.countingRule(), r.pointsPerQuestion(), r.graceSeconds(),
                    new AdminViews.Prediction(r.predictionKind(), r.predictionPrompt()), r.leaderboardVisible(),
                    r.status(), row.attempts, FairnessLock.frozen(r.status(), row.attempts, r.opensAt(), now),
                    r.audience());
        }).toList();
    }

    private static Row readRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(Rounds.read(rs), rs.getLong("attempts"));
    }
}
