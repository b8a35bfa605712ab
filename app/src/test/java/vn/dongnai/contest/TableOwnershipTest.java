package vn.dongnai.contest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each table has one owning feature package, and only that package writes it: another feature that
 * needs a row changed asks the owner's public service, or (where calling it would make the two
 * packages depend on each other) publishes an event the owner handles in the same transaction. Reads
 * across features stay allowed (reports and exports join many tables). The test reads the SQL in the
 * sources, so a new write from the wrong package fails the build with the file that does it.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("account", "account"), entry("account_deletion", "account"), entry("account_notice", "account"),
            entry("bot_check_spent", "account"), entry("login_failure", "account"), entry("participant", "account"),
            entry("password_reset", "account"), entry("refresh_token", "account"), entry("registration_origin", "account"),
            entry("attempt", "attempt"), entry("answer", "attempt"), entry("attempt_question", "attempt"),
            entry("attempt_origin", "attempt"),
            entry("audit_log", "audit"),
            entry("award_decision", "award"), entry("award_exclusion", "award"), entry("award_passover", "award"),
            entry("award_policy", "award"), entry("award_rule", "award"), entry("award_unfilled", "award"),
            entry("award_unit_standing", "award"), entry("award_winner", "award"), entry("prize_tier", "award"),
            entry("bank", "question"), entry("bank_import_preview", "question"), entry("question", "question"),
            entry("question_option", "question"), entry("question_version", "question"), entry("topic", "question"),
            entry("certificate", "certificate"), entry("certificate_template", "certificate"),
            entry("unit", "catalog"), entry("commune", "catalog"),
            entry("contest", "contest"), entry("contest_round", "contest"), entry("round_draw_rule", "contest"),
            entry("identity_claim", "identity"), entry("identity_verification", "identity"),
            entry("leaderboard_outbox", "ranking"), entry("ranked_entry", "ranking"), entry("ranking_snapshot", "ranking"),
            entry("review_decision", "review"),
            entry("staff_grant", "staff"));

    private static final Path SOURCES = Path.of("src/main/java/vn/dongnai/contest");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern WRITE = Pattern.compile(
            "(?<!KEY )\\b(?:INSERT(?:\\s+IGNORE)?\\s+INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+`?([a-z_]+)`?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile("CREATE\\s+TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?\\s+`?([a-z_]+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertEquals(created, new TreeSet<>(OWNERS.keySet()), "each table in the migrations needs one owner here");
    }

    @Test
    void onlyTheOwningFeatureWritesATable() throws IOException {
        List<String> foreignWrites = new ArrayList<>();
        int writes = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                Matcher m = WRITE.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = OWNERS.get(m.group(1).toLowerCase());
                    if (owner == null) {
                        continue; // a word after UPDATE in prose, not a table
                    }
                    writes++;
                    if (!owner.equals(feature)) {
                        foreignWrites.add(SOURCES.relativize(file) + " writes " + m.group(1) + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertTrue(writes > 100, "the scan found the platform's writes (" + writes + ")");
        assertEquals("", foreignWrites.stream().sorted().distinct().collect(Collectors.joining("\n")),
                "tables written outside their owning feature");
    }
}
