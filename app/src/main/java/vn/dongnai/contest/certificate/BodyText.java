package vn.dongnai.contest.certificate;

import vn.dongnai.contest.system.BusinessRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a template's lines: {@code {name}} (full name, or the unit for a collective
 * prize), {@code {unit}}, {@code {prize}} (the tier, or "Đã tham gia"), {@code {contest}},
 * {@code {round}}, {@code {date}}. A line whose placeholders are all empty is left out, so
 * "Đơn vị: {unit}" disappears for someone without a unit instead of printing "Đơn vị: ".
 */
@BusinessRule
final class BodyText {

    static final Set<String> PLACEHOLDERS = Set.of("name", "unit", "prize", "contest", "round", "date");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private BodyText() {
    }

    /** Placeholders a line uses that nobody fills ("{ten}" for "{name}"), in order of appearance. */
    static List<String> unknown(String line) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(line);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The line with its placeholders filled, or null when it has some and every one is empty. */
    static String fill(String line, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        boolean anyFilled = false;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            any = true;
            anyFilled |= !value.isBlank();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return any && !anyFilled ? null : out.toString().strip();
    }

    /** The line is exactly one placeholder: printed large (the name, the prize). */
    static boolean isOnly(String line, String placeholder) {
        return line.strip().equals("{" + placeholder + "}");
    }
}
