package vn.dongnai.contest.attempt;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.account.ClientOrigin;
import vn.dongnai.contest.system.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for submissions (nộp bài). Submits arriving together are graded and written in one
 * transaction by one thread per node — a queue drained in groups of up to {@code batch-size}, the
 * group closed {@code batch-wait} after its first submit or when full — so a peak pays one commit
 * (one log flush) and a handful of statements for many submits instead of a transaction each.
 * Durability is unchanged: each request is answered only after its group's transaction has
 * committed, and then makes its own board write on its own thread, as a lone submit does.
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

    private record Queued(AttemptService.PendingSubmit submit, CompletableFuture<AttemptService.Graded> reply) {
    }

    private final AttemptService attempts;
    private final Clock clock;
    private final int batchSize;
    private final Duration batchWait;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean running = true;
    /** Tests hold the committer to make a group of known submits; released, it drains them as one. */
    private final Semaphore gate = new Semaphore(1);
    /** Tests fail a group just before its commit; in production it does nothing. */
    volatile Runnable beforeCommit = () -> {
    };

    SubmitCommitter(AttemptService attempts, Clock clock,
                    @Value("${contest.submit.batch-size:64}") int batchSize,
                    @Value("${contest.submit.batch-wait:2ms}") Duration batchWait) {
        this.attempts = attempts;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.batchWait = batchWait;
        this.committer = Thread.ofPlatform().daemon().name("submit-committer").start(this::drain);
    }

    /** Grades the submit with whichever others arrive together; returns once its transaction has committed. */
    AttemptViews.Result submit(long attemptId, long accountId, String idempotencyKey, AttemptViews.SubmitBody body,
                               ClientOrigin.@Nullable Origin origin) {
        AttemptService.PendingSubmit submit = new AttemptService.PendingSubmit(attemptId, accountId, idempotencyKey, body,
                origin, clock.instant());
        if (!running) {
            return attempts.submitAlone(submit);
        }
        CompletableFuture<AttemptService.Graded> reply = new CompletableFuture<>();
        queue.add(new Queued(submit, reply));
        AttemptService.Graded graded;
        try {
            graded = reply.get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException) {
                // the group failed, or held this attempt twice: this submit alone, in its own transaction
                return attempts.submitAlone(submit);
            }
            throw notSaved();
        } catch (TimeoutException e) {
            throw notSaved();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notSaved();
        }
        graded.afterCommit().forEach(Runnable::run);
        return graded.result();
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
        for (int i = 0; i < group.size(); i++) {
            CompletableFuture<AttemptService.Graded> reply = group.get(i).reply();
            if (outcomes[i] instanceof AttemptService.Graded graded) {
                reply.complete(graded);
            } else {
                reply.completeExceptionally((Throwable) outcomes[i]);
            }
        }
    }

    /** Holds the committer after its current group (tests): submits queue up until {@link #release}. */
    void hold() throws InterruptedException {
        gate.acquire();
    }

    void release() {
        gate.release();
    }

    /** Submits waiting for a group (tests). */
    int waiting() {
        return queue.size();
    }

    /** A stopping node commits what is queued, and takes new submits one by one meanwhile. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        committer.join(10_000);
    }

    private static ApiException notSaved() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SUBMIT_NOT_SAVED",
                "Chưa lưu được bài nộp, vui lòng bấm nộp bài lần nữa.",
                "The submission was not saved; submit again (same Idempotency-Key).");
    }
}
