package vn.dongnai.contest.account;

import jakarta.inject.Singleton;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the support desk may do to a contestant's account, in the caller's transaction: a one-time
 * password that must be changed at the next login, disabling and enabling. Each ends every
 * session, as logout does, and is audited with the stated reason.
 */
@Singleton
public class ContestantAccounts {

    private final Sql sql;
    private final Passwords passwords;
    private final RefreshTokenStore refreshTokens;
    private final SessionValidity sessions;
    private final LoginLockout lockout;
    private final AuditLog audit;

    ContestantAccounts(Sql sql, Passwords passwords, RefreshTokenStore refreshTokens, SessionValidity sessions,
                       LoginLockout lockout, AuditLog audit) {
        this.sql = sql;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.lockout = lockout;
        this.audit = audit;
    }

    /** Locks the contestant's account row; 404 for staff, unknown and erased accounts alike. */
    public boolean lockEnabled(long accountId) {
        return sql.one("""
                SELECT a.enabled FROM account a JOIN participant p ON p.account_id = a.id
                WHERE a.id = ? AND a.username IS NULL AND a.erased_at IS NULL FOR UPDATE""",
                rs -> rs.getBoolean("enabled"), accountId).orElseThrow(() -> ApiException.notFound("thí sinh"));
    }

    /** A one-time password, returned to be read out once; the next login must replace it. */
    public String resetToOneTimePassword(Actor actor, long accountId, String reason) {
        lockEnabled(accountId);
        String password = passwords.generateTemporary();
        sql.update("UPDATE account SET password_hash = ?, password_change_required = TRUE WHERE id = ?",
                passwords.hash(password), accountId);
        sql.update("UPDATE password_reset SET used_at = UTC_TIMESTAMP(3) WHERE account_id = ? AND used_at IS NULL", accountId);
        lockout.unlock(accountId);
        refreshTokens.revokeAll(accountId);
        sessions.endSessions(accountId);
        audit.record(actor, "SUPPORT_PASSWORD_RESET", "account", accountId, null,
                Map.of("reason", reason, "mustChangePassword", true));
        return password;
    }

    /**
     * The account that held an identity now transferred to its owner: disabled and every session
     * ended at once. The caller's transfer is the audited act.
     */
    public void disableAsFormerHolder(long accountId) {
        sql.update("UPDATE account SET enabled = FALSE WHERE id = ?", accountId);
        refreshTokens.revokeAll(accountId);
        sessions.endSessions(accountId);
    }

    public void setEnabled(Actor actor, long accountId, boolean enabled, String reason) {
        boolean before = lockEnabled(accountId);
        sql.update("UPDATE account SET enabled = ? WHERE id = ?", enabled, accountId);
        if (enabled) {
            lockout.unlock(accountId);
        } else {
            refreshTokens.revokeAll(accountId);
            sessions.endSessions(accountId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enabled", enabled);
        after.put("reason", reason);
        audit.record(actor, enabled ? "SUPPORT_ACCOUNT_ENABLED" : "SUPPORT_ACCOUNT_DISABLED", "account", accountId,
                Map.of("enabled", before), after);
    }
}
