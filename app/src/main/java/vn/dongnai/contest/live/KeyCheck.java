package vn.dongnai.contest.live;

import vn.dongnai.contest.system.BusinessRule;

import java.util.List;
import java.util.Optional;

/**
 * Statistics that suggest a question's key is wrong: among enough answers, one wrong option is
 * chosen clearly more often than the key. A good distractor draws many answers, but not more than
 * the truth from a crowd that studied the material; when it does, someone should re-read the
 * source. Plain Java; thresholds from configuration.
 */
@BusinessRule
final class KeyCheck {

    /** @param ratio how many times the key's count the most chosen wrong option must reach */
    record Thresholds(int minAnswers, double ratio) {
    }

    record Suspicion(int option, String reasonVi, String reasonEn) {
    }

    private KeyCheck() {
    }

    /**
     * @param chosen how many answers chose each option, in bank order
     * @param key    the key's position
     */
    static Optional<Suspicion> check(List<Long> chosen, int key, Thresholds t) {
        long answered = chosen.stream().mapToLong(Long::longValue).sum();
        if (answered < t.minAnswers() || key < 0 || key >= chosen.size()) {
            return Optional.empty();
        }
        long keyCount = chosen.get(key);
        int top = -1;
        for (int i = 0; i < chosen.size(); i++) {
            if (i != key && (top < 0 || chosen.get(i) > chosen.get(top))) {
                top = i;
            }
        }
        if (top < 0 || chosen.get(top) < t.ratio() * Math.max(1, keyCount)) {
            return Optional.empty();
        }
        char letter = (char) ('A' + top);
        char keyLetter = (char) ('A' + key);
        return Optional.of(new Suspicion(top,
                "Phương án " + letter + " được chọn " + chosen.get(top) + " lần, nhiều hơn hẳn đáp án " + keyLetter
                        + " (" + keyCount + " lần): hãy kiểm tra lại đáp án.",
                "Option " + letter + " was chosen " + chosen.get(top) + " times, far more than the key " + keyLetter
                        + " (" + keyCount + "): check the key."));
    }
}
