package vn.dongnai.contest.bank.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Question;

/**
 * What a bank asks and of whom: how often the key is the one longest option (a test-wise guess
 * that should not pay: by chance it is 25 % with four options), and the questions per audience and
 * per kind.
 *
 * @param answered   questions with a correct option, the base of {@link #keyLongestPercent()}
 * @param keyLongest questions whose correct option is longer than every other option
 * @param byAudience questions per audience, every audience present
 * @param byKind     questions per tagged kind, every kind present
 * @param untagged   questions without a kind
 */
public record BankMix(int total, int answered, int keyLongest, Map<Audience, Integer> byAudience,
                      Map<Kind, Integer> byKind, int untagged) {

    public BankMix {
        byAudience = Collections.unmodifiableMap(new EnumMap<>(byAudience));
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    public static BankMix of(Bank bank) {
        Map<Audience, Integer> audiences = new EnumMap<>(Audience.class);
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        for (Audience audience : Audience.values()) {
            audiences.put(audience, 0);
        }
        for (Kind kind : Kind.values()) {
            kinds.put(kind, 0);
        }
        int answered = 0;
        int keyLongest = 0;
        int untagged = 0;
        for (Question question : bank.questions()) {
            audiences.merge(question.audience(), 1, Integer::sum);
            if (question.kind() == null) {
                untagged++;
            } else {
                kinds.merge(question.kind(), 1, Integer::sum);
            }
            if (question.correctOption().isPresent()) {
                answered++;
                if (keyIsLongest(question)) {
                    keyLongest++;
                }
            }
        }
        return new BankMix(bank.questions().size(), answered, keyLongest, audiences, kinds, untagged);
    }

    /** The correct option is strictly longer than each other option (a tie gives nothing away). */
    public static boolean keyIsLongest(Question question) {
        int correct = question.correctIndex();
        if (correct < 0 || correct >= question.options().size() || question.options().size() < 2) {
            return false;
        }
        int keyLength = question.options().get(correct).strip().length();
        for (int i = 0; i < question.options().size(); i++) {
            if (i != correct && question.options().get(i).strip().length() >= keyLength) {
                return false;
            }
        }
        return true;
    }

    public double keyLongestPercent() {
        return answered == 0 ? 0 : 100.0 * keyLongest / answered;
    }

    public int tagged() {
        return total - untagged;
    }

    /** Share of the tagged questions of these kinds, in percent. */
    public double kindPercent(Kind... kinds) {
        int count = 0;
        for (Kind kind : kinds) {
            count += byKind.get(kind);
        }
        return tagged() == 0 ? 0 : 100.0 * count / tagged();
    }

    public double audiencePercent(Audience audience) {
        return total == 0 ? 0 : 100.0 * byAudience.get(audience) / total;
    }
}
