package vn.dongnai.contest.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out scheduled account deletions once the awards they wait for are final. Each request
 * runs in its own transaction, so one that fails waits for the next turn without holding up the others;
 * running on several nodes at once is harmless (the request row is locked, and a done one is skipped).
 */
@Singleton
class ErasureJob {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureJob.class);

    private final AccountErasure erasure;

    ErasureJob(AccountErasure erasure) {
        this.erasure = erasure;
    }

    @Scheduled(fixedDelay = "${contest.erasure.interval:10m}", initialDelay = "1m")
    void run() {
        runOnce();
    }

    /** Returns how many accounts were erased. */
    int runOnce() {
        int erased = 0;
        for (long accountId : erasure.scheduled()) {
            try {
                if (erasure.carryOutIfFinal(accountId)) {
                    erased++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Scheduled deletion of account {} failed ({}); retried next turn", accountId, e.getClass().getSimpleName());
            }
        }
        if (erased > 0) {
            LOG.info("Scheduled deletions carried out: {}", erased);
        }
        return erased;
    }
}
