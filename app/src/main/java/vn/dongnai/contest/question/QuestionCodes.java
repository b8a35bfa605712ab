package vn.dongnai.contest.question;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.FreeText;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes for questions that arrive without one (mã câu hỏi): readable, the topic's initials and a
 * number ("dvctt-007" for the seventh question of "Dịch vụ công trực tuyến"), so organizers can say
 * them aloud and find them. A question whose text the bank already holds keeps that question's
 * code, so importing the same file again changes nothing. One instance per import: the preview
 * and the confirm see the same bank (the preview's fingerprint guarantees it) and so hand out the
 * same codes.
 */
@BusinessRule
final class QuestionCodes {

    private static final Pattern NUMBERED = Pattern.compile("([a-z0-9]+)-(\\d+)");

    private final Map<String, String> codeByText = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();

    /** @param bank the codes and current texts already in the bank */
    QuestionCodes(Map<String, String> bank) {
        bank.forEach((code, text) -> {
            codeByText.putIfAbsent(normalized(text), code);
            reserve(code);
        });
    }

    static QuestionCodes of(Collection<StoredQuestion> stored) {
        Map<String, String> bank = new HashMap<>();
        stored.forEach(q -> bank.put(q.code(), q.text()));
        return new QuestionCodes(bank);
    }

    /** The code a code-less question gets: the existing question's with the same text, else the topic's next. */
    String codeFor(String topic, String text) {
        String key = normalized(text);
        String known = codeByText.get(key);
        if (known != null) {
            return known;
        }
        String code = nextCode(topic);
        codeByText.put(key, code);
        return code;
    }

    /** The topic's next free code, whatever the text (a question typed in the console is always new). */
    String nextCode(String topic) {
        String prefix = prefix(topic);
        int next = lastNumber.getOrDefault(prefix, 0) + 1;
        lastNumber.put(prefix, next);
        return prefix + "-" + String.format(Locale.ROOT, "%03d", next);
    }

    /** A code given in the file takes its number, so generated ones never collide with it. */
    void reserve(String code) {
        Matcher m = NUMBERED.matcher(code);
        if (m.matches() && m.group(2).length() <= 6) {
            lastNumber.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
        }
    }

    /** "Dịch vụ công trực tuyến" → "dvctt": initials without diacritics, at most eight; "ch" when none. */
    static String prefix(String topic) {
        StringBuilder initials = new StringBuilder();
        for (String word : FreeText.fold(topic).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && initials.length() < 8) {
                initials.append(word.charAt(0));
            }
        }
        return initials.isEmpty() ? "ch" : initials.toString();
    }

    /** The same text whatever its spacing, Unicode form or case; accents still tell questions apart. */
    private static String normalized(String text) {
        return FreeText.normalize(text).toLowerCase(Locale.ROOT);
    }
}
