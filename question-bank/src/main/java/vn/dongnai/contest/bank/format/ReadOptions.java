package vn.dongnai.contest.bank.format;

import vn.dongnai.contest.bank.Level;

/**
 * What to assume where a file does not say: Aiken has no topic or difficulty at all, and an
 * organizer's sheet may leave those columns out when all rows share them.
 *
 * @param defaultTopic used where a question has no topic; {@code null} for none
 * @param defaultLevel used where a question has no difficulty; {@code null} for none
 */
public record ReadOptions(String defaultTopic, Level defaultLevel) {

    public static final ReadOptions NONE = new ReadOptions(null, null);
}
