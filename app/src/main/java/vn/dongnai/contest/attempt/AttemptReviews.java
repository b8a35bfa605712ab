package vn.dongnai.contest.attempt;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Xem đáp án: once a round is closed, each contestant sees their own attempts again — every
 * question worded and ordered as they were shown it, their choice, the key, whether it counted,
 * the explanation and its source. Before the close nothing of the key leaves the server: the
 * round's status is read from MySQL here (not from the attempt engine's one-second cache), so a
 * reopened round stops answering at once.
 */
@Singleton
class AttemptReviews {

    private static final DateTimeFormatter VIETNAM_TIME =
            DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Sql sql;
    private final QuestionCatalog catalog;

    AttemptReviews(Sql sql, QuestionCatalog catalog) {
        this.sql = sql;
        this.catalog = catalog;
    }

    private record Head(long roundId, int attemptNo, String status, Integer score, Integer correctCount,
                        int questionCount, Long durationMs, Instant submittedAt, String roundName,
                        String roundStatus, Instant closesAt, int graceSeconds, String contestName) {
    }

    /** What a shown version says beyond its options, and the question's current version. */
    private record Notes(String explanation, String source, long currentId, String currentExplanation,
                         String currentSource) {
    }

    private record Answer(long optionId, Boolean correct) {
    }

    AttemptViews.Review review(long attemptId, long accountId) {
        Head head = sql.one("""
                        SELECT a.round_id, a.attempt_no, a.status, a.score, a.correct_count, a.question_count,
                               a.duration_ms, a.submitted_at, r.name AS round_name, r.status AS round_status,
                               r.closes_at, r.grace_seconds, c.name AS contest_name
                        FROM attempt a
                        JOIN contest_round r ON r.id = a.round_id
                        JOIN contest c ON c.id = r.contest_id
                        WHERE a.id = ? AND a.account_id = ?""",
                        rs -> new Head(rs.getLong("round_id"), rs.getInt("attempt_no"), rs.getString("status"),
                                Sql.nullableInt(rs, "score"), Sql.nullableInt(rs, "correct_count"),
                                rs.getInt("question_count"), Sql.nullableLong(rs, "duration_ms"),
                                Sql.instant(rs, "submitted_at"), rs.getString("round_name"), rs.getString("round_status"),
                                Sql.instant(rs, "closes_at"), rs.getInt("grace_seconds"), rs.getString("contest_name")),
                        attemptId, accountId)
                // someone else's attempt is indistinguishable from one that does not exist
                .orElseThrow(() -> ApiException.notFound("lượt thi"));
        if (!ContestRound.closed(head.roundStatus()) || AttemptRow.OPEN.equals(head.status())) {
            throw notYet(head);
        }
        List<AttemptService.Shown> shown = sql.list(
                "SELECT question_version_id, option_order FROM attempt_question WHERE attempt_id = ? ORDER BY position",
                AttemptService.Shown::read, attemptId);
        Map<Long, Answer> answers = new HashMap<>();
        sql.list("SELECT question_version_id, option_id, correct FROM answer WHERE attempt_id = ?",
                rs -> answers.put(rs.getLong("question_version_id"),
                        new Answer(rs.getLong("option_id"), rs.getObject("correct", Boolean.class))), attemptId);
        Map<Long, Notes> notes = notes(shown);
        Set<Long> ids = new LinkedHashSet<>();
        shown.forEach(s -> ids.add(s.versionId()));
        notes.values().forEach(n -> ids.add(n.currentId()));
        Map<Long, VersionView> versions = catalog.versions(ids);

        List<AttemptViews.ReviewQuestion> questions = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            AttemptService.Shown s = shown.get(i);
            VersionView version = versions.get(s.versionId());
            Notes note = notes.get(s.versionId());
            KeyNow.Key key = KeyNow.of(version, versions.get(note.currentId()));
            List<AttemptViews.OptionView> options = new ArrayList<>(s.optionOrder().length);
            for (int place = 0; place < s.optionOrder().length; place++) {
                options.add(new AttemptViews.OptionView(place + 1, version.option(s.optionOrder()[place]).text()));
            }
            Answer answer = answers.get(s.versionId());
            Integer chosen = answer == null ? null : place(s.optionOrder(), answer.optionId());
            // the stored mark is what the score counts (a regrade rewrites it); an ungraded answer by the key now
            boolean correct = answer != null && (answer.correct() != null
                    ? answer.correct() : key.optionId() != null && key.optionId() == answer.optionId());
            // a fixed key comes with the fixed version's explanation, which explains the right answer
            String explanation = key.fixed() ? note.currentExplanation() : note.explanation();
            String source = key.fixed() ? note.currentSource() : note.source();
            questions.add(new AttemptViews.ReviewQuestion(i + 1, s.versionId(), version.text(), options, chosen,
                    key.optionId() == null ? null : place(s.optionOrder(), key.optionId()), correct, key.fixed(),
                    explanation, source));
        }
        return new AttemptViews.Review(attemptId, head.roundId(), head.roundName(), head.contestName(), head.attemptNo(),
                head.status(), new AttemptViews.Result(head.score() == null ? 0 : head.score(),
                head.correctCount() == null ? 0 : head.correctCount(), head.questionCount(),
                head.durationMs() == null ? 0 : head.durationMs(), head.submittedAt()), questions);
    }

    private Map<Long, Notes> notes(List<AttemptService.Shown> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        Map<Long, Notes> notes = new HashMap<>();
        sql.list("""
                        SELECT v.id AS shown_id, v.explanation AS shown_explanation, v.source AS shown_source,
                               cv.id AS current_id, cv.explanation AS current_explanation, cv.source AS current_source
                        FROM question_version v
                        JOIN question q ON q.id = v.question_id
                        JOIN question_version cv ON cv.question_id = q.id AND cv.version_no = q.current_version
                        WHERE v.id IN (%s)""".formatted(Sql.marks(shown.size())),
                rs -> notes.put(rs.getLong("shown_id"), new Notes(rs.getString("shown_explanation"),
                        rs.getString("shown_source"), rs.getLong("current_id"), rs.getString("current_explanation"),
                        rs.getString("current_source"))),
                shown.stream().map(AttemptService.Shown::versionId).toArray());
        return notes;
    }

    private static ApiException notYet(Head head) {
        Instant from = AttemptDeadline.roundClosableAt(head.closesAt(), head.graceSeconds());
        return new ApiException(HttpStatus.CONFLICT, "REVIEW_NOT_AVAILABLE",
                "Đáp án chỉ được công bố sau khi đợt thi kết thúc và được khóa, sớm nhất lúc "
                        + VIETNAM_TIME.format(from) + " (giờ Việt Nam).",
                "Answers are shown once the round has ended and is closed, at the earliest " + from + ".",
                List.of(), Map.of("availableFrom", from.toString()));
    }

    private static int place(long[] order, long optionId) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == optionId) {
                return i + 1;
            }
        }
        throw new IllegalStateException("option " + optionId + " is not in the attempt's order");
    }
}
