package vn.dongnai.contest.attempt;

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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Group commit for submissions (nộp bài). Submits arriving together are graded and written in one
 * transaction by one thread per node — a queue drained in groups of up to {@code batch-size}, the
 * group closed {@code batch-wait} after its first submit or when full — so a peak pays one commit
 * (one log flush) and a handful of statements for many submits instead of a transaction each.
 * Durability is unchanged: each request is answered only after its group's transaction has
 * committed and its board write (batched with the group's, {@code Leaderboards}) is made. No thread
 * waits meanwhile: the request gets a future, so a peak of submits does not hold the blocking pool.
 *
 * <p>A submit's time is the moment it arrived, taken before it waits in the queue, so waiting
 * changes neither its duration nor its place in the ranking chain. A submit that is refused (404,
 * 409, 422) writes nothing and is answered alone; when the group's transaction fails (a deadlock,
 * a lost connection) every submit in it is made again on its own, so one bad submit cannot fail
 * the others. If the group never commits (the node stops or the committer dies), nobody was told
 * "saved": those requests get 503 and the page submits again with the same Idempotency-Key.
 */
@Singleton
class SubmitCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitCommitter.class);
    /** How long a request waits for its group before it is told to submit again. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private record Queued(AttemptService.PendingSubmit submit, CompletableFuture<AttemptViews.Result> reply) {
    }

    private final AttemptService attempts;
    private final Clock clock;
    private final int batchSize;
    private final Duration batchWait;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    /**
     * A few committers take groups from the one queue: while one waits for its commit (a log flush)
     * the next group is read and graded; each locks its attempts in id order, so they do not deadlock.
     */
    private final List<Thread> committers;
    private volatile boolean running = true;
    /** Tests hold the committers to make a group of known submits; released, one drains them as one. */
    private final Semaphore gate;
    /** Tests fail a group just before its commit; in production it does nothing. */
    volatile Runnable beforeCommit = () -> {
    };

    /** Where a submit the group could not take is made again on its own (it blocks on the database). */
    private final Executor blocking;

    SubmitCommitter(AttemptService attempts, Clock clock,
                    @Value("${contest.submit.batch-size:64}") int batchSize,
                    @Value("${contest.submit.batch-wait:2ms}") Duration batchWait,
                    @Value("${contest.submit.committers:2}") int committers,
                    @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.attempts = attempts;
        this.blocking = blocking;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.batchWait = batchWait;
        this.gate = new Semaphore(Math.max(1, committers), true); // fair: a test's hold of every permit is not starved
        this.committers = java.util.stream.IntStream.range(0, Math.max(1, committers))
                .mapToObj(i -> Thread.ofPlatform().daemon().name("submit-committer-" + i).start(this::drain)).toList();
    }

    /**
     * Grades the submit with whichever others arrive together; the answer completes once its
     * transaction has committed and its board write is made.
     */
    CompletableFuture<AttemptViews.Result> submit(long attemptId, long accountId, String idempotencyKey,
                                                  AttemptViews.SubmitBody body, ClientOrigin.@Nullable Origin origin) {
        AttemptService.PendingSubmit submit = new AttemptService.PendingSubmit(attemptId, accountId, idempotencyKey, body,
                origin, clock.instant());
        if (!running) {
            return CompletableFuture.supplyAsync(() -> attempts.submitAlone(submit), blocking);
        }
        CompletableFuture<AttemptViews.Result> reply = new CompletableFuture<>();
        queue.add(new Queued(submit, reply));
        return reply.orTimeout(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ApiException refused) {
                return CompletableFuture.failedFuture(refused);
            }
            if (cause instanceof RuntimeException) {
                // the group failed, or held this attempt twice: this submit alone, in its own transaction
                return CompletableFuture.supplyAsync(() -> attempts.submitAlone(submit), blocking);
            }
            // timed out, or the committer died: nobody was told "saved"
            return CompletableFuture.failedFuture(notSaved());
        });
    }

    private void drain() {
        while (running || !queue.isEmpty()) {
            try {
                gate.acquire();
                try {
                    Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<Queued> group = new ArrayList<>(batchSize);
                    group.add(first);
                    long closesAt = System.nanoTime() + batchWait.toNanos();
                    while (group.size() < batchSize) {
                        queue.drainTo(group, batchSize - group.size());
                        long left = closesAt - System.nanoTime();
                        if (group.size() >= batchSize || left <= 0) {
                            break;
                        }
                        Queued next = queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next != null) {
                            group.add(next);
                        }
                    }
                    commit(group);
                } finally {
                    gate.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                LOG.error("The submit committer failed; its group was not saved and is told to submit again", e);
            }
        }
    }

    private void commit(List<Queued> group) {
        List<AttemptService.PendingSubmit> submits = group.stream().map(Queued::submit).toList();
        Object[] outcomes;
        try {
            outcomes = attempts.closeTogether(submits, beforeCommit);
        } catch (RuntimeException e) {
            LOG.warn("A group of {} submits was rolled back ({}); each is made again on its own", group.size(), e.toString());
            group.forEach(q -> q.reply().completeExceptionally(e));
            return;
        } catch (Throwable e) {
            group.forEach(q -> q.reply().completeExceptionally(e));
            throw e;
        }
        // started here, each once (the group's are shared by its replies), waited for by nobody:
        // the board writes complete the replies when made
        Map<Supplier<CompletableFuture<?>>, CompletableFuture<?>> started = new IdentityHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            CompletableFuture<AttemptViews.Result> reply = group.get(i).reply();
            if (outcomes[i] instanceof AttemptService.Graded graded) {
                CompletableFuture<?>[] writes = graded.afterCommit().stream().map(s -> started.computeIfAbsent(s, Supplier::get))
                        .toArray(CompletableFuture[]::new);
                CompletableFuture.allOf(writes).whenComplete((done, failed) -> reply.complete(graded.result()));
            } else {
                reply.completeExceptionally((Throwable) outcomes[i]);
            }
        }
    }

    /** Holds the committer after its current group (tests): submits queue up until {@link #release}. */
    void hold() throws InterruptedException {
        gate.acquire(committers.size());
    }

    void release() {
        gate.release(committers.size());
    }

    /** Submits waiting for a group (tests). */
    int waiting() {
        return queue.size();
    }

    /** A stopping node commits what is queued, and takes new submits one by one meanwhile. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        for (Thread committer : committers) {
            committer.join(10_000);
        }
    }

    private static ApiException notSaved() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SUBMIT_NOT_SAVED",
                "Chưa lưu được bài nộp, vui lòng bấm nộp bài lần nữa.",
                "The submission was not saved; submit again (same Idempotency-Key).");
    }
}
