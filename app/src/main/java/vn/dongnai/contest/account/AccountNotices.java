package vn.dongnai.contest.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What an account is told at its next login: an identity transferred to it, or away from it. */
@Singleton
public class AccountNotices {

    private final Sql sql;
    private final Clock clock;

    AccountNotices(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Serdeable
    public record Notice(long id, String kind, String message, String messageEn, Instant createdAt) {
    }

    /** Written in the caller's transaction, with the change it tells of. */
    public void tell(long accountId, String kind, String messageVi, String messageEn) {
        sql.insert("INSERT INTO account_notice (account_id, kind, message_vi, message_en, created_at) VALUES (?, ?, ?, ?, ?)",
                accountId, kind, messageVi, messageEn, clock.instant());
    }

    List<Notice> unseen(long accountId) {
        return sql.list("""
                SELECT id, kind, message_vi, message_en, created_at FROM account_notice
                WHERE account_id = ? AND seen_at IS NULL ORDER BY id""",
                AccountNotices::read, accountId);
    }

    Optional<Notice> latest(long accountId) {
        return sql.one("""
                SELECT id, kind, message_vi, message_en, created_at FROM account_notice
                WHERE account_id = ? ORDER BY id DESC LIMIT 1""",
                AccountNotices::read, accountId);
    }

    private static Notice read(ResultSet rs) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("kind"), rs.getString("message_vi"), rs.getString("message_en"),
                Sql.instant(rs, "created_at"));
    }

    boolean markSeen(long accountId, long noticeId) {
        return sql.update("UPDATE account_notice SET seen_at = ? WHERE id = ? AND account_id = ? AND seen_at IS NULL",
                clock.instant(), noticeId, accountId) == 1;
    }
}
