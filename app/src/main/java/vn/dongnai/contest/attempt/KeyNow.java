package vn.dongnai.contest.attempt;

import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.BusinessRule;

/**
 * Which option of a question, as an attempt showed it, is the key today. A wrong key is fixed
 * with a new version carrying the same options and another key (then the round is regraded), so
 * when the question's current version has the shown version's options, position for position, its
 * key is the key now; any other later edit (new wording, other options) leaves the key as shown.
 */
@BusinessRule
final class KeyNow {

    /**
     * @param optionId the key's option id in the shown version; null for a question stored without
     *                 a key, which publishing does not let into a round but an old bank might hold
     * @param fixed    the key differs from the one the shown version had (sửa đáp án)
     */
    record Key(Long optionId, boolean fixed) {
    }

    private KeyNow() {
    }

    static Key of(VersionView shown, VersionView current) {
        int shownKey = keyPosition(shown);
        if (current == null || current.id() == shown.id() || !sameOptions(shown, current)) {
            return new Key(optionAt(shown, shownKey), false);
        }
        int currentKey = keyPosition(current);
        return new Key(optionAt(shown, currentKey), currentKey != shownKey);
    }

    private static boolean sameOptions(VersionView a, VersionView b) {
        if (a.options().size() != b.options().size()) {
            return false;
        }
        for (int i = 0; i < a.options().size(); i++) {
            if (!a.options().get(i).text().equals(b.options().get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static int keyPosition(VersionView version) {
        for (int i = 0; i < version.options().size(); i++) {
            if (version.options().get(i).correct()) {
                return i;
            }
        }
        return -1;
    }

    private static Long optionAt(VersionView version, int position) {
        return position < 0 ? null : version.options().get(position).id();
    }
}
