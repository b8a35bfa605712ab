package vn.dongnai.contest.system;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes in one batch, with and without a window, a writer that outlives a batch's Error, and
 * the writes that come while it stops.
 */
class BatchesTest {

    /** Each batch as written; a value's result is ten times the value. */
    private final List<List<Integer>> written = new CopyOnWriteArrayList<>();

    private List<Integer> recording(List<Integer> batch) {
        written.add(batch);
        return batch.stream().map(v -> v * 10).toList();
    }

    @Test
    void aValueAddedWithinTheWindowJoinsTheFirstValuesBatch() throws Exception {
        // a window far longer than the pause between the two, however slow the machine
        try (Batches<Integer, Integer> batches = new Batches<>("test", 1, 10, Duration.ofSeconds(3), this::recording)) {
            CompletableFuture<Integer> first = batches.add(1);
            Thread.sleep(100);
            CompletableFuture<Integer> second = batches.add(2);

            assertEquals(10, first.get(5, SECONDS));
            assertEquals(20, second.get(5, SECONDS));
        }
        assertEquals(List.of(List.of(1, 2)), written);
    }

    @Test
    void aFullBatchIsWrittenWithoutWaitingForItsWindowToClose() throws Exception {
        try (Batches<Integer, Integer> batches = new Batches<>("test", 1, 2, Duration.ofMinutes(1), this::recording)) {
            CompletableFuture<Integer> first = batches.add(1);
            CompletableFuture<Integer> second = batches.add(2);

            assertEquals(10, first.get(5, SECONDS));
            assertEquals(20, second.get(5, SECONDS));
        }
        assertEquals(List.of(List.of(1, 2)), written);
    }

    @Test
    void withoutAWindowAValueAddedAfterTheFirstWasTakenGoesInTheNextBatch() throws Exception {
        try (Batches<Integer, Integer> batches = new Batches<>("test", 1, 10, this::recording)) {
            // written without waiting for anything more
            assertEquals(10, batches.add(1).get(5, SECONDS));
            assertEquals(20, batches.add(2).get(5, SECONDS));
        }
        assertEquals(List.of(List.of(1), List.of(2)), written);
    }

    @Test
    void withoutAWindowWhatQueuedWhileTheWritersWereHeldIsWrittenInBatchesOfAtMostMax() throws Exception {
        try (Batches<Integer, Integer> batches = new Batches<>("test", 1, 2, this::recording)) {
            batches.hold();
            List<CompletableFuture<Integer>> results;
            try {
                results = List.of(batches.add(1), batches.add(2), batches.add(3));
            } finally {
                batches.release();
            }

            for (int i = 0; i < results.size(); i++) {
                assertEquals(10 * (i + 1), results.get(i).get(5, SECONDS));
            }
        }
        assertEquals(List.of(List.of(1, 2), List.of(3)), written);
    }

    @Test
    void itsMetersCountTheQueueTheBatchesTheValuesInThemAndTheTimeSpentWriting() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Batches<Integer, Integer> batches = new Batches<Integer, Integer>("test", 1, 2, batch -> {
            sleep(20);
            return recording(batch);
        }).bindTo(meters)) {
            batches.hold();
            List<CompletableFuture<Integer>> results;
            try {
                results = List.of(batches.add(1), batches.add(2), batches.add(3));
                assertEquals(3, meters.get("contest.batches.queued").tag("batches", "test").gauge().value());
            } finally {
                batches.release();
            }
            for (CompletableFuture<Integer> result : results) {
                result.get(5, SECONDS);
            }
            assertEquals(0, meters.get("contest.batches.queued").gauge().value());
            assertEquals(2, meters.get("contest.batches.batches").functionCounter().count());
            assertEquals(3, meters.get("contest.batches.written").functionCounter().count());
            // two batches of at least 20 ms each
            assertTrue(meters.get("contest.batches.writing").functionCounter().count() >= 0.040);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anErrorThrownByTheWriteFailsItsBatchAndTheNextBatchIsStillWritten() throws Exception {
        AtomicBoolean failedOnce = new AtomicBoolean();
        try (Batches<Integer, Integer> batches = new Batches<>("test", 1, 10, batch -> {
            if (failedOnce.compareAndSet(false, true)) {
                throw new OutOfMemoryError("the first batch");
            }
            return recording(batch);
        })) {
            CompletableFuture<Integer> first = batches.add(1);
            ExecutionException failure = assertThrows(ExecutionException.class, () -> first.get(5, SECONDS));
            assertInstanceOf(OutOfMemoryError.class, failure.getCause());

            assertEquals(20, batches.add(2).get(5, SECONDS), "the writer is still there");
        }
        assertEquals(List.of(List.of(2)), written);
    }

    @Test
    void aWriteThatComesOnceItHasStoppedIsMadeOnTheExecutorGivenNotOnTheCallersThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        ExecutorService afterStop = Executors.newSingleThreadExecutor(r -> new Thread(r, "after-stop"));
        try {
            Batches<Integer, Integer> batches = new Batches<>("test", 1, 10, Duration.ZERO, afterStop, batch -> {
                threads.add(Thread.currentThread().getName());
                return recording(batch);
            });
            batches.close();

            assertEquals(30, batches.add(3).get(5, SECONDS));
            assertEquals(List.of("after-stop"), threads);
        } finally {
            afterStop.shutdown();
        }
    }

    @Test
    void everyWriteAddedWhileItStopsIsMade() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        Batches<Integer, Integer> batches = new Batches<>("test", 2, 16, Duration.ZERO, Runnable::run, this::recording);
        try {
            List<Future<List<CompletableFuture<Integer>>>> added = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int caller = c;
                added.add(callers.submit(() -> {
                    List<CompletableFuture<Integer>> mine = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        mine.add(batches.add(caller * 10_000 + i));
                    }
                    return mine;
                }));
            }
            batches.close();
            for (Future<List<CompletableFuture<Integer>>> caller : added) {
                for (CompletableFuture<Integer> write : caller.get(10, SECONDS)) {
                    assertTrue(write.get(10, SECONDS) % 10 == 0, "made, not left in the queue");
                }
            }
        } finally {
            callers.shutdown();
        }
        assertEquals(20_000, written.stream().mapToInt(List::size).sum());
    }
}
