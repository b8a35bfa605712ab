package vn.dongnai.contest.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Small writes from many threads made in batches by a few threads: whatever queued while the last
 * batch was written goes in the next (up to {@code max}), so a peak pays one round trip and one
 * commit for many and a quiet moment waits for nobody. Each caller gets a future completed with
 * its own result once its batch is done, or with the batch's failure. Stopped, it writes what is
 * queued and then each new write on the caller's thread.
 */
public final class Batches<T, R> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

    private record Queued<T, R>(T value, CompletableFuture<R> done) {
    }

    private final int max;
    private final Function<List<T>, List<R>> write;
    private final BlockingQueue<Queued<T, R>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers;
    private volatile boolean running = true;
    /** Tests hold the writers to queue a known batch (fair, so a hold of every permit is not starved). */
    private final Semaphore gate;

    /** {@code write} returns one result per value, in order. */
    public Batches(String name, int threads, int max, Function<List<T>, List<R>> write) {
        this.max = max;
        this.write = write;
        this.gate = new Semaphore(Math.max(1, threads), true);
        this.writers = IntStream.range(0, Math.max(1, threads))
                .mapToObj(i -> Thread.ofPlatform().daemon().name(name + "-" + i).start(this::drain)).toList();
    }

    public CompletableFuture<R> add(T value) {
        if (!running) {
            return CompletableFuture.completedFuture(write.apply(List.of(value)).getFirst());
        }
        CompletableFuture<R> done = new CompletableFuture<>();
        queue.add(new Queued<>(value, done));
        return done;
    }

    private void drain() {
        List<Queued<T, R>> batch = new ArrayList<>(max);
        while (running || !queue.isEmpty()) {
            try {
                gate.acquire();
                try {
                    Queued<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, max - 1);
                    writeOut(batch);
                    batch.clear();
                } finally {
                    gate.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeOut(List<Queued<T, R>> batch) {
        try {
            List<R> results = write.apply(batch.stream().map(Queued::value).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} writes failed ({})", batch.size(), e.toString());
            batch.forEach(q -> q.done().completeExceptionally(e));
        }
    }

    /** Holds every writer after its current batch (tests): writes queue up until {@link #release}. */
    public void hold() throws InterruptedException {
        gate.acquire(writers.size());
    }

    public void release() {
        gate.release(writers.size());
    }

    /** Writes queued and not yet taken (tests). */
    public int waiting() {
        return queue.size();
    }

    @Override
    public void close() {
        running = false;
        try {
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // what was queued as the writers stopped
        for (Queued<T, R> q = queue.poll(); q != null; q = queue.poll()) {
            writeOut(List.of(q));
        }
    }
}
