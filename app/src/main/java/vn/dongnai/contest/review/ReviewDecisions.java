package vn.dongnai.contest.review;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.attempt.Disqualifications;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A committee member's decision on one contestant's entry in a round. Disqualifying marks every
 * attempt of theirs in the round, so the entry leaves every ranking; clearing lifts it again.
 * Leaderboards learn of it through {@link EntryChanged}, published inside the decision's
 * transaction: the boards' outbox row commits with the decision or not at all, and the drainer
 * writes the boards from it.
 */
@Singleton
public class ReviewDecisions {

    static final String DISQUALIFIED = "DISQUALIFIED";
    static final String CLEARED = "CLEARED";

    private final Sql sql;
    private final ReviewQueue queue;
    private final AuditLog audit;
    private final Clock clock;
    private final Disqualifications disqualifications;
    private final ApplicationEventPublisher<EntryChanged> entryChanged;

    ReviewDecisions(Sql sql, ReviewQueue queue, AuditLog audit, Clock clock, Disqualifications disqualifications,
                    ApplicationEventPublisher<EntryChanged> entryChanged) {
        this.sql = sql;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
        this.disqualifications = disqualifications;
        this.entryChanged = entryChanged;
    }

    /** {@code decision}: DISQUALIFY or CLEAR. */
    @Serdeable
    record DecisionBody(@Nullable String decision, @Nullable String reason) {
    }

    @Serdeable
    record Decided(long roundId, long accountId, String decision, String reason, int attempts, Instant decidedAt) {
    }

    Decided decide(Actor actor, long roundId, long accountId, DecisionBody body) {
        // the flags are worked out before the transaction, so the entry's rows stay locked only briefly
        List<String> flags = queue.flagKinds(roundId, accountId);
        return record(actor, roundId, accountId, body, flags);
    }

    @Transactional
    Decided record(Actor actor, long roundId, long accountId, DecisionBody body, List<String> flags) {
        FieldErrors errors = new FieldErrors();
        String decision = body.decision() == null ? "" : body.decision().strip().toUpperCase(Locale.ROOT);
        String outcome = switch (decision) {
            case "DISQUALIFY", DISQUALIFIED -> DISQUALIFIED;
            case "CLEAR", CLEARED -> CLEARED;
            default -> null;
        };
        if (outcome == null) {
            errors.add("decision", "INVALID", "Quyết định phải là DISQUALIFY (loại) hoặc CLEAR (không vi phạm).",
                    "decision must be DISQUALIFY or CLEAR.");
        }
        String reason = FreeText.normalizeLines(body.reason());
        if (reason.length() < 5 || reason.length() > 1000) {
            errors.add("reason", "REQUIRED", "Vui lòng ghi lý do (5–1000 ký tự).", "A reason (5–1000 characters) is required.");
        }
        errors.throwIfAny();
        sql.one("SELECT id FROM contest_round WHERE id = ?", rs -> rs.getLong("id"), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        List<Boolean> before = sql.list("SELECT disqualified FROM attempt WHERE round_id = ? AND account_id = ? FOR UPDATE",
                rs -> rs.getBoolean("disqualified"), roundId, accountId);
        if (before.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "NO_ENTRY", "Thí sinh này không có bài thi trong đợt thi.",
                    "This contestant has no attempt in the round.");
        }
        Instant now = clock.instant();
        sql.insert("""
                INSERT INTO review_decision (round_id, account_id, decision, reason, flags, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                roundId, accountId, outcome, reason, flags.isEmpty() ? null : String.join(",", flags), actor.id(), now);
        disqualifications.mark(roundId, accountId, DISQUALIFIED.equals(outcome));
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("disqualified", before.stream().anyMatch(b -> b));
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("roundId", roundId);
        is.put("decision", outcome);
        is.put("reason", reason);
        is.put("flags", flags);
        is.put("disqualified", DISQUALIFIED.equals(outcome));
        audit.record(actor, DISQUALIFIED.equals(outcome) ? "ENTRY_DISQUALIFIED" : "ENTRY_CLEARED", "entry",
                roundId + ":" + accountId, was, is);
        entryChanged.publishEvent(new EntryChanged(roundId, accountId));
        return new Decided(roundId, accountId, outcome, reason, before.size(), now);
    }

    /**
     * Records the committee's disqualification of an entry whose identity was transferred to its
     * lawful owner (identity claim {@code claimId}); runs inside the caller's transaction. Marking the
     * attempts and telling the boards are the caller's.
     */
    public void recordIdentityTransfer(long roundId, long accountId, long claimId, String reason, long decidedBy,
                                       Instant decidedAt) {
        sql.insert("""
                INSERT INTO review_decision (round_id, account_id, decision, reason, flags, decided_by, decided_at)
                VALUES (?, ?, 'DISQUALIFIED', ?, 'IDENTITY_CLAIM', ?, ?)""",
                roundId, accountId, "Danh tính đã được chuyển cho người chủ hợp pháp (yêu cầu " + claimId + "): " + reason,
                decidedBy, decidedAt);
    }
}
