package vn.dongnai.contest.question;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.bank.format.BankFormatException;
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.bank.validation.ValidationReport;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bank import in two steps. The preview reads and validates the upload with the question-bank
 * library, compares it with the bank (new, changed, unchanged) and keeps the file under a random
 * token for a while; the confirm imports exactly that file, all or nothing, provided the bank has
 * not changed since the preview and no live round uses a question the file would change
 * destructively.
 */
@Singleton
class BankImports {

    private static final int MAX_LISTED_CHANGES = 2_000;
    private static final int MAX_LISTED_ISSUES = 1_000;

    private final Sql sql;
    private final BankImporter importer;
    private final StoredQuestions stored;
    private final QuestionLocks locks;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    BankImports(Sql sql, BankImporter importer, StoredQuestions stored, QuestionLocks locks, AuditLog audit,
                Clock clock, @Value("${contest.bank-import.preview-ttl:30m}") Duration ttl) {
        this.sql = sql;
        this.importer = importer;
        this.stored = stored;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The file compared with the bank: problems found, and what importing it would do. */
    private record Plan(Bank bank, List<Issue> errors, List<Issue> warnings, List<BankViews.ImportChange> changes,
                        int created, int changed, int unchanged, int invalid) {
    }

    /** Storing the preview is a change only to scratch data, so it is not audited; the confirm is. */
    @Transactional
    BankViews.Preview preview(Actor actor, long bankId, String fileName, byte[] content) {
        requireBank(bankId);
        Instant now = clock.instant();
        sql.update("DELETE FROM bank_import_preview WHERE expires_at < ?", now);
        Plan plan = plan(bankId, fileName, content);
        String token = null;
        Instant expiresAt = null;
        if (plan.errors.isEmpty()) {
            token = newToken();
            expiresAt = now.plus(ttl);
            sql.update("""
                    INSERT INTO bank_import_preview (token, bank_id, file_name, content, bank_state, question_count,
                           new_count, changed_count, unchanged_count, created_by, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    token, bankId, fileName, content, stored.state(bankId), plan.bank.questions().size(), plan.created,
                    plan.changed, plan.unchanged, actor.id(), now, expiresAt);
        }
        return new BankViews.Preview(token, expiresAt, fileName, plan.bank.questions().size(), plan.created,
                plan.changed, plan.unchanged, plan.invalid, views(plan.errors), views(plan.warnings),
                plan.changes.stream().filter(c -> !"UNCHANGED".equals(c.change())).limit(MAX_LISTED_CHANGES).toList());
    }

    @Transactional
    BankViews.Imported confirm(Actor actor, long bankId, String token) {
        record Stored(String fileName, byte[] content, String state, long createdBy, Instant expiresAt) {
        }
        Stored preview = sql.one("""
                        SELECT file_name, content, bank_state, created_by, expires_at FROM bank_import_preview
                        WHERE token = ? AND bank_id = ? FOR UPDATE""",
                        rs -> new Stored(rs.getString("file_name"), rs.getBytes("content"), rs.getString("bank_state"),
                                rs.getLong("created_by"), Sql.instant(rs, "expires_at")), token, bankId)
                // someone else's preview is as unknown as a made-up token
                .filter(p -> p.createdBy == actor.id())
                .orElseThrow(() -> ApiException.notFound("bản xem trước"));
        if (!preview.expiresAt.isAfter(clock.instant())) {
            throw new ApiException(HttpStatus.GONE, "PREVIEW_EXPIRED", "Bản xem trước đã hết hạn; hãy tải tệp lên lại.",
                    "The preview has expired; upload the file again.");
        }
        requireBank(bankId);
        if (!stored.state(bankId).equals(preview.state)) {
            throw new ApiException(HttpStatus.CONFLICT, "PREVIEW_STALE",
                    "Ngân hàng câu hỏi đã thay đổi sau khi xem trước; hãy tải tệp lên lại để xem trước lần nữa.",
                    "The bank changed after the preview; upload the file again to preview it anew.");
        }
        Plan plan = plan(bankId, preview.fileName, preview.content);
        if (!plan.errors.isEmpty()) {
            // a round went live since the preview and the file changes a question it uses
            throw new ApiException(HttpStatus.CONFLICT, "PREVIEW_NO_LONGER_VALID",
                    "Tệp không còn nhập được: " + plan.errors.getFirst().messageVi(),
                    "The file can no longer be imported: " + plan.errors.getFirst().messageEn(),
                    List.of(), Map.of("errors", views(plan.errors)));
        }
        BankImporter.Summary summary = importer.importBank(bankId, plan.bank, actor.id());
        sql.update("DELETE FROM bank_import_preview WHERE token = ?", token);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", preview.fileName);
        after.put("sha256", sha256(preview.content));
        after.put("questions", plan.bank.questions().size());
        after.put("created", summary.created());
        after.put("newVersions", summary.newVersions());
        after.put("unchanged", summary.unchanged());
        audit.record(actor, "BANK_IMPORTED", "bank", bankId, null, after);
        return new BankViews.Imported(preview.fileName, summary.created(), summary.newVersions(), summary.unchanged());
    }

    private Plan plan(long bankId, String fileName, byte[] content) {
        Bank bank;
        try {
            bank = BankFiles.read(fileName, new ByteArrayInputStream(content));
        } catch (BankFormatException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), e.messageVi(), e.messageEn());
        }
        ValidationReport report = new BankValidator().validate(bank);
        List<Issue> errors = new ArrayList<>(report.errors());
        Map<String, StoredQuestion> current = stored.ofBank(bankId);
        QuestionCodes codes = QuestionCodes.of(current.values());
        bank.questions().stream().filter(q -> q.id() != null).forEach(q -> codes.reserve(q.id()));
        // a row with an error is not imported: it counts as an error, never as a new question
        Set<Integer> badRows = new java.util.HashSet<>();
        report.errors().forEach(e -> badRows.add(e.rowOrLine()));
        int invalid = 0;
        Map<Long, Set<Long>> inUse = locks.inUse(bankId);
        List<BankViews.ImportChange> changes = new ArrayList<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Question question : bank.questions()) {
            Location at = question.location();
            if (badRows.contains(at.number())) {
                invalid++;
                changes.add(new BankViews.ImportChange(at.number(), question.id() == null ? "" : question.id(), "INVALID"));
                continue;
            }
            String code = question.id() != null ? question.id() : codes.codeFor(question.topic(), question.text());
            if (code.length() > 40) {
                errors.add(Issue.error(at, "ID_TOO_LONG", "mã câu hỏi dài quá 40 ký tự.", "the id is longer than 40 characters."));
            }
            if (question.topic() != null && question.topic().length() > QuestionEditor.MAX_TOPIC) {
                errors.add(Issue.error(at, "TOPIC_TOO_LONG", "tên chủ đề dài quá " + QuestionEditor.MAX_TOPIC + " ký tự.",
                        "the topic is longer than " + QuestionEditor.MAX_TOPIC + " characters."));
            }
            StoredQuestion known = current.get(code);
            String change;
            if (known == null) {
                change = "NEW";
                created++;
            } else if (known.sameAs(question)) {
                change = "UNCHANGED";
                unchanged++;
            } else {
                change = "CHANGED";
                changed++;
                Set<Long> rounds = inUse.getOrDefault(known.questionId(), Set.of());
                if (!rounds.isEmpty() && known.destructiveChange(question)) {
                    errors.add(Issue.error(at, "QUESTION_LOCKED",
                            "câu " + code + " đang được dùng trong đợt thi đang diễn ra (" + rounds
                                    + "); không thể đổi đáp án, phương án, chủ đề hoặc mức độ lúc này.",
                            "question " + code + " is used by a live round (" + rounds
                                    + "); its key, options, topic and difficulty cannot change now."));
                }
            }
            changes.add(new BankViews.ImportChange(at.number(), code, change));
        }
        if (bank.questions().isEmpty()) {
            errors.add(Issue.error(Location.NONE, "EMPTY_FILE", "tệp không có câu hỏi nào.", "the file has no questions."));
        }
        errors.sort(java.util.Comparator.comparingInt(Issue::rowOrLine));
        return new Plan(bank, errors, report.warnings(), changes, created, changed, unchanged, invalid);
    }

    private void requireBank(long bankId) {
        sql.one("SELECT id FROM bank WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), bankId)
                .orElseThrow(() -> ApiException.notFound("ngân hàng câu hỏi"));
    }

    private static List<BankViews.IssueView> views(List<Issue> issues) {
        return issues.stream().limit(MAX_LISTED_ISSUES).map(BankViews.IssueView::of).toList();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
