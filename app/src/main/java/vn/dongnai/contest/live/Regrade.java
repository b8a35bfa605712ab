package vn.dongnai.contest.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chấm lại: after a question's key was fixed (a new version with the same options and another
 * key), re-scores the round's graded attempts that showed the old version against the corrected
 * key. An explicit organizer action, audited with a before/after summary; each contestant whose
 * result changed is announced with {@link EntryChanged} once the transaction has committed, so
 * leaderboards recompute from what is stored.
 *
 * <p>Attempts still open keep grading against the version they showed when they are submitted;
 * the summary counts them, and running the regrade again once they are closed picks them up
 * (a regrade is idempotent: already-corrected attempts do not change again).
 */
@Singleton
class Regrade {

    private static final int CHUNK = 500;

    private final Sql sql;
    private final AuditLog audit;
    private final ApplicationEventPublisher<EntryChanged> entryChanged;

    Regrade(Sql sql, AuditLog audit, ApplicationEventPublisher<EntryChanged> entryChanged) {
        this.sql = sql;
        this.audit = audit;
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

    Summary regrade(Actor actor, long roundId, RegradeBody body) {
        Summary summary = apply(actor, roundId, body);
        Set<Long> contestants = new LinkedHashSet<>();
        summary.changes().forEach(c -> contestants.add(c.accountId()));
        contestants.forEach(account -> entryChanged.publishEvent(new EntryChanged(roundId, account)));
        return summary;
    }

    @Transactional
    Summary apply(Actor actor, long roundId, RegradeBody body) {
        if (body.versionId() == null) {
            new FieldErrors().add("versionId", "REQUIRED", "Vui lòng chọn phiên bản câu hỏi cần chấm lại.",
                    "versionId is required.").throwIfAny();
        }
        int points = sql.one("SELECT points_per_question FROM contest_round WHERE id = ? FOR UPDATE",
                        rs -> rs.getInt(1), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        record Version(long id, long questionId, int versionNo, String code, int currentVersion) {
        }
        Version old = sql.one("""
                        SELECT v.id, v.question_id, v.version_no, q.code, q.current_version
                        FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.id = ?""",
                        rs -> new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5)),
                        body.versionId())
                .orElseThrow(() -> ApiException.notFound("phiên bản câu hỏi"));
        if (old.versionNo() == old.currentVersion()) {
            throw unprocessable("VERSION_IS_CURRENT", "Đây là phiên bản hiện tại; hãy sửa đáp án trước rồi chấm lại.",
                    "This is the current version; fix the key first, then regrade.");
        }
        long currentId = sql.one("SELECT id FROM question_version WHERE question_id = ? AND version_no = ?",
                rs -> rs.getLong(1), old.questionId(), old.currentVersion()).orElseThrow();
        List<String> oldOptions = new ArrayList<>();
        List<String> newOptions = new ArrayList<>();
        int oldKey = options(old.id(), oldOptions);
        int newKey = options(currentId, newOptions);
        if (!oldOptions.equals(newOptions)) {
            throw unprocessable("OPTIONS_CHANGED",
                    "Phương án của phiên bản hiện tại khác phiên bản cũ; chỉ chấm lại được khi chỉ đáp án thay đổi.",
                    "The current version's options differ from the old one; a regrade applies a key fix only.");
        }
        if (oldKey == newKey) {
            throw unprocessable("KEY_UNCHANGED", "Đáp án của hai phiên bản giống nhau, không có gì để chấm lại.",
                    "Both versions have the same key; there is nothing to regrade.");
        }
        record Graded(long attemptId, long accountId, int score, int correct) {
        }
        List<Graded> graded = sql.list("""
                SELECT a.id, a.account_id, a.score, a.correct_count FROM attempt a
                JOIN attempt_question aq ON aq.attempt_id = a.id AND aq.question_version_id = ?
                WHERE a.round_id = ? AND a.status <> 'OPEN' ORDER BY a.id FOR UPDATE""",
                rs -> new Graded(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)), old.id(), roundId);
        long stillOpen = sql.one("""
                SELECT COUNT(*) FROM attempt a JOIN attempt_question aq ON aq.attempt_id = a.id AND aq.question_version_id = ?
                WHERE a.round_id = ? AND a.status = 'OPEN'""", rs -> rs.getLong(1), old.id(), roundId).orElse(0L);
        Map<Long, Integer> correctAfter = new HashMap<>();
        for (int from = 0; from < graded.size(); from += CHUNK) {
            List<Long> ids = graded.subList(from, Math.min(graded.size(), from + CHUNK)).stream().map(Graded::attemptId).toList();
            String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
            List<Object> values = new ArrayList<>();
            values.add(old.id());
            values.addAll(ids);
            // the options of the two versions are the same, position for position: the chosen position decides
            List<Object[]> marksToSet = sql.list("""
                    SELECT an.attempt_id, o.position FROM answer an JOIN question_option o ON o.id = an.option_id
                    WHERE an.question_version_id = ? AND an.attempt_id IN (%s)""".formatted(marks),
                    rs -> new Object[]{rs.getInt(2) == newKey, rs.getLong(1), old.id()}, values.toArray());
            sql.batch("UPDATE answer SET correct = ? WHERE attempt_id = ? AND question_version_id = ?", marksToSet);
            sql.list("""
                    SELECT attempt_id, SUM(CASE WHEN correct THEN 1 ELSE 0 END) FROM answer
                    WHERE attempt_id IN (%s) GROUP BY attempt_id""".formatted(marks),
                    rs -> correctAfter.put(rs.getLong(1), rs.getInt(2)), ids.toArray());
        }
        List<Change> changes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Graded g : graded) {
            int correct = correctAfter.getOrDefault(g.attemptId(), 0);
            if (correct != g.correct()) {
                changes.add(new Change(g.attemptId(), g.accountId(), g.score(), correct * points, g.correct(), correct));
                updates.add(new Object[]{correct, correct * points, g.attemptId()});
            }
        }
        sql.batch("UPDATE attempt SET correct_count = ?, score = ? WHERE id = ?", updates);
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
        return summary;
    }

    /** Fills the options' texts in bank order and returns the key's position. */
    private int options(long versionId, List<String> texts) {
        int[] key = {-1};
        sql.list("SELECT text, correct FROM question_option WHERE version_id = ? ORDER BY position", rs -> {
            if (rs.getBoolean(2)) {
                key[0] = texts.size();
            }
            texts.add(rs.getString(1));
            return null;
        }, versionId);
        return key[0];
    }

    private static String letter(int index) {
        return index < 0 ? "" : String.valueOf((char) ('A' + index));
    }

    private static ApiException unprocessable(String code, String vi, String en) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, vi, en);
    }
}
