package vn.dongnai.contest.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.attempt.Grading;
import vn.dongnai.contest.attempt.Regrades;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chấm lại: after a question's key was fixed (a new version with the same options and another
 * key), re-scores the round's graded attempts that showed the old version against the corrected
 * key. Marks and scores come from {@link Grading}, as at submission. An explicit organizer action,
 * audited with a before/after summary. Each contestant whose result changed is announced with
 * {@link EntryChanged} inside the transaction: the boards' outbox rows commit (or roll back) with
 * the new scores, and the drainer writes the boards from them.
 *
 * <p>Attempts still open keep grading against the version they showed when they are submitted;
 * the summary counts them, and running the regrade again once they are closed picks them up
 * (a regrade is idempotent: already-corrected attempts do not change again).
 */
@Singleton
class Regrade {

    private static final int CHUNK = 500;

    private final Sql sql;
    private final QuestionCatalog catalog;
    private final AuditLog audit;
    private final Regrades regrades;
    private final ApplicationEventPublisher<EntryChanged> entryChanged;

    Regrade(Sql sql, QuestionCatalog catalog, AuditLog audit, Regrades regrades,
            ApplicationEventPublisher<EntryChanged> entryChanged) {
        this.sql = sql;
        this.catalog = catalog;
        this.audit = audit;
        this.regrades = regrades;
        this.entryChanged = entryChanged;
    }

    /** @param versionId the question version whose key was wrong, as the question statistics list it */
    @Serdeable
    record RegradeBody(@Nullable Long versionId) {
    }

    @Serdeable
    record Change(long attemptId, long accountId, int scoreBefore, int scoreAfter, int correctBefore, int correctAfter) {
    }

    @Serdeable
    record Summary(long roundId, long questionId, String code, long fromVersionId, int fromVersion, long toVersionId,
                   int toVersion, String keyBefore, String keyAfter, int attemptsRescored, int attemptsChanged,
                   int contestantsChanged, int scoresUp, int scoresDown, long openAttemptsNotRescored,
                   List<Change> changes) {
    }

    /** The version being corrected, with its question's code and current version number. */
    private record OldVersion(long id, long questionId, int versionNo, String code, int currentVersion) {
    }

    /** A closed attempt that showed the old version, as it stands before the regrade. */
    private record Graded(long attemptId, long accountId, int score, int correctCount) {
    }

    /** One answer given on the old version. */
    private record Answer(long attemptId, long optionId) {
    }

