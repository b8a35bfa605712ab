package vn.dongnai.contest.attempt;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.account.ClientOrigin;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Batches;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit for submissions (nộp bài). Submits arriving together are graded and written in one
 * transaction — {@link Batches} with a few committer threads, a group of up to {@code batch-size}
 * closed {@code batch-wait} after its first submit or when full — so a peak pays one commit (one log
 * flush) and a handful of statements for many submits instead of a transaction each. Durability is
 * unchanged: each request is answered only after its group's transaction has committed and its
 * board write (batched with the group's, {@code Leaderboards}) is made. No thread waits meanwhile:
 * the request gets a future, so a peak of submits does not hold the blocking pool.
 *
 * <p>A submit's time is the moment it arrived, taken before it waits in the queue, so waiting
 * changes neither its duration nor its place in the ranking chain. A submit that is refused (404,
 * 409, 422) writes nothing and is answered alone; when the group's transaction fails (a deadlock,
 * a lost connection) every submit in it is made again on its own, so one bad submit cannot fail
 * the others. If the group never commits (an {@link Error}, or no answer in time), nobody was told
 * "saved": those requests get 503 and the page submits again with the same Idempotency-Key.
 */
@Singleton
class SubmitCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitCommitter.class);
    /** How long a request waits for its group before it is told to submit again. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private final AttemptService attempts;
    private final Clock clock;
    /**
     * A few committers take groups from the one queue: while one waits for its commit (a log flush)
     * the next group is read and graded; each locks its attempts in id order, so they do not deadlock.
     * Each submit's result is a future of its reply, completed when the group's board writes are made.
     */
    private final Batches<AttemptService.PendingSubmit, CompletableFuture<AttemptViews.Result>> groups;
    /** Tests fail a group just before its commit; in production it does nothing. */
    volatile Runnable beforeCommit = () -> {
    };

    /** Where a submit the group could not take is made again on its own (it blocks on the database). */
    private final Executor blocking;

    SubmitCommitter(AttemptService attempts, Clock clock,
                    @Value("${contest.submit.batch-size:64}") int batchSize,
                    @Value("${contest.submit.batch-wait:10ms}") Duration batchWait,
                    @Value("${contest.submit.committers:2}") int committers,
                    @Named(TaskExecutors.BLOCKING) Executor blocking, MeterRegistry meters) {
        this.attempts = attempts;
        this.blocking = blocking;
        this.clock = clock;
        // a submit that comes as the node stops is made alone on the blocking pool: an event loop must
        // not wait for the database
        this.groups = new Batches<>("submit-committer", committers, batchSize, batchWait, blocking, this::commit).bindTo(meters);
    }

    /**
     * Grades the submit with whichever others arrive together; the answer completes once its
     * transaction has committed and its board write is made.
     */
    CompletableFuture<AttemptViews.Result> submit(long attemptId, long accountId, String idempotencyKey,
                                                  AttemptViews.SubmitBody body, ClientOrigin.@Nullable Origin origin) {
        AttemptService.PendingSubmit submit = new AttemptService.PendingSubmit(attemptId, accountId, idempotencyKey, body,
                origin, clock.instant());
        return groups.add(submit).thenCompose(Function.identity())
                .orTimeout(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof ApiException refused) {
                        return CompletableFuture.failedFuture(refused);
                    }
                    if (cause instanceof RuntimeException) {
                        // the group failed, or held this attempt twice: this submit alone, in its own transaction
                        return CompletableFuture.supplyAsync(() -> attempts.submitAlone(submit), blocking);
                    }
                    // timed out, or the group's transaction ended in an Error: nobody was told "saved"
                    return CompletableFuture.failedFuture(notSaved());
                });
    }

    /** One group in one transaction: per submit, its reply once the group's board writes are made, or its refusal. */
    private List<CompletableFuture<AttemptViews.Result>> commit(List<AttemptService.PendingSubmit> group) {
        Object[] outcomes;
        try {
            outcomes = attempts.closeTogether(group, beforeCommit);
        } catch (RuntimeException e) {
            LOG.warn("A group of {} submits was rolled back ({}); each is made again on its own", group.size(), e.toString());
            throw e;
        }
        // started here, each once (the group's are shared by its replies), waited for by nobody:
        // the board writes complete the replies when made
        Map<Supplier<CompletableFuture<?>>, CompletableFuture<?>> started = new IdentityHashMap<>();
        List<CompletableFuture<AttemptViews.Result>> replies = new ArrayList<>(group.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof AttemptService.Graded graded) {
                CompletableFuture<?>[] writes = graded.afterCommit().stream().map(s -> started.computeIfAbsent(s, Supplier::get))
                        .toArray(CompletableFuture[]::new);
                replies.add(CompletableFuture.allOf(writes).handle((done, failed) -> graded.result()));
            } else {
                replies.add(CompletableFuture.failedFuture((Throwable) outcome));
            }
        }
        return replies;
    }

    /** Holds the committers after their current group (tests): submits queue up until {@link #release}. */
    void hold() throws InterruptedException {
        groups.hold();
    }

    void release() {
        groups.release();
    }

    /** Submits waiting for a group (tests). */
    int waiting() {
        return groups.waiting();
    }

    /** A stopping node commits what is queued, and takes new submits one by one meanwhile. */
    @PreDestroy
    void stop() {
        groups.close();
    }

    private static ApiException notSaved() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SUBMIT_NOT_SAVED",
                "Chưa lưu được bài nộp, vui lòng bấm nộp bài lần nữa.",
                "The submission was not saved; submit again (same Idempotency-Key).");
    }
}
