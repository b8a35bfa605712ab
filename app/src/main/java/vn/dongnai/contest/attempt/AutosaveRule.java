package vn.dongnai.contest.attempt;

import vn.dongnai.contest.system.BusinessRule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Whether an autosave (lưu đáp án) may be stored, and which option it stores: the caller's attempt,
 * still open, the save within deadline and grace ({@link AttemptDeadline#inTime}), the question
 * part of the attempt, the option one of its places. The rules {@link Autosaves} checks in SQL for a
 * lone save, decided here for a batch of them from what one locked read found. Which rule failed is
 * not its business: a refused save is made again alone, and {@link AttemptService#saveAnswer} says.
 */
@BusinessRule
final class AutosaveRule {

    /**
     * One question of one attempt (lượt thi), as the rules need it.
     *
     * @param optionOrder the option ids in the order the attempt shows them, comma-separated
     */
    record Target(long accountId, boolean open, Instant deadlineAt, int graceSeconds, String optionOrder) {
    }

    private AutosaveRule() {
    }

    /**
     * The option id a save of option place {@code place} (1 for the first option shown) by
     * {@code accountId} at {@code at} stores; empty when a rule refuses it.
     *
     * @param target what was found of the save's attempt and question; null when the attempt has no such question
     */
    static OptionalLong option(Target target, long accountId, int place, Instant at) {
        if (target == null || target.accountId() != accountId || !target.open()) {
            return OptionalLong.empty();
        }
        // timed to the millisecond, as the save is stored (saved_at is DATETIME(3)) and as the
        // one-statement save compares it
        if (!AttemptDeadline.inTime(at.truncatedTo(ChronoUnit.MILLIS), target.deadlineAt(), target.graceSeconds())) {
            return OptionalLong.empty();
        }
        String[] order = target.optionOrder().split(",");
        if (place < 1 || place > order.length) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(order[place - 1]));
    }
}
