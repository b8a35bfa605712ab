package vn.dongnai.contest.attempt;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes attempts nobody submitted, with the answers saved by the deadline. Every node runs it;
 * the row lock in {@link AttemptService#close} keeps two nodes from grading the same attempt.
 */
@Singleton
class AttemptSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptSweeper.class);
    private static final int BATCH = 500;

    private final AttemptService attempts;

    AttemptSweeper(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelay = "${contest.attempts.sweep-interval:30s}", initialDelay = "10s")
    void sweep() {
        int closed = 0;
        for (AttemptService.OpenAttempt attempt : attempts.abandoned(BATCH)) {
            try {
                attempts.close(attempt.attemptId(), attempt.accountId());
                closed++;
            } catch (RuntimeException e) {
                LOG.warn("Could not close attempt {}: {}", attempt.attemptId(), e.getClass().getSimpleName());
            }
        }
        if (closed > 0) {
            LOG.info("Closed {} abandoned attempts at their deadline", closed);
        }
    }
}
