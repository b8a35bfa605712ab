package vn.dongnai.contest.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.util.List;

/**
 * The search key of a full name: lower case, diacritics removed, đ → d, one space between words,
 * so "Nguyễn  Văn Ân" and "nguyen van an" are one key. Kept in {@code participant.name_key}
 * (indexed) and searched by prefix, since people give their full name family name first.
 * Registrations made before the column existed (or written straight into MySQL without one) get
 * their key in the background: one batch of {@link #BATCH} every ten seconds, so a
 * large backfill never competes with a contest for the database; the index answers "none left" at once.
 */
@Singleton
public class NameKeys {

    private static final Logger LOG = LoggerFactory.getLogger(NameKeys.class);
    private static final int BATCH = 1000;

    private final Sql sql;

    NameKeys(Sql sql) {
        this.sql = sql;
    }

    public static String of(String name) {
        return FreeText.fold(name);
    }

    @Scheduled(initialDelay = "15s", fixedDelay = "10s")
    void fillMissing() {
        try {
            record Row(long id, String name) {
            }
            // erased accounts keep no key: their name is a pseudonym nobody searches for
            List<Row> rows = sql.list("""
                    SELECT p.account_id, a.full_name FROM participant p JOIN account a ON a.id = p.account_id
                    WHERE p.name_key IS NULL AND a.erased_at IS NULL LIMIT\s""" + BATCH,
                    rs -> new Row(rs.getLong("account_id"), rs.getString("full_name")));
            if (!rows.isEmpty()) {
                sql.batch("UPDATE participant SET name_key = ? WHERE account_id = ?",
                        rows.stream().map(r -> new Object[]{of(r.name()), r.id()}).toList());
                LOG.debug("Search keys written for {} registrations", rows.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Search keys not written this turn ({}); retried in ten seconds", e.getClass().getSimpleName());
        }
    }
}
