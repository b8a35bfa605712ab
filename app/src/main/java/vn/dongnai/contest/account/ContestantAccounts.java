package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the support desk may do to a contestant's account, in the caller's transaction: a one-time
 * password that must be changed at the next login, disabling and enabling (each ends every
 * session, as logout does, and is audited with the stated reason), and a registration field
 * corrected (checked and audited by the caller).
 */
@Singleton
public class ContestantAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql sql;
    private final PersonalData personalData;
    private final Passwords passwords;
    private final RefreshTokenStore refreshTokens;
    private final SessionValidity sessions;
    private final LoginLockout lockout;
    private final AuditLog audit;

    ContestantAccounts(Sql sql, PersonalData personalData, Passwords passwords, RefreshTokenStore refreshTokens, SessionValidity sessions,
                       LoginLockout lockout, AuditLog audit) {
        this.sql = sql;
        this.personalData = personalData;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.lockout = lockout;
        this.audit = audit;
    }

    /** A unit was renamed: the contestants registered under its old name move along; how many did. */
    public int renameUnit(String oldName, String newName) {
        return sql.update("UPDATE participant SET unit = ? WHERE unit = ? COLLATE utf8mb4_bin", newName, oldName);
    }

    /** A commune (xã, phường) was renamed: the contestants registered under its old name move along; how many did. */
    public int renameCommune(String oldName, String newName) {
        return sql.update("UPDATE participant SET commune = ? WHERE commune = ? COLLATE utf8mb4_bin", newName, oldName);
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

    /** A corrected full name; the public (masked) name and the search key follow it. */
    public void correctFullName(long accountId, String fullName) {
        sql.update("UPDATE account SET full_name = ? WHERE id = ?", fullName, accountId);
        sql.update("UPDATE participant SET display_name = ?, name_key = ? WHERE account_id = ?",
                Masking.displayName(fullName), NameKeys.of(fullName), accountId);
    }

    public void correctBirthDate(long accountId, LocalDate birthDate) {
        sql.update("UPDATE participant SET birth_date = ? WHERE account_id = ?", birthDate, accountId);
    }

    /** A corrected citizen ID (normalized); false, and nothing changed, when another account holds it. */
    public boolean correctCitizenId(long accountId, String citizenId) {
        return correctNumber(accountId, "citizen_id_hash", "citizen_id_cipher",
                personalData.hash(RegistrationService.CITIZEN_ID, citizenId), citizenId);
    }

    /** A corrected phone (normalized); false, and nothing changed, when another account holds it. */
    public boolean correctPhone(long accountId, String phone) {
        return correctNumber(accountId, "phone_hash", "phone_cipher", personalData.hash(RegistrationService.PHONE, phone),
                phone);
    }

    private boolean correctNumber(long accountId, String hashColumn, String cipherColumn, byte[] hash, String value) {
        if (sql.one("SELECT account_id FROM participant WHERE " + hashColumn + " = ? AND account_id <> ?",
                rs -> rs.getLong("account_id"), hash, accountId).isPresent()) {
            return false;
        }
        try {
            sql.update("UPDATE participant SET " + hashColumn + " = ?, " + cipherColumn + " = ? WHERE account_id = ?",
                    hash, personalData.encrypt(value), accountId);
            return true;
        } catch (RuntimeException e) {
            // registered elsewhere in the same instant: the unique key decides
            if (Sql.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** E-mail (null: none), unit (null: none), commune, group: corrected as the caller checked them. */
    public void correctEmail(long accountId, @Nullable String email) {
        sql.update("UPDATE participant SET email = ? WHERE account_id = ?", email, accountId);
    }

    public void correctUnit(long accountId, @Nullable String unit) {
        sql.update("UPDATE participant SET unit = ? WHERE account_id = ?", unit, accountId);
    }

    public void correctCommune(long accountId, String commune) {
        sql.update("UPDATE participant SET commune = ? WHERE account_id = ?", commune, accountId);
    }

    public void correctGroup(long accountId, ParticipantGroup group) {
        sql.update("UPDATE participant SET participant_group = ? WHERE account_id = ?", group.name(), accountId);
    }

    /** The account registered with this keyed citizen-ID hash, else with this phone hash; empty when none. */
    public Optional<Long> holderOf(@Nullable byte[] citizenIdHash, @Nullable byte[] phoneHash) {
        if (citizenIdHash != null) {
            Optional<Long> byId = sql.one("SELECT account_id FROM participant WHERE citizen_id_hash = ?",
                    rs -> rs.getLong("account_id"), (Object) citizenIdHash);
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (phoneHash != null) {
            return sql.one("SELECT account_id FROM participant WHERE phone_hash = ?", rs -> rs.getLong("account_id"),
                    (Object) phoneHash);
        }
        return Optional.empty();
    }

    /**
     * The account that held an identity now transferred to its owner: it keeps no trace of the numbers
     * (a random hash stands in, the cipher is emptied), is disabled, and every session ends at once.
     * The caller's transfer is the audited act.
     */
    public void releaseIdentity(long accountId, @Nullable byte[] citizenIdHash, @Nullable byte[] phoneHash) {
        sql.one("SELECT id FROM account WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), accountId);
        if (citizenIdHash != null) {
            sql.update("""
                    UPDATE participant SET citizen_id_hash = ?, citizen_id_cipher = ?
                    WHERE account_id = ? AND citizen_id_hash = ?""",
                    randomHash(), personalData.encrypt(""), accountId, citizenIdHash);
        }
        if (phoneHash != null) {
            sql.update("UPDATE participant SET phone_hash = ?, phone_cipher = ? WHERE account_id = ? AND phone_hash = ?",
                    randomHash(), personalData.encrypt(""), accountId, phoneHash);
        }
        sql.update("UPDATE account SET enabled = FALSE WHERE id = ?", accountId);
        refreshTokens.revokeAll(accountId);
        sessions.endSessions(accountId);
    }

    /** The claimant's own account receives the transferred numbers, hash and cipher as the claim keeps them. */
    public void receiveIdentity(long accountId, @Nullable byte[] citizenIdHash, @Nullable byte[] citizenIdCipher,
                                @Nullable byte[] phoneHash, @Nullable byte[] phoneCipher) {
        if (citizenIdHash != null) {
            sql.update("UPDATE participant SET citizen_id_hash = ?, citizen_id_cipher = ? WHERE account_id = ?",
                    citizenIdHash, citizenIdCipher, accountId);
        }
        if (phoneHash != null) {
            sql.update("UPDATE participant SET phone_hash = ?, phone_cipher = ? WHERE account_id = ?",
                    phoneHash, phoneCipher, accountId);
        }
    }

    private static byte[] randomHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
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
