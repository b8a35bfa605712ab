package vn.dongnai.contest.question;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored questions at their current version, with options in bank order. */
@Singleton
class StoredQuestions {

    private static final String SELECT = """
            SELECT q.id AS question_id, q.bank_id, q.code, t.name AS topic, q.difficulty, q.status, q.current_version,
                   v.id AS version_id, v.text, v.explanation, v.source, o.text AS option_text, o.correct, v.audience, v.kind
            FROM question q
            JOIN topic t ON t.id = q.topic_id
            JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
            JOIN question_option o ON o.version_id = v.id
            """;

    private final Sql sql;

    StoredQuestions(Sql sql) {
        this.sql = sql;
    }

    /** Every question of a bank by code, in code order. */
    Map<String, StoredQuestion> ofBank(long bankId) {
        Map<String, StoredQuestion> byCode = new LinkedHashMap<>();
        for (StoredQuestion q : read(SELECT + " WHERE q.bank_id = ? ORDER BY q.code, o.position", bankId)) {
            byCode.put(q.code(), q);
        }
        return byCode;
    }

    Optional<StoredQuestion> byId(long questionId) {
        List<StoredQuestion> found = read(SELECT + " WHERE q.id = ? ORDER BY o.position", questionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    List<StoredQuestion> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(SELECT + " WHERE q.id IN (" + Sql.marks(ids.size()) + ") ORDER BY q.code, q.id, o.position",
                ids.toArray());
    }

    /**
     * A fingerprint of what the bank holds (each code at its version and status), taken at an
     * import preview and compared at its confirm.
     */
    String state(long bankId) {
        List<String> lines = sql.list("SELECT code, current_version, status FROM question WHERE bank_id = ? ORDER BY code",
                rs -> rs.getString("code") + ":" + rs.getInt("current_version") + ":" + rs.getString("status"), bankId);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows are one per option; they are folded into questions in the order they come. */
    private List<StoredQuestion> read(String query, Object... values) {
        record CurrentOption(long id, long bankId, String code, String topic, String difficulty, String status,
                             int version, long versionId, String text, String explanation, String source, String option,
                             boolean correct, String audience, String kind) {
        }
        List<CurrentOption> rows = sql.list(query, rs -> new CurrentOption(rs.getLong("question_id"), rs.getLong("bank_id"),
                rs.getString("code"), rs.getString("topic"), rs.getString("difficulty"), rs.getString("status"),
                rs.getInt("current_version"), rs.getLong("version_id"), rs.getString("text"), rs.getString("explanation"),
                rs.getString("source"), rs.getString("option_text"), rs.getBoolean("correct"), rs.getString("audience"),
                rs.getString("kind")), values);
        List<StoredQuestion> questions = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            CurrentOption first = rows.get(i);
            List<String> options = new ArrayList<>();
            int correct = -1;
            while (i < rows.size() && rows.get(i).id() == first.id()) {
                if (rows.get(i).correct()) {
                    correct = options.size();
                }
                options.add(rows.get(i).option());
                i++;
            }
            questions.add(new StoredQuestion(first.id(), first.bankId(), first.code(), first.topic(), first.difficulty(),
                    first.status(), first.version(), first.versionId(), first.text(), first.explanation(),
                    first.source(), List.copyOf(options), correct, first.audience(), first.kind()));
        }
        return questions;
    }
}
