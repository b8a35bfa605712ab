package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.system.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stores a validated bank, all or nothing. A question is matched by its code; when its content
 * changed it gets a new version (attempts keep the version they showed), when not it is left alone.
 */
@Singleton
public class BankImporter {

    private final Sql sql;
    private final QuestionCatalog catalog;
    private final Clock clock;

    BankImporter(Sql sql, QuestionCatalog catalog, Clock clock) {
        this.sql = sql;
        this.catalog = catalog;
        this.clock = clock;
    }

    public record Summary(int created, int newVersions, int unchanged) {
    }

    private record Stored(long id, int currentVersion) {
    }

    private record StoredContent(long topicId, String difficulty, String status, String text,
                                 String explanation, String source, String audience, String kind) {
    }

    /** Finds a bank by name or creates it. */
    @Transactional
    public long bankNamed(String name) {
        return sql.one("SELECT id FROM bank WHERE name = ?", rs -> rs.getLong("id"), name)
                .orElseGet(() -> sql.insert("INSERT INTO bank (name, created_at) VALUES (?, ?)", name, clock.instant()));
    }

    /** Code-less questions get readable codes ({@link QuestionCodes}) against what the bank holds now. */
    @Transactional
    public Summary importBank(long bankId, Bank bank, @Nullable Long actorId) {
        Map<String, String> held = new HashMap<>();
        sql.list("""
                SELECT q.code, v.text FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                WHERE q.bank_id = ?""", rs -> held.put(rs.getString("code"), rs.getString("text")), bankId);
        return importBank(bankId, bank, actorId, new QuestionCodes(held));
    }

    @Transactional
    Summary importBank(long bankId, Bank bank, @Nullable Long actorId, QuestionCodes codes) {
        bank.questions().stream().filter(q -> q.id() != null).forEach(q -> codes.reserve(q.id()));
        Instant now = clock.instant();
        Map<String, Long> topics = new HashMap<>();
        int created = 0;
        int versioned = 0;
        int unchanged = 0;
        for (Question question : bank.questions()) {
            long topicId = topics.computeIfAbsent(question.topic(), name -> topicId(bankId, name));
            String code = question.id() != null ? question.id() : codes.codeFor(question.topic(), question.text());
            Optional<Stored> existing = sql.one("SELECT id, current_version FROM question WHERE bank_id = ? AND code = ?",
                    rs -> new Stored(rs.getLong("id"), rs.getInt("current_version")), bankId, code);
            if (existing.isEmpty()) {
                long questionId = sql.insert("""
                                INSERT INTO question (bank_id, code, topic_id, difficulty, current_version, status,
                                                      created_at, updated_at)
                                VALUES (?, ?, ?, ?, 1, 'ACTIVE', ?, ?)""",
                        bankId, code, topicId, question.level().name(), now, now);
                insertVersion(questionId, 1, question, now, actorId);
                created++;
            } else if (sameContent(existing.get(), topicId, question)) {
                unchanged++;
            } else {
                Stored stored = existing.get();
                insertVersion(stored.id, stored.currentVersion + 1, question, now, actorId);
                sql.update("""
                                UPDATE question SET current_version = ?, topic_id = ?, difficulty = ?, status = 'ACTIVE',
                                                    updated_at = ?
                                WHERE id = ?""",
                        stored.currentVersion + 1, topicId, question.level().name(), now, stored.id);
                versioned++;
            }
        }
        catalog.forgetPool(bankId);
        return new Summary(created, versioned, unchanged);
    }

    /**
     * Retires the bank's active questions that only an import without an actor ever wrote (the
     * demo seeder's copy of the committed bank) and whose code {@code keep} no longer lists: when
     * the committed bank drops a question, the demo stops drawing it. Questions an organizer created
     * or edited are theirs and stay. Attempts keep the versions they showed.
     *
     * @return how many were retired
     */
    @Transactional
    public int retireSeededAbsent(long bankId, Collection<String> keep) {
        List<String> codes = sql.list("""
                SELECT q.code FROM question q
                WHERE q.bank_id = ? AND q.status = 'ACTIVE'
                  AND NOT EXISTS (SELECT 1 FROM question_version v WHERE v.question_id = q.id AND v.created_by IS NOT NULL)""",
                rs -> rs.getString("code"), bankId);
        Set<String> kept = new java.util.HashSet<>(keep);
        List<Object[]> retire = codes.stream().filter(code -> !kept.contains(code))
                .map(code -> new Object[]{clock.instant(), bankId, code}).toList();
        if (!retire.isEmpty()) {
            sql.batch("UPDATE question SET status = 'RETIRED', updated_at = ? WHERE bank_id = ? AND code = ?", retire);
            catalog.forgetPool(bankId);
        }
        return retire.size();
    }

    private long topicId(long bankId, String name) {
        return sql.one("SELECT id FROM topic WHERE bank_id = ? AND name = ?", rs -> rs.getLong("id"), bankId, name)
                .orElseGet(() -> sql.insert("INSERT INTO topic (bank_id, name) VALUES (?, ?)", bankId, name));
    }

    private boolean sameContent(Stored stored, long topicId, Question question) {
        List<StoredContent> rows = new ArrayList<>();
        List<String> options = new ArrayList<>();
        int[] correct = {-1};
        sql.list("""
                SELECT q.topic_id, q.difficulty, q.status, v.text, v.explanation, v.source, o.text AS option_text,
                       o.correct, v.audience, v.kind
                FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version_no = ?
                JOIN question_option o ON o.version_id = v.id
                WHERE q.id = ? ORDER BY o.position""", rs -> {
            if (rs.getBoolean("correct")) {
                correct[0] = options.size();
            }
            options.add(rs.getString("option_text"));
            if (rows.isEmpty()) {
                rows.add(new StoredContent(rs.getLong("topic_id"), rs.getString("difficulty"), rs.getString("status"),
                        rs.getString("text"), rs.getString("explanation"), rs.getString("source"),
                        rs.getString("audience"), rs.getString("kind")));
            }
            return null;
        }, stored.currentVersion, stored.id);
        if (rows.isEmpty()) {
            return false;
        }
        StoredContent s = rows.getFirst();
        return s.topicId == topicId && s.difficulty.equals(question.level().name()) && "ACTIVE".equals(s.status)
                && s.text.equals(question.text()) && Objects.equals(s.explanation, question.explanation())
                && Objects.equals(s.source, question.source()) && options.equals(question.options())
                && correct[0] == question.correctIndex() && s.audience.equals(question.audience().name())
                && Objects.equals(s.kind, question.kind() == null ? null : question.kind().name());
    }

    private void insertVersion(long questionId, int versionNo, Question question, Instant now, @Nullable Long actorId) {
        long versionId = sql.insert("""
                        INSERT INTO question_version (question_id, version_no, text, explanation, source, audience, kind,
                                                      created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                questionId, versionNo, question.text(), question.explanation(), question.source(),
                question.audience().name(), question.kind() == null ? null : question.kind().name(), now, actorId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            rows.add(new Object[]{versionId, i, question.options().get(i), i == question.correctIndex()});
        }
        sql.batch("INSERT INTO question_option (version_id, position, text, correct) VALUES (?, ?, ?, ?)", rows);
    }

}
