package vn.dongnai.contest.catalog;

import io.micronaut.cache.SyncCache;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.ContestantAccounts;
import vn.dongnai.contest.account.RegistrationCatalog;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.bank.TextKeys;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Units and communes. The active lists are read on every registration page and every
 * registration, so they are held in the {@code catalog} cache briefly (30 s, Caffeine, which loads
 * an expired list once for all callers; dropped at once on this node when an organizer changes
 * them). Names are matched the way the bank compares text — case, spacing and
 * punctuation ignored, diacritics kept, because in Vietnamese "Hòa" and "Hóa" are different places.
 */
@Singleton
public class Catalog implements RegistrationCatalog {

    private final Sql sql;
    private final AuditLog audit;
    private final SyncCache<?> active;
    private final ContestantAccounts contestants;

    /** What the registration pickers show. */
    @Serdeable
    public record Choice(String name, @Nullable String kind) {
    }

    @Serdeable
    record EntryBody(@Nullable String name, @Nullable String kind, @Nullable Integer headcount,
                     @Nullable Boolean active) {
    }

    @Serdeable
    record ImportSummary(int rows, int created, int updated, int unchanged, int deactivated) {
    }

    /** A list's active entries, and each official name by its comparable key. */
    private record Active(List<Choice> choices, Map<String, String> byKey) {
    }

    Catalog(Sql sql, AuditLog audit, @Named("catalog") SyncCache<?> active, ContestantAccounts contestants) {
        this.sql = sql;
        this.contestants = contestants;
        this.audit = audit;
        this.active = active;
    }

    // ---- public lists and registration ---------------------------------------------------------

    List<Choice> active(CatalogKind kind) {
        return cached(kind).choices;
    }

    @Override
    public Match commune(String typed) {
        return match(CatalogKind.COMMUNES, typed);
    }

    @Override
    public Match unit(String typed) {
        return match(CatalogKind.UNITS, typed);
    }

    private Match match(CatalogKind kind, String typed) {
        Active cached = cached(kind);
        if (cached.choices.isEmpty()) {
            return Match.freeText();
        }
        return new Match(false, Optional.ofNullable(cached.byKey.get(TextKeys.comparable(typed))));
    }

    private Active cached(CatalogKind kind) {
        return active.get(kind, Active.class, () -> load(kind));
    }

    private Active load(CatalogKind kind) {
        List<Choice> choices = sql.list("SELECT name, kind FROM " + kind.table + " WHERE active = TRUE ORDER BY name",
                rs -> new Choice(rs.getString("name"), rs.getString("kind")));
        Map<String, String> byKey = new HashMap<>();
        choices.forEach(c -> byKey.putIfAbsent(TextKeys.comparable(c.name()), c.name()));
        return new Active(List.copyOf(choices), Map.copyOf(byKey));
    }

    private void forget(CatalogKind kind) {
        active.invalidate(kind);
    }

    // ---- organizer side ------------------------------------------------------------------------

