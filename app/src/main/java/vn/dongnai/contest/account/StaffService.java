package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Staff accounts (organizers, committee members, administrators), managed by an ADMIN. Staff log
 * in by username; contestants (no username) are never reachable from here. The console can never
 * lose its last enabled ADMIN, and nobody disables or demotes themselves by accident.
 */
@Singleton
class StaffService {

    static final Set<String> STAFF_ROLES = Set.of(Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN,
            Role.SUPPORT);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final List<String> ROLE_ORDER = List.of(Role.ADMIN, Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR,
            Role.SUPPORT);

    /** A staff account with the end of its current lockout, if any (the latest from any address). */
    private static final String SELECT_STAFF = """
            SELECT id, username, full_name, roles, enabled, created_at,
                   (SELECT MAX(f.locked_until) FROM login_failure f WHERE f.account_id = account.id
                    AND f.locked_until > UTC_TIMESTAMP(3)) AS locked_until, password_change_required FROM account
            """;

    private final Sql sql;
    private final Passwords passwords;
    private final RefreshTokenStore refreshTokens;
    private final LoginLockout lockout;
    private final SessionValidity sessions;
    private final AuditLog audit;
    private final Clock clock;

    StaffService(Sql sql, Passwords passwords, RefreshTokenStore refreshTokens, LoginLockout lockout,
                 SessionValidity sessions, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.lockout = lockout;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record StaffView(long id, String username, String fullName, List<String> roles, boolean enabled,
                     Instant createdAt, @Nullable Instant lockedUntil, boolean passwordChangeRequired) {

        Map<String, Object> audited() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("username", username);
            state.put("fullName", fullName);
            state.put("roles", roles);
            state.put("enabled", enabled);
            return state;
        }
    }

    @Serdeable
    record NewStaff(@Nullable String username, @Nullable String fullName, @Nullable List<String> roles,
                    @Nullable String password) {
    }

    /** The new account; {@code temporaryPassword} only when the server generated it (shown once). */
    @Serdeable
    record Created(StaffView staff, @Nullable String temporaryPassword) {
    }

    @Serdeable
    record Roles(@Nullable List<String> roles) {
    }

    @Serdeable
    record PasswordReset(String temporaryPassword) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    List<StaffView> list() {
        return sql.list(SELECT_STAFF + " WHERE username IS NOT NULL ORDER BY username", StaffService::read);
    }

