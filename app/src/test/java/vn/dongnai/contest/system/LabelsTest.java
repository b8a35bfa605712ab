package vn.dongnai.contest.system;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.bank.IssueCodes;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every code that reaches a screen or an export has a Vietnamese label in labels/vi.json. */
class LabelsTest {

    private static final Pattern AUDITED_ACTION = Pattern.compile(
            "(?:audit\\.record\\([^;]*?|setStatus\\([^;]*?|audited\\()\"([A-Z][A-Z_]+)\"");

    @Test
    void difficultyReadsAsTheExcelTemplateSaysIt() {
        assertEquals("Dễ", Labels.of("difficulty", "EASY"));
        assertEquals("Trung bình", Labels.of("difficulty", "MEDIUM"));
        assertEquals("Khó", Labels.of("difficulty", "HARD"));
    }

    @Test
    void statusesOfContestsRoundsAndAwardsHaveLabels() {
        assertEquals("Đã công bố", Labels.of("roundStatus", "PUBLISHED"));
        assertEquals("Đã khóa", Labels.of("roundStatus", "CLOSED"));
        assertEquals("Chưa công bố", Labels.of("contestStatus", "DRAFT"));
        assertEquals("Đã ký duyệt", Labels.of("awardStatus", "SIGNED"));
    }

    @Test
    void anUnknownCodeComesBackHumanisedNeverBare() {
        assertEquals("Something new", Labels.of("auditAction", "SOMETHING_NEW"));
        assertEquals("Starts over at", Labels.of("field", "startsOverAt"));
        assertEquals("", Labels.of("role", null));
    }

    @Test
    void everyImportIssueCodeOfTheQuestionBankHasALabel() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : IssueCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String code = (String) field.get(null);
                if (!Labels.has("importCode", code)) {
                    missing.add(code);
                }
            }
        }
        assertTrue(missing.isEmpty(), "import codes without a label: " + missing);
    }

    @Test
    void everyActionTheAuditLogRecordsHasALabel() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file).replaceAll("\\s+", " ");
                Matcher m = AUDITED_ACTION.matcher(source);
                while (m.find()) {
                    found.add(m.group(1));
                    if (!Labels.has("auditAction", m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(found.size() > 30, "the scan found too few actions to mean anything: " + found);
        assertTrue(missing.isEmpty(), "audit actions without a label: " + missing);
    }

    @Test
    void everyStaffRoleHasALabel() {
        for (String role : List.of("ADMIN", "ORGANIZER", "COMMITTEE", "COMMITTEE_CHAIR")) {
            assertTrue(Labels.has("role", role), role);
        }
    }
}
