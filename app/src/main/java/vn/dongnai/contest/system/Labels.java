package vn.dongnai.contest.system;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Vietnamese label of every code the platform stores (statuses, roles, difficulty, audit
 * actions…), read from {@code labels/vi.json}: the same file the organizer console imports when it
 * is built, so a screen and an export never name a code differently.
 *
 * <p>Kinds: contestStatus, roundStatus, awardStatus, questionStatus, difficulty, role, staffStatus,
 * attemptStatus, countingRule, predictionKind, reviewFlag, reviewStatus, reviewDecision, rankingLink,
 * participantGroup, prizeKind, importSeverity, importCode, auditAction, entity, field.
 */
public final class Labels {

    private static final Map<String, Map<String, String>> TABLE = load();

    private Labels() {
    }

    /**
     * The label of {@code code}; a code the file does not know comes back humanised
     * ("SOME_CODE" → "Some code") rather than bare, and null as an empty string.
     */
    public static String of(String kind, String code) {
        if (code == null) {
            return "";
        }
        String label = TABLE.getOrDefault(kind, Map.of()).get(code);
        return label != null ? label : humanize(code);
    }

    /** Whether the file has a label for this code (tests check that every code has one). */
    public static boolean has(String kind, String code) {
        return TABLE.getOrDefault(kind, Map.of()).containsKey(code);
    }

    /** The codes of one kind with their labels, in the file's order. */
    public static Map<String, String> kind(String kind) {
        return TABLE.getOrDefault(kind, Map.of());
    }

    static String humanize(String code) {
        String words = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_\\-.]+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = Labels.class.getResourceAsStream("/labels/vi.json")) {
            if (in == null) {
                throw new IllegalStateException("labels/vi.json is missing from the classpath");
            }
            Map<String, Map<String, String>> table = new LinkedHashMap<>();
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String kind = parser.currentName();
                    expect(parser.nextToken(), JsonToken.START_OBJECT);
                    Map<String, String> labels = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String code = parser.currentName();
                        expect(parser.nextToken(), JsonToken.VALUE_STRING);
                        labels.put(code, parser.getText());
                    }
                    table.put(kind, Collections.unmodifiableMap(labels));
                }
            }
            return Collections.unmodifiableMap(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("labels/vi.json: expected " + expected + ", found " + actual);
        }
    }
}
