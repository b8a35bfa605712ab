package vn.dongnai.contest.question;

import java.util.List;

/** One immutable question version with its options in bank order (position 0 = A). */
public record VersionView(long id, String text, List<Option> options) {

    public record Option(long id, String text, boolean correct) {
    }

    public Option option(long optionId) {
        for (Option option : options) {
            if (option.id() == optionId) {
                return option;
            }
        }
        throw new IllegalArgumentException("option " + optionId + " is not in version " + id);
    }
}
