package vn.dongnai.contest.account;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code account} table's one mapping for reads: the login, a session's renewal and "who am I"
 * read an {@link Account} here. Rows are written by hand where the change happens (registration,
 * staff accounts, the first ADMIN, every change of password, roles or state).
 */
@Singleton
class Accounts {

    private static final String COLUMNS = "a.id, a.username, a.full_name, a.password_hash, a.roles, a.enabled, a.created_at,"
            + " a.sessions_valid_after";

    // looked up on first use: the login's authentication provider is built while the data source's
    // own beans are still being resolved, and a direct Sql here would close that circle
    private final Provider<Sql> sql;

    Accounts(Provider<Sql> sql) {
        this.sql = sql;
    }

    Optional<Account> byId(long id) {
        return sql.get().one("SELECT " + COLUMNS + " FROM account a WHERE a.id = ?", Accounts::read, id);
    }

    Optional<Account> byUsername(String username) {
        return sql.get().one("SELECT " + COLUMNS + " FROM account a WHERE a.username = ?", Accounts::read, username);
    }

    /** The contestant whose citizen ID or phone has this keyed hash. */
    Optional<Account> contestantByIdentityHash(byte[] hash) {
        return sql.get().one("SELECT " + COLUMNS + """
                 FROM account a JOIN participant p ON p.account_id = a.id
                WHERE p.citizen_id_hash = ? OR p.phone_hash = ?""", Accounts::read, hash, hash);
    }

    private static Account read(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("password_hash"), rs.getString("roles"), rs.getBoolean("enabled"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "sessions_valid_after"));
    }
}
