package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/**
 * Anyone who logs in: a contestant (with a {@code participant} row) or a staff member, as the login
 * and a session's renewal read it. Rows are written by hand ({@code Sql}): registration, staff
 * accounts and every change of password, roles or state.
 */
@MappedEntity("account")
public record Account(@Id @GeneratedValue @Nullable Long id,
                      @Nullable String username,
                      String fullName,
                      String passwordHash,
                      String roles,
                      boolean enabled,
                      Instant createdAt) {

    public List<String> roleList() {
        return List.of(roles.split(","));
    }
}
