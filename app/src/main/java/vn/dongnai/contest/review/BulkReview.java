package vn.dongnai.contest.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.FieldErrors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One decision with one reason for many entries of a round (quyết định hàng loạt): all recorded or
 * none, each with its own audit entry, the flags it had and its boards' outbox row, exactly as one
 * by one.
 */
@Singleton
class BulkReview {

    static final int MAX_ENTRIES = 500;

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;

    BulkReview(ReviewQueue queue, ReviewDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    @Serdeable
    record BulkBody(@Nullable List<Long> accountIds, @Nullable String decision, @Nullable String reason) {
    }

    @Serdeable
    record BulkDecided(long roundId, int decided, List<ReviewDecisions.Decided> decisions) {
    }

    BulkDecided decide(Actor actor, long roundId, BulkBody body) {
        Set<Long> accounts = new LinkedHashSet<>(body.accountIds() == null ? List.of() : body.accountIds());
        accounts.remove(null);
        if (accounts.isEmpty() || accounts.size() > MAX_ENTRIES) {
            new FieldErrors().add("accountIds", "REQUIRED", "Hãy chọn từ 1 đến " + MAX_ENTRIES + " thí sinh.",
                    "Choose 1 to " + MAX_ENTRIES + " contestants.").throwIfAny();
        }
        // the flags are worked out once, before the transaction, as a single decision does
        Map<Long, List<String>> flags = queue.queue(roundId, "ALL").entries().stream()
                .collect(Collectors.toMap(ReviewQueue.Entry::accountId,
                        e -> e.flags().stream().map(ReviewQueue.FlagView::kind).distinct().toList()));
        List<ReviewDecisions.Decided> decided = recordAll(actor, roundId, accounts, body, flags);
        return new BulkDecided(roundId, decided.size(), decided);
    }

    @Transactional
    List<ReviewDecisions.Decided> recordAll(Actor actor, long roundId, Set<Long> accounts, BulkBody body,
                                            Map<Long, List<String>> flags) {
        List<ReviewDecisions.Decided> decided = new ArrayList<>();
        ReviewDecisions.DecisionBody one = new ReviewDecisions.DecisionBody(body.decision(), body.reason());
        for (long account : accounts) {
            decided.add(decisions.record(actor, roundId, account, one, flags.getOrDefault(account, List.of())));
        }
        return decided;
    }
}
