package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.bank.Issue;

import java.time.Instant;
import java.util.List;

/** Banks and questions as the organizer console reads and writes them (keys included: staff only). */
final class BankViews {

    private BankViews() {
    }

    @Serdeable
    record BankSummary(long id, String name, Instant createdAt, int activeQuestions, int retiredQuestions, int topics) {
    }

    @Serdeable
    record TopicView(long id, String name, int easy, int medium, int hard) {
    }

    /** @param liveRounds rounds drawing from this bank right now: its questions are locked */
    @Serdeable
    record BankView(long id, String name, Instant createdAt, List<TopicView> topics, List<Long> liveRounds) {
    }

    @Serdeable
    record NewBank(@Nullable String name) {
    }

    /**
     * A question as typed in the console; {@code correctIndex} is 0-based (0 = A). {@code audience}
     * (ALL, OFFICIALS, RESIDENTS) and {@code kind} keep the current value when absent (ALL and none
     * for a new question); an empty {@code kind} clears it.
     */
    @Serdeable
    record QuestionBody(@Nullable String code, @Nullable String topic, @Nullable String difficulty,
                        @Nullable String text, @Nullable List<String> options, @Nullable Integer correctIndex,
                        @Nullable String explanation, @Nullable String source, @Nullable String audience,
                        @Nullable String kind) {
    }

    /** Sửa đáp án: only the key changes, with the reason, even while the question is in use. */
    @Serdeable
    record KeyFix(@Nullable Integer correctIndex, @Nullable String reason) {
    }

    /**
     * @param lockedBy live rounds using the question: while any, only wording and the explicit key fix are allowed
     */
    @Serdeable
    record QuestionView(long id, long bankId, String code, String topic, String difficulty, String status,
                        int version, long versionId, String text, List<String> options, int correctIndex,
                        @Nullable String explanation, @Nullable String source, List<Long> lockedBy,
                        String audience, @Nullable String kind) {

        static QuestionView of(StoredQuestion q, List<Long> lockedBy) {
            return new QuestionView(q.questionId(), q.bankId(), q.code(), q.topic(), q.difficulty(), q.status(),
                    q.currentVersion(), q.versionId(), q.text(), q.options(), q.correctIndex(), q.explanation(),
                    q.source(), lockedBy, q.audience(), q.kind());
        }
    }

    @Serdeable
    record VersionEntry(int version, long versionId, String text, List<String> options, int correctIndex,
                        @Nullable String explanation, @Nullable String source, Instant createdAt,
                        @Nullable Long createdBy) {
    }

    @Serdeable
    record QuestionDetail(QuestionView question, List<VersionEntry> versions) {
    }

    /** A validation finding; {@code row} is the file's row or line (0 when it concerns the whole file). */
    @Serdeable
    record IssueView(int row, String severity, String code, String message, String messageEn) {

        static IssueView of(Issue issue) {
            return new IssueView(issue.rowOrLine(), issue.severity().name(), issue.code(), issue.messageVi(),
                    issue.messageEn());
        }
    }

    /** @param outcome CREATED, NEW_VERSION or UNCHANGED */
    @Serdeable
    record EditResult(String outcome, QuestionView question, List<IssueView> warnings) {
    }

    /** @param change NEW, CHANGED, UNCHANGED or INVALID (a row with an error: it is not imported) */
    @Serdeable
    record ImportChange(int row, String code, String change) {
    }

    /**
     * An upload checked and compared with the bank. {@code token} is present only when the file
     * has no errors; confirming it imports exactly this file, until {@code expiresAt}.
     */
    @Serdeable
    record Preview(@Nullable String token, @Nullable Instant expiresAt, String fileName, int questions,
                   int newQuestions, int changedQuestions, int unchangedQuestions, int invalidQuestions,
                   List<IssueView> errors, List<IssueView> warnings, List<ImportChange> changes) {
    }

    @Serdeable
    record Imported(String fileName, int created, int newVersions, int unchanged) {
    }
}
