package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Appends audit entries in the caller's transaction, so an action and its entry are stored
 * together or not at all. Callers pass views that hold no personal data in clear.
 */
@Singleton
public class AuditLog {

    private final Sql sql;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(Sql sql, JsonMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    public void record(@Nullable Long actorId, @Nullable String actorName, String action, String entity,
                       @Nullable Object entityId, @Nullable Object before, @Nullable Object after) {
        sql.update("""
                        INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_json, after_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                clock.instant(), actorId, actorName, action, entity, entityId == null ? null : entityId.toString(),
                toJson(before), toJson(after));
    }

    public void record(Actor actor, String action, String entity, @Nullable Object entityId,
                       @Nullable Object before, @Nullable Object after) {
        record(actor.id(), actor.name(), action, entity, entityId, before, after);
    }

    private String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
