package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.Kind;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.Location;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creating and editing questions one at a time. Every change is a new version through
 * {@link BankImporter} (attempts keep the version they showed), checked by the same
 * {@link BankValidator} as a file upload — against the rest of the bank, so duplicates are caught.
 * Questions a live round uses accept only non-destructive edits ({@link QuestionLocks}); a wrong
 * key is corrected with {@link #fixKey}, then the round is regraded.
 */
@Singleton
class QuestionEditor {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MAX_TOPIC = 200;
    private static final String EDITED = "câu hỏi";

    private final Sql sql;
    private final BankImporter importer;
    private final StoredQuestions stored;
    private final QuestionLocks locks;
    private final QuestionCatalog catalog;
    private final AuditLog audit;

    QuestionEditor(Sql sql, BankImporter importer, StoredQuestions stored, QuestionLocks locks,
                   QuestionCatalog catalog, AuditLog audit) {
        this.sql = sql;
        this.importer = importer;
        this.stored = stored;
        this.locks = locks;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    BankViews.EditResult create(Actor actor, long bankId, BankViews.QuestionBody body) {
        lockBank(bankId);
        Question question = build(body, null);
        String code = FreeText.normalize(body.code());
        Map<String, StoredQuestion> bank = stored.ofBank(bankId);
        if (code.isEmpty()) {
            // a fresh code even for a text the bank has: the duplicate is then reported at the text
            code = QuestionCodes.of(bank.values()).nextCode(question.topic());
        } else if (!CODE.matcher(code).matches()) {
            new FieldErrors().add("code", "INVALID", "Mã câu hỏi gồm 1–40 ký tự: chữ thường không dấu, số, gạch ngang.",
                    "Code: 1–40 characters of a–z, 0–9 and '-'.").throwIfAny();
        }
        if (bank.containsKey(code)) {
            throw new ApiException(HttpStatus.CONFLICT, "CODE_TAKEN", "Mã câu hỏi này đã có trong ngân hàng.",
                    "This code is already in the bank.", List.of(new ApiError.FieldError("code", "TAKEN",
                    "Mã đã tồn tại.", "Code exists.")), Map.of());
        }
        List<Issue> warnings = validate(bank.values(), question, null);
        Question withCode = withCode(question, code);
        importer.importBank(bankId, Bank.of(List.of(withCode)), actor.id());
        StoredQuestion created = stored.ofBank(bankId).get(code);
        audit.record(actor, "QUESTION_CREATED", "question", created.questionId(), null, audited(created));
        return new BankViews.EditResult("CREATED", view(created), warnings.stream().map(BankViews.IssueView::of).toList());
    }

    @Transactional
    BankViews.EditResult edit(Actor actor, long questionId, BankViews.QuestionBody body) {
        StoredQuestion current = lockQuestion(questionId);
        if (!current.active()) {
            throw new ApiException(HttpStatus.CONFLICT, "QUESTION_RETIRED", "Câu hỏi đã ngừng dùng; hãy khôi phục trước khi sửa.",
                    "The question is retired; restore it before editing.");
        }
        Question edited = withCode(build(body, current), current.code());
        List<Issue> warnings = validate(stored.ofBank(current.bankId()).values(), edited, current.code());
        if (current.sameAs(edited)) {
            return new BankViews.EditResult("UNCHANGED", view(current), warnings.stream().map(BankViews.IssueView::of).toList());
        }
        if (current.destructiveChange(edited)) {
            requireNotInUse(current);
        }
        importer.importBank(current.bankId(), Bank.of(List.of(edited)), actor.id());
        StoredQuestion after = stored.byId(questionId).orElseThrow();
        audit.record(actor, "QUESTION_EDITED", "question", questionId, audited(current), audited(after));
        return new BankViews.EditResult("NEW_VERSION", view(after), warnings.stream().map(BankViews.IssueView::of).toList());
    }

    /**
     * Sửa đáp án: a new version with the same wording and options and another key, allowed even
     * while live rounds use the question. Attempts that already showed the old version keep it
     * until the round is regraded against this one.
     */
    @Transactional
    BankViews.EditResult fixKey(Actor actor, long questionId, BankViews.KeyFix body) {
        StoredQuestion current = lockQuestion(questionId);
        FieldErrors errors = new FieldErrors();
        Integer key = body.correctIndex();
        if (key == null || key < 0 || key >= current.options().size()) {
            errors.add("correctIndex", "OUT_OF_RANGE", "Đáp án đúng phải là một trong các phương án hiện có.",
                    "correctIndex must point at one of the question's options.");
        } else if (key == current.correctIndex()) {
            errors.add("correctIndex", "UNCHANGED", "Đây đã là đáp án hiện tại.", "This is already the key.");
        }
        String reason = FreeText.normalize(body.reason());
        if (reason.length() < 5 || reason.length() > 1000) {
            errors.add("reason", "REQUIRED", "Vui lòng ghi lý do sửa đáp án (5–1000 ký tự).",
                    "A reason (5–1000 characters) is required.");
        }
        errors.throwIfAny();
        Question now = current.toQuestion();
        Question fixed = new Question(now.id(), now.topic(), now.level(), now.text(), now.options(), key, now.explanation(),
                now.source(), null, now.audience(), now.kind());
        importer.importBank(current.bankId(), Bank.of(List.of(fixed)), actor.id());
        if (!current.active()) {
            // the importer revives what it versions; a retired question stays retired
            sql.update("UPDATE question SET status = 'RETIRED' WHERE id = ?", questionId);
            catalog.forgetPool(current.bankId());
        }
        StoredQuestion after = stored.byId(questionId).orElseThrow();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", current.currentVersion());
        before.put("versionId", current.versionId());
        before.put("correct", letter(current.correctIndex()));
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("version", after.currentVersion());
        changed.put("versionId", after.versionId());
        changed.put("correct", letter(after.correctIndex()));
        changed.put("reason", reason);
        changed.put("liveRounds", locks.roundsUsing(current));
        audit.record(actor, "QUESTION_KEY_FIXED", "question", questionId, before, changed);
        return new BankViews.EditResult("NEW_VERSION", view(after), List.of());
    }

    @Transactional
    BankViews.QuestionView retire(Actor actor, long questionId) {
        StoredQuestion current = lockQuestion(questionId);
        if (!current.active()) {
            return view(current);
        }
        requireNotInUse(current);
        return setStatus(actor, current, StoredQuestion.RETIRED, "QUESTION_RETIRED");
    }

    @Transactional
    BankViews.QuestionView restore(Actor actor, long questionId) {
        StoredQuestion current = lockQuestion(questionId);
        if (current.active()) {
            return view(current);
        }
        return setStatus(actor, current, StoredQuestion.ACTIVE, "QUESTION_RESTORED");
    }

    private BankViews.QuestionView setStatus(Actor actor, StoredQuestion current, String status, String action) {
        sql.update("UPDATE question SET status = ? WHERE id = ?", status, current.questionId());
        catalog.forgetPool(current.bankId());
        audit.record(actor, action, "question", current.questionId(), Map.of("status", current.status()),
                Map.of("status", status));
        return view(stored.byId(current.questionId()).orElseThrow());
    }

    private void requireNotInUse(StoredQuestion question) {
        Set<Long> rounds = locks.roundsUsing(question);
        if (!rounds.isEmpty()) {
            throw locked(rounds);
        }
    }

    static ApiException locked(Set<Long> rounds) {
        return new ApiException(HttpStatus.CONFLICT, "QUESTION_LOCKED",
                "Câu hỏi đang được dùng trong đợt thi đang diễn ra: không thể đổi đáp án, phương án, chủ đề, mức độ "
                        + "hoặc ngừng dùng. Nếu đáp án sai, hãy dùng chức năng sửa đáp án rồi chấm lại.",
                "A live round uses this question: its key, options, topic and difficulty cannot change and it cannot "
                        + "be retired. For a wrong key use the key fix, then regrade the round.",
                List.of(), Map.of("rounds", List.copyOf(rounds)));
    }

    BankViews.QuestionView view(StoredQuestion question) {
        return BankViews.QuestionView.of(question, List.copyOf(locks.roundsUsing(question)));
    }

    /**
     * Checks the question with the library's rules, together with the rest of the bank so an
     * exact repeat is refused and a near one warned about. Returns the warnings.
     */
    private List<Issue> validate(java.util.Collection<StoredQuestion> bank, Question question, @Nullable String replacing) {
        List<Question> all = new ArrayList<>();
        for (StoredQuestion q : bank) {
            if (q.active() && !q.code().equals(replacing)) {
                all.add(new Question(null, q.topic(), Level.valueOf(q.difficulty()), q.text(), q.options(), q.correctIndex(),
                        q.explanation(), q.source(), Location.line(q.code(), 0)));
            }
        }
        Location at = Location.line(EDITED, 0);
        all.add(new Question(null, question.topic(), question.level(), question.text(), question.options(),
                question.correctIndex(), question.explanation(), question.source(), at));
        List<Issue> mine = new BankValidator().validate(Bank.of(all)).issues().stream()
                .filter(issue -> issue.location().equals(at)).toList();
        FieldErrors errors = new FieldErrors();
        if (question.topic() != null && question.topic().length() > MAX_TOPIC) {
            errors.add("topic", "TOO_LONG", "Tên chủ đề dài quá " + MAX_TOPIC + " ký tự.", "The topic is too long.");
        }
        for (Issue issue : mine) {
            if (issue.isError()) {
                errors.add(field(issue.code()), issue.code(), strip(issue.messageVi()), strip(issue.messageEn()));
            }
        }
        errors.throwIfAny();
        return mine.stream().filter(issue -> !issue.isError()).toList();
    }

    private static String strip(String message) {
        return message.startsWith(EDITED + ": ") ? message.substring(EDITED.length() + 2) : message;
    }

    private static String field(String code) {
        if (code.startsWith("OPTION") || code.equals("CATCH_ALL_OPTION")) {
            return "options";
        }
        if (code.startsWith("ANSWER")) {
            return "correctIndex";
        }
        if (code.startsWith("TOPIC")) {
            return "topic";
        }
        if (code.startsWith("LEVEL") || code.equals("UNKNOWN_LEVEL")) {
            return "difficulty";
        }
        if (code.equals("UNKNOWN_AUDIENCE")) {
            return "audience";
        }
        if (code.equals("UNKNOWN_KIND")) {
            return "kind";
        }
        if (code.startsWith("EXPLANATION")) {
            return "explanation";
        }
        if (code.startsWith("SOURCE")) {
            return "source";
        }
        return "text";
    }

    private static Question build(BankViews.QuestionBody body, @Nullable StoredQuestion current) {
        FieldErrors errors = new FieldErrors();
        Level level = Level.parse(body.difficulty()).orElse(null);
        if (body.difficulty() != null && !body.difficulty().isBlank() && level == null) {
            errors.add("difficulty", "INVALID", "Mức độ phải là Dễ, Trung bình hoặc Khó (EASY, MEDIUM, HARD).",
                    "difficulty must be EASY, MEDIUM or HARD.");
        }
        Audience audience = current == null ? Audience.ALL : Audience.valueOf(current.audience());
        if (body.audience() != null) {
            audience = Audience.parse(body.audience()).orElse(null);
            if (audience == null) {
                errors.add("audience", "INVALID", "Đối tượng phải là Mọi đối tượng, Cán bộ, công chức hoặc Người dân (ALL, OFFICIALS, RESIDENTS).",
                        "audience must be ALL, OFFICIALS or RESIDENTS.");
            }
        }
        Kind kind = current == null || current.kind() == null ? null : Kind.valueOf(current.kind());
        if (body.kind() != null) {
            kind = body.kind().isBlank() ? null : Kind.parse(body.kind()).orElse(null);
            if (!body.kind().isBlank() && kind == null) {
                errors.add("kind", "INVALID", "Loại câu hỏi phải là một trong: " + Kind.codes() + ".",
                        "kind must be one of: " + Kind.codes() + ".");
            }
        }
        if (body.options() != null && body.options().size() > Question.MAX_OPTIONS) {
            errors.add("options", "OPTION_COUNT", "Tối đa " + Question.MAX_OPTIONS + " phương án (A–F).",
                    "At most " + Question.MAX_OPTIONS + " options (A–F).");
        }
        errors.throwIfAny();
        List<String> options = body.options() == null ? List.of()
                : body.options().stream().map(FreeText::normalize).toList();
        int key = body.correctIndex() == null ? Question.NO_ANSWER : body.correctIndex();
        String explanation = FreeText.normalize(body.explanation());
        String source = FreeText.normalize(body.source());
        return new Question(current == null ? null : current.code(), emptyToNull(FreeText.normalize(body.topic())), level,
                FreeText.normalize(body.text()), options, key, emptyToNull(explanation), emptyToNull(source), null, audience, kind);
    }

    private static Question withCode(Question q, String code) {
        return new Question(code, q.topic(), q.level(), q.text(), q.options(), q.correctIndex(), q.explanation(),
                q.source(), q.location(), q.audience(), q.kind());
    }

    private void lockBank(long bankId) {
        sql.one("SELECT id FROM bank WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), bankId)
                .orElseThrow(() -> ApiException.notFound("ngân hàng câu hỏi"));
    }

    private StoredQuestion lockQuestion(long questionId) {
        long bankId = sql.one("SELECT bank_id FROM question WHERE id = ?", rs -> rs.getLong("bank_id"), questionId)
                .orElseThrow(() -> ApiException.notFound("câu hỏi"));
        lockBank(bankId);
        return stored.byId(questionId).orElseThrow(() -> ApiException.notFound("câu hỏi"));
    }

    static Map<String, Object> audited(StoredQuestion q) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", q.code());
        state.put("version", q.currentVersion());
        state.put("topic", q.topic());
        state.put("difficulty", q.difficulty());
        state.put("audience", q.audience());
        state.put("status", q.status());
        state.put("text", q.text());
        state.put("options", q.options());
        state.put("correct", letter(q.correctIndex()));
        return state;
    }

    static String letter(int index) {
        return index < 0 ? "" : String.valueOf((char) ('A' + index));
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
