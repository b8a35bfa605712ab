package vn.dongnai.contest.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Small writes from many threads made in batches by a few threads: whatever queued while the last
 * batch was written goes in the next (up to {@code max}), so a peak pays one round trip and one
 * commit for many and a quiet moment waits for nobody. Given a window, a batch stays open that long
 * after its first write (or until full), for writes whose commit costs more than the wait.
 * Each caller gets a future completed with its own result once its batch is done, or with the
 * batch's failure; a failure, even an {@link Error}, fails that batch only and the writers go on.
 * Stopped, it writes what is queued and then each new write one by one on {@code afterStop} (the
 * caller's thread unless given): a write that arrives while it stops is never left in the queue.
 */
public final class Batches<T, R> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

    private record Queued<T, R>(T value, CompletableFuture<R> done) {
    }

    private final String name;
    private final int max;
    private final long windowNanos;
    private final Function<List<T>, List<R>> write;
    private final Executor afterStop;
    private final BlockingQueue<Queued<T, R>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers;
    private volatile boolean running = true;
    /** Batches written, values in them and time spent writing them: where a peak's writes wait shows here. */
    private final LongAdder batches = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder writingNanos = new LongAdder();
    /** Tests hold the writers to queue a known batch (fair, so a hold of every permit is not starved). */
    private final Semaphore gate;

    /** {@code write} returns one result per value, in order; a batch is what is queued when a writer takes it. */
    public Batches(String name, int threads, int max, Function<List<T>, List<R>> write) {
        this(name, threads, max, Duration.ZERO, write);
    }

    /** As above, a batch closing {@code window} after its first value or when it holds {@code max}. */
    public Batches(String name, int threads, int max, Duration window, Function<List<T>, List<R>> write) {
        this(name, threads, max, window, Runnable::run, write);
    }

    /** As above, writes that come once it has stopped made on {@code afterStop}, not on the caller's thread. */
    public Batches(String name, int threads, int max, Duration window, Executor afterStop, Function<List<T>, List<R>> write) {
        this.name = name;
        this.afterStop = afterStop;
        this.max = Math.max(1, max);
        this.windowNanos = window.toNanos();
        this.write = write;
        this.gate = new Semaphore(Math.max(1, threads), true);
        this.writers = IntStream.range(0, Math.max(1, threads))
                .mapToObj(i -> Thread.ofPlatform().daemon().name(name + "-" + i).start(this::drain)).toList();
    }

    public CompletableFuture<R> add(T value) {
        CompletableFuture<R> done = new CompletableFuture<>();
        queue.add(new Queued<>(value, done));
        // read after queueing: seen running, close() comes later and writes it; seen stopped, it is
        // written here, whether or not close() has already emptied the queue
        if (!running) {
            afterStop.execute(this::writeLeftOver);
        }
        return done;
    }

    /** What is queued, one write at a time, by whoever finds it first (a stopped writer's callers, close). */
    private void writeLeftOver() {
        for (Queued<T, R> q = queue.poll(); q != null; q = queue.poll()) {
            writeOut(List.of(q));
        }
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
                    fill(batch);
                    writeOut(batch);
                    batch.clear();
                } finally {
                    gate.release();
                }
            } catch (InterruptedException e) {
                batch.forEach(q -> q.done().completeExceptionally(e));
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Adds what is queued, and with a window what arrives before it closes, up to {@code max}. */
    private void fill(List<Queued<T, R>> batch) throws InterruptedException {
        long closesAt = System.nanoTime() + windowNanos;
        while (batch.size() < max) {
            queue.drainTo(batch, max - batch.size());
            long left = closesAt - System.nanoTime();
            if (batch.size() >= max || left <= 0) {
                return;
            }
            Queued<T, R> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
            }
        }
    }

    private void writeOut(List<Queued<T, R>> batch) {
        long began = System.nanoTime();
        List<R> results = null;
        Throwable failed = null;
        try {
            results = write.apply(batch.stream().map(Queued::value).toList());
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} writes failed ({})", batch.size(), e.toString());
            failed = e;
        } catch (Throwable e) {
            // an Error must not end the writer silently, leaving every later write queued for nobody
            LOG.error("{}: a batch of {} writes failed; its callers are told and the writer goes on", name, batch.size(), e);
            failed = e;
        }
        // counted before anyone is answered: a caller reading the meters after its answer sees its batch
        batches.increment();
        written.add(batch.size());
        writingNanos.add(System.nanoTime() - began);
        try {
            if (failed == null) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(results.get(i));
                }
                return;
            }
        } catch (RuntimeException e) {
            // fewer results than writes: those not answered yet are told
            failed = e;
        }
        Throwable cause = failed;
        batch.forEach(q -> q.done().completeExceptionally(cause));
    }

    /**
     * Publishes the queue and the batches under {@code contest.batches.*} tagged with this name: values
     * waiting, batches and values written, and seconds spent writing (their quotients are the mean batch's
     * size and time).
     */
    public Batches<T, R> bindTo(MeterRegistry meters) {
        Gauge.builder("contest.batches.queued", queue, BlockingQueue::size).tag("batches", name)
                .description("values waiting for a batch").register(meters);
        FunctionCounter.builder("contest.batches.batches", batches, LongAdder::sum).tag("batches", name)
                .description("batches written").register(meters);
        FunctionCounter.builder("contest.batches.written", written, LongAdder::sum).tag("batches", name)
                .description("values written in batches").register(meters);
        FunctionCounter.builder("contest.batches.writing", writingNanos, n -> n.sum() / 1e9).tag("batches", name)
                .baseUnit("seconds").description("time spent writing batches").register(meters);
        return this;
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
        writeLeftOver();
    }
}
