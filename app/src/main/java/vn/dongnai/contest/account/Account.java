package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Anyone who logs in: a contestant (with a {@code participant} row) or a staff member, as the login
 * and a session's renewal read it ({@link Accounts}). Rows are written by hand ({@code Sql}):
 * registration, staff accounts and every change of password, roles or state.
 */
public record Account(@Nullable Long id,
                      @Nullable String username,
                      String fullName,
                      String passwordHash,
                      String roles,
                      boolean enabled,
                      Instant createdAt,
                      // when its sessions were last ended (logout, a password change…); null: never
                      @Nullable Instant sessionsValidAfter) {

    public List<String> roleList() {
        return List.of(roles.split(","));
    }
}
