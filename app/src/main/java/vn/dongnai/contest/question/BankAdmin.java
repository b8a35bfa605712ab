package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Sql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Banks for the organizer console: list, create, browse and search questions, export. */
@Singleton
class BankAdmin {

    static final Set<String> EXPORT_FORMATS = Set.of("xlsx", "csv", "txt");

    private final Sql sql;
    private final StoredQuestions stored;
    private final QuestionLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    BankAdmin(Sql sql, StoredQuestions stored, QuestionLocks locks, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.stored = stored;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    List<BankViews.BankSummary> list() {
        return sql.list("""
                SELECT b.id, b.name, b.created_at,
                       (SELECT COUNT(*) FROM question q WHERE q.bank_id = b.id AND q.status = 'ACTIVE') AS active_questions,
                       (SELECT COUNT(*) FROM question q WHERE q.bank_id = b.id AND q.status <> 'ACTIVE') AS retired_questions,
                       (SELECT COUNT(*) FROM topic t WHERE t.bank_id = b.id) AS topics
                FROM bank b ORDER BY b.name""",
                rs -> new BankViews.BankSummary(rs.getLong("id"), rs.getString("name"), Sql.instant(rs, "created_at"),
                        rs.getInt("active_questions"), rs.getInt("retired_questions"), rs.getInt("topics")));
    }

    BankViews.BankView view(long bankId) {
        record Head(String name, java.time.Instant createdAt) {
        }
        Head head = sql.one("SELECT name, created_at FROM bank WHERE id = ?",
                        rs -> new Head(rs.getString("name"), Sql.instant(rs, "created_at")), bankId)
                .orElseThrow(() -> ApiException.notFound("ngân hàng câu hỏi"));
        List<BankViews.TopicView> topics = sql.list("""
                SELECT t.id, t.name,
                       SUM(CASE WHEN q.difficulty = 'EASY' AND q.status = 'ACTIVE' THEN 1 ELSE 0 END) AS easy,
                       SUM(CASE WHEN q.difficulty = 'MEDIUM' AND q.status = 'ACTIVE' THEN 1 ELSE 0 END) AS medium,
                       SUM(CASE WHEN q.difficulty = 'HARD' AND q.status = 'ACTIVE' THEN 1 ELSE 0 END) AS hard
                FROM topic t LEFT JOIN question q ON q.topic_id = t.id
                WHERE t.bank_id = ? GROUP BY t.id, t.name ORDER BY t.name""",
                rs -> new BankViews.TopicView(rs.getLong("id"), rs.getString("name"), rs.getInt("easy"), rs.getInt("medium"),
                        rs.getInt("hard")),
                bankId);
        return new BankViews.BankView(bankId, head.name, head.createdAt, topics, locks.liveRoundsOfBank(bankId));
    }

    @Transactional
    BankViews.BankView create(Actor actor, BankViews.NewBank body) {
        String name = FreeText.normalize(body.name());
        if (name.isEmpty() || name.length() > 200) {
            new FieldErrors().add("name", "REQUIRED", "Vui lòng nhập tên ngân hàng (tối đa 200 ký tự).",
                    "A name of at most 200 characters is required.").throwIfAny();
        }
        long id;
        try {
            id = sql.insert("INSERT INTO bank (name, created_at) VALUES (?, ?)", name, clock.instant());
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ApiException(HttpStatus.CONFLICT, "NAME_TAKEN", "Đã có ngân hàng câu hỏi tên này.",
                        "A bank with this name exists.", List.of(new ApiError.FieldError("name", "TAKEN",
                        "Tên đã tồn tại.", "Name exists.")), Map.of());
            }
            throw e;
        }
        audit.record(actor, "BANK_CREATED", "bank", id, null, Map.of("name", name));
        return view(id);
    }

