package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.system.Labels;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An audit entry's before/after as a person reads it: only what changed, each field by its
 * Vietnamese name, codes by their labels, moments in Vietnam time. The console's table and the
 * .xlsx export both show this, so they never disagree.
 */
final class AuditDiff {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);

    /** One changed field: its path ("prediction.kind"), its label ("Câu hỏi dự đoán › Loại") and both values as text. */
    @Serdeable
    record Change(String field, String label, @Nullable String before, @Nullable String after) {
    }

    private AuditDiff() {
    }

    static List<Change> changes(String entity, String action, @Nullable Object before, @Nullable Object after) {
        Map<String, Object> was = flatten(before);
        Map<String, Object> is = flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = was.get(field);
            Object now = is.get(field);
            if (before != null && after != null && Objects.equals(old, now)) {
                continue;
            }
            changes.add(new Change(field, label(field), text(entity, action, field, old), text(entity, action, field, now)));
        }
        return changes;
    }

    /** "Trạng thái: Bản nháp → Đã công bố; Tên: … → …" for the export's one cell. */
    static String summary(List<Change> changes) {
        return changes.stream().map(c -> c.label() + ": " + (c.before() == null ? "—" : c.before()) + " → "
                + (c.after() == null ? "—" : c.after())).collect(Collectors.joining("\n"));
    }

    private static String label(String field) {
        List<String> parts = new ArrayList<>();
        for (String part : field.split("\\.")) {
            if (!part.matches("\\d+")) {
                parts.add(Labels.of("field", part));
            } else {
                parts.add("#" + (Integer.parseInt(part) + 1));
            }
        }
        return String.join(" › ", parts);
    }

    /** Nested objects become dotted paths, so a change deep in a round's settings is named precisely. */
    private static Map<String, Object> flatten(@Nullable Object value) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            flatten("", map, flat);
        } else if (value != null) {
            flat.put("value", value);
        }
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> flat) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> inner && !inner.isEmpty()) {
                flatten(key + ".", inner, flat);
            } else if (e.getValue() instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?>) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> item) {
                        flatten(key + "." + i + ".", item, flat);
                    } else {
                        flat.put(key + "." + i, list.get(i));
                    }
                }
            } else {
                flat.put(key, e.getValue());
            }
        }
    }

    @Nullable
    static String text(String entity, String action, String field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        if (value instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "(trống)" : items.stream().map(i -> text(entity, action, field, i))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "(trống)" : map.toString();
        }
        String s = value.toString();
        String kind = codeKind(entity, action, field, leaf);
        if (kind != null) {
            return Labels.of(kind, s);
        }
        if (s.length() >= 20 && s.length() <= 35 && Character.isDigit(s.charAt(0)) && s.contains("T")) {
            try {
                return TIME.format(Instant.parse(s));
            } catch (DateTimeParseException ignored) {
                // not a moment after all: shown as it is
            }
        }
        return s;
    }

    @Nullable
    private static String codeKind(String entity, String action, String field, String leaf) {
        return switch (leaf) {
            case "status" -> action.startsWith("AWARDS_") ? "awardStatus" : switch (entity) {
                case "contest" -> "contestStatus";
                case "round" -> "roundStatus";
                case "question" -> "questionStatus";
                default -> null;
            };
            case "difficulty" -> "difficulty";
            case "roles", "role" -> "role";
            case "countingRule" -> "countingRule";
            case "decision" -> "reviewStatus";
            case "flags" -> "reviewFlag";
            case "groups" -> "participantGroup";
            case "kind" -> field.startsWith("prediction") ? "predictionKind" : null;
            default -> null;
        };
    }
}