    @Transactional
    Summary regrade(Actor actor, long roundId, RegradeBody body) {
        if (body.versionId() == null) {
            new FieldErrors().add("versionId", "REQUIRED", "Vui lòng chọn phiên bản câu hỏi cần chấm lại.",
                    "versionId is required.").throwIfAny();
        }
        int points = sql.one("SELECT points_per_question FROM contest_round WHERE id = ? FOR UPDATE",
                        rs -> rs.getInt("points_per_question"), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        OldVersion old = sql.one("""
                        SELECT v.id, v.question_id, v.version_no, q.code, q.current_version
                        FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.id = ?""",
                        rs -> new OldVersion(rs.getLong("id"), rs.getLong("question_id"), rs.getInt("version_no"),
                                rs.getString("code"), rs.getInt("current_version")),
                        body.versionId())
                .orElseThrow(() -> ApiException.notFound("phiên bản câu hỏi"));
        if (old.versionNo() == old.currentVersion()) {
            throw unprocessable("VERSION_IS_CURRENT", "Đây là phiên bản hiện tại; hãy sửa đáp án trước rồi chấm lại.",
                    "This is the current version; fix the key first, then regrade.");
        }
        long currentId = sql.one("SELECT id FROM question_version WHERE question_id = ? AND version_no = ?",
                rs -> rs.getLong("id"), old.questionId(), old.currentVersion()).orElseThrow();
        Map<Long, VersionView> views = catalog.versions(List.of(old.id(), currentId));
        VersionView shown = views.get(old.id());
        VersionView current = views.get(currentId);
        if (!texts(shown).equals(texts(current))) {
            throw unprocessable("OPTIONS_CHANGED",
                    "Phương án của phiên bản hiện tại khác phiên bản cũ; chỉ chấm lại được khi chỉ đáp án thay đổi.",
                    "The current version's options differ from the old one; a regrade applies a key fix only.");
        }
        int oldKey = keyPosition(shown);
        int newKey = keyPosition(current);
        if (oldKey == newKey) {
            throw unprocessable("KEY_UNCHANGED", "Đáp án của hai phiên bản giống nhau, không có gì để chấm lại.",
                    "Both versions have the same key; there is nothing to regrade.");
        }
        VersionView corrected = withKeyOf(shown, current);
        List<Graded> graded = sql.list("""
                SELECT a.id, a.account_id, a.score, a.correct_count FROM attempt a
                JOIN attempt_question aq ON aq.attempt_id = a.id AND aq.question_version_id = ?
                WHERE a.round_id = ? AND a.status <> 'OPEN' ORDER BY a.id FOR UPDATE""",
                rs -> new Graded(rs.getLong("id"), rs.getLong("account_id"), rs.getInt("score"),
                        rs.getInt("correct_count")), old.id(), roundId);
        long stillOpen = sql.one("""
                SELECT COUNT(*) AS open_attempts FROM attempt a
                JOIN attempt_question aq ON aq.attempt_id = a.id AND aq.question_version_id = ?
                WHERE a.round_id = ? AND a.status = 'OPEN'""",
                rs -> rs.getLong("open_attempts"), old.id(), roundId).orElse(0L);
        Map<Long, Integer> correctAfter = new HashMap<>();
        for (int from = 0; from < graded.size(); from += CHUNK) {
            List<Long> ids = graded.subList(from, Math.min(graded.size(), from + CHUNK)).stream()
                    .map(Graded::attemptId).toList();
            String marks = Sql.marks(ids.size());
            List<Object> values = new ArrayList<>();
            values.add(old.id());
            values.addAll(ids);
            List<Answer> answers = sql.list("""
                    SELECT attempt_id, option_id FROM answer
                    WHERE question_version_id = ? AND attempt_id IN (%s)""".formatted(marks),
                    rs -> new Answer(rs.getLong("attempt_id"), rs.getLong("option_id")), values.toArray());
            regrades.markAnswers(old.id(), answers.stream()
                    .map(a -> new Regrades.AnswerMark(a.attemptId(), Grading.isCorrect(corrected, a.optionId()))).toList());
            sql.list("""
                    SELECT attempt_id, SUM(CASE WHEN correct THEN 1 ELSE 0 END) AS correct_count FROM answer
                    WHERE attempt_id IN (%s) GROUP BY attempt_id""".formatted(marks),
                    rs -> correctAfter.put(rs.getLong("attempt_id"), rs.getInt("correct_count")), ids.toArray());
        }
        List<Change> changes = new ArrayList<>();
        List<Regrades.Rescored> updates = new ArrayList<>();
        for (Graded g : graded) {
            Grading.Result after = Grading.score(correctAfter.getOrDefault(g.attemptId(), 0), points);
            if (after.correctCount() != g.correctCount()) {
                changes.add(new Change(g.attemptId(), g.accountId(), g.score(), after.score(), g.correctCount(),
                        after.correctCount()));
                updates.add(new Regrades.Rescored(g.attemptId(), after.correctCount(), after.score()));
            }
        }
        regrades.rescore(updates);
        Summary summary = new Summary(roundId, old.questionId(), old.code(), old.id(), old.versionNo(), currentId,
                old.currentVersion(), letter(oldKey), letter(newKey), graded.size(), changes.size(),
                (int) changes.stream().map(Change::accountId).distinct().count(),
                (int) changes.stream().filter(c -> c.scoreAfter() > c.scoreBefore()).count(),
                (int) changes.stream().filter(c -> c.scoreAfter() < c.scoreBefore()).count(), stillOpen, changes);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("versionId", old.id());
        before.put("key", letter(oldKey));
        before.put("scores", changes.stream().map(c -> List.of(c.attemptId(), c.scoreBefore())).toList());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("versionId", currentId);
        after.put("key", letter(newKey));
        after.put("questionId", old.questionId());
        after.put("attemptsRescored", summary.attemptsRescored());
        after.put("attemptsChanged", summary.attemptsChanged());
        after.put("openAttemptsNotRescored", stillOpen);
        after.put("scores", changes.stream().map(c -> List.of(c.attemptId(), c.scoreAfter())).toList());
        audit.record(actor, "ROUND_REGRADED", "round", roundId, before, after);
        // in this transaction: each board's outbox row commits with the new scores or not at all
        Set<Long> contestants = new LinkedHashSet<>();
        changes.forEach(c -> contestants.add(c.accountId()));
        contestants.forEach(account -> entryChanged.publishEvent(new EntryChanged(roundId, account)));
        return summary;
    }

    private static List<String> texts(VersionView version) {
        return version.options().stream().map(VersionView.Option::text).toList();
    }

    private static int keyPosition(VersionView version) {
        for (int i = 0; i < version.options().size(); i++) {
            if (version.options().get(i).correct()) {
                return i;
            }
        }
        return -1;
    }

    /** The version as shown, keyed as the current one: their options match position for position. */
    private static VersionView withKeyOf(VersionView shown, VersionView current) {
        List<VersionView.Option> options = new ArrayList<>();
        for (int i = 0; i < shown.options().size(); i++) {
            VersionView.Option o = shown.options().get(i);
            options.add(new VersionView.Option(o.id(), o.text(), current.options().get(i).correct()));
        }
        return new VersionView(shown.id(), shown.text(), options);
    }

    private static String letter(int index) {
        return index < 0 ? "" : String.valueOf((char) ('A' + index));
    }

    private static ApiException unprocessable(String code, String vi, String en) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, vi, en);
    }
}
