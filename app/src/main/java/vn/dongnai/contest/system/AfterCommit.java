package vn.dongnai.contest.system;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs work once the current transaction has committed (at once when there is none). */
@Singleton
public class AfterCommit {

    private final TransactionOperations<Connection> transactions;

    AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Where {@link #run} and {@link #runThenWait} collect actions instead of registering them, while
     * {@link #collecting} runs: several requests graded in one transaction each answer after its
     * commit with the work that belongs to them.
     */
    private static final ThreadLocal<List<Supplier<CompletableFuture<?>>>> COLLECTED = new ThreadLocal<>();

    /**
     * Runs {@code work} (inside a transaction) with every action it registers added to {@code into}
     * rather than run at commit; the caller starts them once that transaction has committed (each
     * gives a future that completes when it is done), and drops them if it rolled back.
     */
    public static <T> T collecting(List<Supplier<CompletableFuture<?>>> into, Supplier<T> work) {
        var outer = COLLECTED.get();
        COLLECTED.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                COLLECTED.remove();
            } else {
                COLLECTED.set(outer);
            }
        }
    }

    public void run(Runnable action) {
        runThenWait(() -> {
            action.run();
            return CompletableFuture.completedFuture(null);
        });
    }

    /**
     * Work done elsewhere once the transaction has committed (a batched write): the committing
     * thread waits for it, so whoever committed answers after it, as with {@link #run}. Collected,
     * it is only started, and the collector decides what waits for it.
     */
    public void runThenWait(Supplier<CompletableFuture<?>> action) {
        var collected = COLLECTED.get();
        if (collected != null) {
            collected.add(action);
            return;
        }
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            action.get().join();
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.get().join();
            }
        });
    }
}