    /**
     * @param q          words in the question text, or a code
     * @param status     ACTIVE or RETIRED; both when absent
     */
    Page<BankViews.QuestionView> questions(long bankId, @Nullable String q, @Nullable String topic,
                                           @Nullable String difficulty, @Nullable String status, int page, int size) {
        Page.check(page, size);
        view(bankId);
        StringBuilder where = new StringBuilder(" WHERE q.bank_id = ?");
        List<Object> values = new ArrayList<>(List.of(bankId));
        String query = FreeText.normalize(q);
        if (!query.isEmpty()) {
            where.append(" AND (v.text LIKE ? OR q.code = ?)");
            values.add("%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            values.add(query);
        }
        String topicName = FreeText.normalize(topic);
        if (!topicName.isEmpty()) {
            where.append(" AND t.name = ?");
            values.add(topicName);
        }
        FieldErrors errors = new FieldErrors();
        if (difficulty != null && !difficulty.isBlank()) {
            Level level = Level.parse(difficulty).orElse(null);
            if (level == null) {
                errors.add("difficulty", "INVALID", "Mức độ phải là EASY, MEDIUM hoặc HARD.", "difficulty must be EASY, MEDIUM or HARD.");
            } else {
                where.append(" AND q.difficulty = ?");
                values.add(level.name());
            }
        }
        if (status != null && !status.isBlank()) {
            String upper = status.strip().toUpperCase(Locale.ROOT);
            if (!Set.of(StoredQuestion.ACTIVE, StoredQuestion.RETIRED).contains(upper)) {
                errors.add("status", "INVALID", "Trạng thái phải là ACTIVE hoặc RETIRED.", "status must be ACTIVE or RETIRED.");
            } else {
                where.append(" AND q.status = ?");
                values.add(upper);
            }
        }
        errors.throwIfAny();
        String from = " FROM question q JOIN topic t ON t.id = q.topic_id"
                + " JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version";
        long total = sql.one("SELECT COUNT(*) AS total" + from + where, rs -> rs.getLong("total"), values.toArray())
                .orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add((long) page * size);
        List<Long> ids = sql.list("SELECT q.id" + from + where + " ORDER BY q.code LIMIT ? OFFSET ?",
                rs -> rs.getLong("id"), paged.toArray());
        Map<Long, java.util.Set<Long>> inUse = locks.inUse(bankId);
        List<BankViews.QuestionView> items = stored.byIds(ids).stream()
                .map(s -> BankViews.QuestionView.of(s, List.copyOf(inUse.getOrDefault(s.questionId(), Set.of()))))
                .toList();
        return new Page<>(items, page, size, total);
    }

    BankViews.QuestionDetail question(long questionId) {
        StoredQuestion current = stored.byId(questionId).orElseThrow(() -> ApiException.notFound("câu hỏi"));
        /** One option of one version: the query gives a row per option. */
        record VersionOption(int version, long versionId, String text, String explanation, String source,
                             java.time.Instant at, Long by, String option, boolean correct) {
        }
        List<VersionOption> rows = sql.list("""
                SELECT v.version_no, v.id AS version_id, v.text, v.explanation, v.source, v.created_at, v.created_by,
                       o.text AS option_text, o.correct
                FROM question_version v JOIN question_option o ON o.version_id = v.id
                WHERE v.question_id = ? ORDER BY v.version_no DESC, o.position""",
                rs -> new VersionOption(rs.getInt("version_no"), rs.getLong("version_id"), rs.getString("text"),
                        rs.getString("explanation"), rs.getString("source"), Sql.instant(rs, "created_at"),
                        Sql.nullableLong(rs, "created_by"), rs.getString("option_text"), rs.getBoolean("correct")),
                questionId);
        List<BankViews.VersionEntry> versions = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            VersionOption first = rows.get(i);
            List<String> options = new ArrayList<>();
            int correct = -1;
            while (i < rows.size() && rows.get(i).versionId() == first.versionId()) {
                if (rows.get(i).correct()) {
                    correct = options.size();
                }
                options.add(rows.get(i).option());
                i++;
            }
            versions.add(new BankViews.VersionEntry(first.version(), first.versionId(), first.text(), options, correct,
                    first.explanation(), first.source(), first.at(), first.by()));
        }
        return new BankViews.QuestionDetail(BankViews.QuestionView.of(current, List.copyOf(locks.roundsUsing(current))),
                versions);
    }

    /** The bank's current versions in a library format; retired questions only when asked for. */
    byte[] export(long bankId, String format, boolean includeRetired) {
        if (!EXPORT_FORMATS.contains(format)) {
            new FieldErrors().add("format", "INVALID", "Định dạng phải là xlsx, csv hoặc txt.",
                    "format must be xlsx, csv or txt.").throwIfAny();
        }
        view(bankId);
        Bank bank = Bank.of(stored.ofBank(bankId).values().stream()
                .filter(q -> includeRetired || q.active())
                .map(StoredQuestion::toQuestion).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BankFiles.write(bank, "export." + format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BankFiles.writeTemplate(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
