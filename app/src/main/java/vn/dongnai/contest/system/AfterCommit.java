package vn.dongnai.contest.system;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

/** Runs work once the current transaction has committed (at once when there is none). */
@Singleton
public class AfterCommit {

    private final TransactionOperations<Connection> transactions;

    AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Where {@link #run} collects actions instead of registering them, while {@link #collecting}
     * runs: several requests graded in one transaction each answer after its commit, on their own
     * threads, with the work that belongs to them.
     */
    private static final ThreadLocal<List<Runnable>> COLLECTED = new ThreadLocal<>();

    /**
     * Runs {@code work} (inside a transaction) with every action it registers added to {@code into}
     * rather than run at commit; the caller runs them once that transaction has committed, and drops
     * them if it rolled back.
     */
    public static <T> T collecting(List<Runnable> into, Supplier<T> work) {
        List<Runnable> outer = COLLECTED.get();
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
        List<Runnable> collected = COLLECTED.get();
        if (collected != null) {
            collected.add(action);
            return;
        }
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            action.run();
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