    List<CatalogEntry> all(CatalogKind kind, @Nullable String query, @Nullable Boolean active) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            where.append(" AND name LIKE ?");
            values.add("%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (active != null) {
            where.append(" AND active = ?");
            values.add(active);
        }
        return sql.list("SELECT id, name, kind, headcount, active FROM " + kind.table + where + " ORDER BY name",
                Catalog::read, values.toArray());
    }

    /**
     * Seeds the unit list (no headcounts, all active) only when it is empty, so organizers' own edits
     * and imports are never overwritten; how many were seeded, 0 when the list had entries.
     */
    @Transactional
    public int seedUnits(List<Choice> units) {
        if (sql.one("SELECT COUNT(*) AS units FROM unit", rs -> rs.getLong("units")).orElse(0L) > 0) {
            return 0;
        }
        sql.batch("INSERT INTO unit (name, kind, headcount, active) VALUES (?, ?, NULL, TRUE)",
                units.stream().map(u -> new Object[]{u.name(), u.kind()}).toList());
        return units.size();
    }

    @Transactional
    CatalogEntry create(Actor actor, CatalogKind kind, EntryBody body) {
        Checked checked = check(kind, body);
        requireUniqueName(kind, checked.name, null);
        long id = insertOrConflict(kind, checked.name, () -> sql.insert(
                "INSERT INTO " + kind.table + " (name, kind, headcount, active) VALUES (?, ?, ?, ?)",
                checked.name, checked.kind, checked.headcount, checked.active));
        CatalogEntry created = find(kind, id);
        audit.record(actor, "CATALOG_ENTRY_CREATED", kind.table, id, null, created);
        forget(kind);
        return created;
    }

    /**
     * A rename carries the contestants registered under the old name along, so a unit's count of
     * participants stays whole.
     */
    @Transactional
    CatalogEntry update(Actor actor, CatalogKind kind, long id, EntryBody body) {
        CatalogEntry before = sql.one("SELECT id, name, kind, headcount, active FROM " + kind.table + " WHERE id = ? FOR UPDATE",
                Catalog::read, id).orElseThrow(() -> ApiException.notFound(kind.vietnamese));
        Checked checked = check(kind, body);
        requireUniqueName(kind, checked.name, id);
        insertOrConflict(kind, checked.name, () -> (long) sql.update(
                "UPDATE " + kind.table + " SET name = ?, kind = ?, headcount = ?, active = ? WHERE id = ?",
                checked.name, checked.kind, checked.headcount, checked.active, id));
        int moved = 0;
        if (!before.name().equals(checked.name)) {
            moved = switch (kind) {
                case UNITS -> contestants.renameUnit(before.name(), checked.name);
                case COMMUNES -> contestants.renameCommune(before.name(), checked.name);
            };
        }
        CatalogEntry after = find(kind, id);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("entry", after);
        audited.put("participantsRenamed", moved);
        audit.record(actor, "CATALOG_ENTRY_UPDATED", kind.table, id, before, audited);
        forget(kind);
        return after;
    }

    /**
     * All or nothing: rows are matched to entries by name; new names are added, known ones take
     * the file's kind and headcount and become active. With {@code replace}, entries the file does
     * not name are deactivated (kept, so past registrations still point at a real entry) — how a
     * reorganisation such as the 2025 commune merger is loaded.
     */
    @Transactional
    ImportSummary importRows(Actor actor, CatalogKind kind, String fileName, List<CatalogSheet.Row> rows, boolean replace) {
        Map<String, CatalogEntry> existing = new HashMap<>();
        sql.list("SELECT id, name, kind, headcount, active FROM " + kind.table + " FOR UPDATE", Catalog::read)
                .forEach(e -> existing.put(TextKeys.comparable(e.name()), e));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Long> named = new HashSet<>();
        List<ApiError.FieldError> conflicts = new ArrayList<>();
        for (CatalogSheet.Row row : rows) {
            CatalogEntry known = existing.get(TextKeys.comparable(row.name()));
            if (known == null) {
                try {
                    named.add(sql.insert("INSERT INTO " + kind.table + " (name, kind, headcount, active) VALUES (?, ?, ?, TRUE)",
                            row.name(), row.kind(), row.headcount()));
                    created++;
                } catch (RuntimeException e) {
                    if (!Sql.isDuplicateKey(e)) {
                        throw e;
                    }
                    conflicts.add(new ApiError.FieldError("rows[" + row.number() + "].name", "NAME_CLASH",
                            "Dòng " + row.number() + ": cơ sở dữ liệu coi tên '" + row.name()
                                    + "' trùng với một tên đã có (chỉ khác dấu); hãy sửa tên trong danh mục trước.",
                            "Row " + row.number() + ": the database treats '" + row.name()
                                    + "' as equal to an existing name (differs only in diacritics); rename that entry first."));
                }
                continue;
            }
            named.add(known.id());
            if (Objects.equals(known.kind(), row.kind()) && Objects.equals(known.headcount(), row.headcount()) && known.active()) {
                unchanged++;
            } else {
                sql.update("UPDATE " + kind.table + " SET kind = ?, headcount = ?, active = TRUE WHERE id = ?",
                        row.kind(), row.headcount(), known.id());
                updated++;
            }
        }
        if (!conflicts.isEmpty()) {
            // the transaction rolls back: nothing of this file is kept
            throw invalidFile(conflicts);
        }
        int deactivated = 0;
        if (replace) {
            for (CatalogEntry entry : existing.values()) {
                if (entry.active() && !named.contains(entry.id())) {
                    sql.update("UPDATE " + kind.table + " SET active = FALSE WHERE id = ?", entry.id());
                    deactivated++;
                }
            }
        }
        ImportSummary summary = new ImportSummary(rows.size(), created, updated, unchanged, deactivated);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("file", fileName);
        audited.put("replace", replace);
        audited.put("summary", summary);
        audit.record(actor, "CATALOG_IMPORTED", kind.table, null, null, audited);
        forget(kind);
        return summary;
    }

    static ApiException invalidFile(List<ApiError.FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "CATALOG_FILE_INVALID",
                "Tệp danh mục có lỗi; chưa có dòng nào được nhập. Sửa các dòng được nêu rồi tải lên lại.",
                "The catalog file has errors; nothing was imported. Fix the rows listed and upload again.",
                errors, Map.of());
    }

    private record Checked(String name, @Nullable String kind, @Nullable Integer headcount, boolean active) {
    }

    private static Checked check(CatalogKind kind, EntryBody body) {
        FieldErrors errors = new FieldErrors();
        String name = CatalogSheet.clean(body.name());
        if (name.isEmpty()) {
            errors.add("name", "REQUIRED", "Vui lòng nhập tên.", "Name is required.");
        } else if (name.length() > kind.maxName) {
            errors.add("name", "TOO_LONG", "Tên dài quá " + kind.maxName + " ký tự.", "Name is longer than " + kind.maxName + ".");
        } else {
            FreeText.check(errors, "name", name);
        }
        String type = CatalogSheet.clean(body.kind());
        if (type.length() > kind.maxKind) {
            errors.add("kind", "TOO_LONG", "Loại dài quá " + kind.maxKind + " ký tự.", "Kind is longer than " + kind.maxKind + ".");
        }
        if (body.headcount() != null && (body.headcount() < 0 || body.headcount() > CatalogSheet.MAX_HEADCOUNT)) {
            errors.add("headcount", "OUT_OF_RANGE", "Số người phải từ 0 đến " + CatalogSheet.MAX_HEADCOUNT + ".",
                    "Headcount must be 0.." + CatalogSheet.MAX_HEADCOUNT + ".");
        }
        errors.throwIfAny();
        return new Checked(name, type.isEmpty() ? null : type, body.headcount(), body.active() == null || body.active());
    }

    private void requireUniqueName(CatalogKind kind, String name, @Nullable Long self) {
        String key = TextKeys.comparable(name);
        record Listed(long id, String name) {
        }
        boolean taken = sql.list("SELECT id, name FROM " + kind.table, rs -> new Listed(rs.getLong("id"), rs.getString("name")))
                .stream().anyMatch(r -> !Long.valueOf(r.id()).equals(self) && TextKeys.comparable(r.name()).equals(key));
        if (taken) {
            throw nameTaken();
        }
    }

    private interface Write {
        long run();
    }

    private static long insertOrConflict(CatalogKind kind, String name, Write write) {
        try {
            return write.run();
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw nameTaken();
            }
            throw e;
        }
    }

    private static ApiException nameTaken() {
        return new ApiException(HttpStatus.CONFLICT, "NAME_TAKEN", "Tên này đã có trong danh mục.",
                "This name is already in the catalog.",
                List.of(new ApiError.FieldError("name", "TAKEN", "Tên đã tồn tại.", "Name exists.")), Map.of());
    }

    private CatalogEntry find(CatalogKind kind, long id) {
        return sql.one("SELECT id, name, kind, headcount, active FROM " + kind.table + " WHERE id = ?", Catalog::read, id)
                .orElseThrow(() -> ApiException.notFound(kind.vietnamese));
    }

    private static CatalogEntry read(ResultSet rs) throws SQLException {
        return new CatalogEntry(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                Sql.nullableInt(rs, "headcount"), rs.getBoolean("active"));
    }
}
