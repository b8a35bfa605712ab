package vn.dongnai.contest.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Small writes from many threads made in batches by one thread: whatever queued while the last
 * batch was written goes in the next (up to {@code max}), so a peak pays one round trip for many
 * and a quiet moment waits for nobody. Each caller gets a future completed once its batch is done.
 * Stopped, it writes what is queued and then each new write on the caller's thread.
 */
public final class Batches<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

    private record Queued<T>(T value, CompletableFuture<Void> done) {
    }

    private final int max;
    private final Consumer<List<T>> write;
    private final BlockingQueue<Queued<T>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    public Batches(String name, int max, Consumer<List<T>> write) {
        this.max = max;
        this.write = write;
        this.writer = Thread.ofPlatform().daemon().name(name).start(this::drain);
    }

    public CompletableFuture<Void> add(T value) {
        if (!running) {
            write.accept(List.of(value));
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Queued<>(value, done));
        return done;
    }

    private void drain() {
        List<Queued<T>> batch = new ArrayList<>(max);
        while (running || !queue.isEmpty()) {
            try {
                Queued<T> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, max - 1);
                try {
                    write.accept(batch.stream().map(Queued::value).toList());
                    batch.forEach(q -> q.done().complete(null));
                } catch (RuntimeException e) {
                    LOG.warn("A batch of {} writes failed ({})", batch.size(), e.toString());
                    batch.forEach(q -> q.done().completeExceptionally(e));
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // what was queued as the writer stopped
        for (Queued<T> q = queue.poll(); q != null; q = queue.poll()) {
            try {
                write.accept(List.of(q.value()));
                q.done().complete(null);
            } catch (RuntimeException e) {
                q.done().completeExceptionally(e);
            }
        }
    }
}
