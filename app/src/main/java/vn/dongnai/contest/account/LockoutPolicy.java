package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated wrong passwords slow a login down (plain Java, no framework). Counted per account
 * and client address: a guesser locks only themselves out, from their own address, while the owner
 * logging in from elsewhere meets the bot check at most (which the failures per account switch on).
 * Each new lock of the same account from the same address lasts twice as long, up to a day.
 *
 * @param maxFailures wrong passwords in a row, from one address, that lock it
 * @param lockFor     the first lock's length
 * @param window      failures older than this are forgotten
 */
@BusinessRule
record LockoutPolicy(int maxFailures, Duration lockFor, Duration window) {

    static final Duration LONGEST_LOCK = Duration.ofHours(24);

    LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero() || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("a login lockout needs max-failures >= 1 and positive durations");
        }
    }

    /** The failures that count after one more, given when the earlier ones started. */
    int failuresAfterOneMore(int earlier, Instant firstFailedAt, Instant now) {
        return firstFailedAt.plus(window).isBefore(now) ? 1 : earlier + 1;
    }

    boolean locks(int failures) {
        return failures >= maxFailures;
    }

    /** How long the {@code lockNumber}-th lock (1, 2, …) of one account from one address lasts. */
    Duration lockLength(int lockNumber) {
        Duration length = lockFor;
        for (int i = 1; i < lockNumber && length.compareTo(LONGEST_LOCK) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : length;
    }
}