    @Transactional
    Created create(Actor actor, NewStaff body) {
        FieldErrors errors = new FieldErrors();
        String username = FreeText.normalize(body.username()).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "INVALID", "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch.",
                    "Username: 3–64 characters of a–z, 0–9, '.', '_', '-'.");
        }
        String fullName = FreeText.normalize(body.fullName());
        if (fullName.isEmpty() || fullName.length() > 150) {
            errors.add("fullName", "REQUIRED", "Vui lòng nhập họ và tên (tối đa 150 ký tự).",
                    "Full name is required (at most 150 characters).");
        } else {
            FreeText.check(errors, "fullName", fullName);
        }
        List<String> roles = roles(body.roles(), errors);
        boolean generated = body.password() == null || body.password().isEmpty();
        String password = generated ? passwords.generateTemporary() : body.password();
        if (!generated && !PasswordStrength.enoughForStaff(password)) {
            errors.add("password", "WEAK", "Mật khẩu cần 10–64 ký tự, có cả chữ và số.",
                    "Password: 10–64 characters with letters and digits.");
        }
        errors.throwIfAny();
        long id;
        try {
            id = sql.insert("""
                    INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at,
                                         password_change_required)
                    VALUES (?, ?, ?, ?, TRUE, ?, TRUE)""",
                    username, fullName, passwords.hash(password), String.join(",", roles), clock.instant());
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ApiException(HttpStatus.CONFLICT, "USERNAME_TAKEN", "Tên đăng nhập này đã có người dùng.",
                        "This username is taken.", List.of(new vn.dongnai.contest.system.ApiError.FieldError(
                        "username", "TAKEN", "Tên đăng nhập đã tồn tại.", "Username exists.")), Map.of());
            }
            throw e;
        }
        StaffView created = find(id);
        audit.record(actor, "STAFF_CREATED", "account", id, null, created.audited());
        return new Created(created, generated ? password : null);
    }

    @Transactional
    StaffView setRoles(Actor actor, long id, Roles body) {
        FieldErrors errors = new FieldErrors();
        List<String> roles = roles(body.roles(), errors);
        errors.throwIfAny();
        StaffView before = findLocked(id);
        if (before.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (id == actor.id()) {
                throw conflict("CANNOT_DEMOTE_SELF", "Bạn không thể tự bỏ quyền ADMIN của mình.",
                        "You cannot remove your own ADMIN role.");
            }
            requireAnotherEnabledAdmin(id);
        }
        sql.update("UPDATE account SET roles = ? WHERE id = ?", String.join(",", roles), id);
        if (!before.roles().equals(roles)) {
            // a removed role must stop working now, not when the access token runs out
            refreshTokens.revokeAll(id);
            sessions.endSessions(id);
        }
        StaffView after = find(id);
        audit.record(actor, "STAFF_ROLES_CHANGED", "account", id, before.audited(), after.audited());
        return after;
    }

    /** Disabling also ends every session: refresh tokens are revoked at once. */
    @Transactional
    StaffView setEnabled(Actor actor, long id, boolean enabled) {
        StaffView before = findLocked(id);
        if (!enabled) {
            if (id == actor.id()) {
                throw conflict("CANNOT_DISABLE_SELF", "Bạn không thể tự khóa tài khoản của mình.",
                        "You cannot disable your own account.");
            }
            if (before.roles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdmin(id);
            }
        }
        sql.update("UPDATE account SET enabled = ? WHERE id = ?", enabled, id);
        if (enabled) {
            lockout.unlock(id);
        } else {
            refreshTokens.revokeAll(id);
            sessions.endSessions(id);
        }
        StaffView after = find(id);
        audit.record(actor, enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "account", id,
                before.audited(), after.audited());
        return after;
    }

    /**
     * A new temporary password, shown once to the ADMIN; old sessions end, a lockout lifts, and the
     * owner must choose their own password at the next login.
     */
    @Transactional
    PasswordReset resetPassword(Actor actor, long id) {
        StaffView staff = findLocked(id);
        String password = passwords.generateTemporary();
        sql.update("UPDATE account SET password_hash = ?, password_change_required = TRUE WHERE id = ?",
                passwords.hash(password), id);
        lockout.unlock(id);
        refreshTokens.revokeAll(id);
        sessions.endSessions(id);
        audit.record(actor, "STAFF_PASSWORD_RESET", "account", id, null, Map.of("username", staff.username()));
        return new PasswordReset(password);
    }

    /**
     * A staff member changes their own password; every session (refresh token) ends and a required
     * change (one-time password) is done.
     */
    @Transactional
    void changeOwnPassword(Actor actor, PasswordChange body) {
        StaffView me = findLocked(actor.id());
        String hash = sql.one("SELECT password_hash FROM account WHERE id = ?", rs -> rs.getString("password_hash"), actor.id())
                .orElseThrow();
        FieldErrors errors = new FieldErrors();
        if (body.currentPassword() == null || !passwords.matches(body.currentPassword(), hash)) {
            errors.add("currentPassword", "WRONG", "Mật khẩu hiện tại không đúng.", "The current password is wrong.");
        }
        if (!PasswordStrength.enoughForStaff(body.newPassword())) {
            errors.add("newPassword", "WEAK", "Mật khẩu mới cần 10–64 ký tự, có cả chữ và số.",
                    "New password: 10–64 characters with letters and digits.");
        } else if (body.currentPassword() != null && body.currentPassword().equals(body.newPassword())) {
            errors.add("newPassword", "UNCHANGED", "Mật khẩu mới phải khác mật khẩu hiện tại.",
                    "The new password must differ from the current one.");
        }
        errors.throwIfAny();
        sql.update("UPDATE account SET password_hash = ?, password_change_required = FALSE WHERE id = ?",
                passwords.hash(body.newPassword()), actor.id());
        refreshTokens.revokeAll(actor.id());
        sessions.endSessions(actor.id());
        audit.record(actor, "STAFF_PASSWORD_CHANGED", "account", actor.id(), null, Map.of("username", me.username()));
    }

    /** Whether this staff member still has to replace a one-time password before anything else. */
    boolean passwordChangeRequired(long accountId) {
        return sql.one("SELECT password_change_required FROM account WHERE id = ? AND username IS NOT NULL",
                rs -> rs.getBoolean("password_change_required"), accountId).orElse(false);
    }

    private void requireAnotherEnabledAdmin(long except) {
        long others = sql.list("SELECT roles FROM account WHERE username IS NOT NULL AND enabled = TRUE AND id <> ?",
                rs -> rs.getString("roles"), except).stream()
                .filter(roles -> List.of(roles.split(",")).contains(Role.ADMIN)).count();
        if (others == 0) {
            throw conflict("LAST_ADMIN", "Đây là tài khoản ADMIN cuối cùng đang hoạt động; hãy tạo ADMIN khác trước.",
                    "This is the last enabled ADMIN; create another ADMIN first.");
        }
    }

    private static List<String> roles(@Nullable List<String> requested, FieldErrors errors) {
        Set<String> roles = new LinkedHashSet<>();
        if (requested != null) {
            for (String role : requested) {
                String upper = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
                if (!STAFF_ROLES.contains(upper)) {
                    errors.add("roles", "UNKNOWN_ROLE", "Vai trò phải là ORGANIZER, COMMITTEE, COMMITTEE_CHAIR, SUPPORT hoặc ADMIN.",
                            "Roles must be ORGANIZER, COMMITTEE, COMMITTEE_CHAIR, SUPPORT or ADMIN.");
                    return List.of();
                }
                roles.add(upper);
            }
        }
        if (roles.isEmpty()) {
            errors.add("roles", "REQUIRED", "Cần ít nhất một vai trò.", "At least one role is required.");
        }
        List<String> ordered = new ArrayList<>(ROLE_ORDER);
        ordered.retainAll(roles);
        return ordered;
    }

    private StaffView find(long id) {
        return sql.one(SELECT_STAFF + " WHERE id = ? AND username IS NOT NULL", StaffService::read, id)
                .orElseThrow(() -> ApiException.notFound("tài khoản cán bộ"));
    }

    private StaffView findLocked(long id) {
        return sql.one(SELECT_STAFF + " WHERE id = ? AND username IS NOT NULL FOR UPDATE", StaffService::read, id)
                .orElseThrow(() -> ApiException.notFound("tài khoản cán bộ"));
    }

    private static StaffView read(ResultSet rs) throws SQLException {
        return new StaffView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                List.of(rs.getString("roles").split(",")), rs.getBoolean("enabled"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "locked_until"), rs.getBoolean("password_change_required"));
    }

    private static ApiException conflict(String code, String vi, String en) {
        return new ApiException(HttpStatus.CONFLICT, code, vi, en);
    }
}
