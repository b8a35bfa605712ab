package vn.dongnai.contest.question;

import io.micronaut.cache.SyncCache;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.system.Sql;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the bank for the attempt engine, from memory where it can. Versions never change once
 * written, so they are kept for good; a bank's pool of current versions is cached briefly (the
 * {@value #POOLS} cache, {@code micronaut.caches.question-pool.*}), which is what lets thousands
 * start in the same minute without touching the question tables. Caffeine loads a missing pool
 * once for all who ask at that moment, so its expiry does not send them all to the database.
 */
@Singleton
public class QuestionCatalog {

    static final String POOLS = "question-pool";

    private final Sql sql;
    private final SyncCache<?> pools;
    private final Map<Long, VersionView> versions = new ConcurrentHashMap<>();

    /** Held in a record: the cache hands a record back as it is, where a bare list would be converted element by element. */
    private record Pool(List<Candidate> candidates) {
    }

    QuestionCatalog(Sql sql, @Named(POOLS) SyncCache<?> pools) {
        this.sql = sql;
        this.pools = pools;
    }

    /** The active questions of a bank, each at its current version. */
    public List<Candidate> pool(long bankId) {
        return pools.get(bankId, Pool.class, () -> new Pool(loadPool(bankId))).candidates();
    }

    /** After the bank's questions changed: the next start reads them again. */
    public void forgetPool(long bankId) {
        pools.invalidate(bankId);
    }

    public Map<Long, VersionView> versions(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !versions.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            versions.putAll(loadVersions(missing));
        }
        Map<Long, VersionView> found = new LinkedHashMap<>();
        for (Long id : ids) {
            VersionView view = versions.get(id);
            if (view != null) {
                found.put(id, view);
            }
        }
        return found;
    }

    private List<Candidate> loadPool(long bankId) {
        record PoolOption(long versionId, long topicId, String difficulty, String audience, long optionId) {
        }
        List<PoolOption> rows = sql.list("""
                SELECT v.id AS version_id, q.topic_id, q.difficulty, v.audience, o.id AS option_id
                FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                JOIN question_option o ON o.version_id = v.id
                WHERE q.bank_id = ? AND q.status = 'ACTIVE'
                ORDER BY v.id, o.position""",
                rs -> new PoolOption(rs.getLong("version_id"), rs.getLong("topic_id"), rs.getString("difficulty"),
                        rs.getString("audience"), rs.getLong("option_id")), bankId);
        Map<Long, List<PoolOption>> byVersion = rows.stream()
                .collect(Collectors.groupingBy(PoolOption::versionId, LinkedHashMap::new, Collectors.toList()));
        return byVersion.values().stream().map(options -> new Candidate(options.getFirst().versionId(),
                options.getFirst().topicId(), options.getFirst().difficulty(), Audience.valueOf(options.getFirst().audience()),
                options.stream().mapToLong(PoolOption::optionId).toArray())).toList();
    }

    private Map<Long, VersionView> loadVersions(List<Long> ids) {
        record VersionOption(long versionId, String text, VersionView.Option option) {
        }
        List<VersionOption> rows = sql.list("""
                SELECT v.id AS version_id, v.text, o.id AS option_id, o.text AS option_text, o.correct
                FROM question_version v JOIN question_option o ON o.version_id = v.id
                WHERE v.id IN (%s) ORDER BY v.id, o.position""".formatted(Sql.marks(ids.size())),
                rs -> new VersionOption(rs.getLong("version_id"), rs.getString("text"),
                        new VersionView.Option(rs.getLong("option_id"), rs.getString("option_text"), rs.getBoolean("correct"))),
                ids.toArray());
        Map<Long, VersionView> loaded = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(VersionOption::versionId)).forEach((id, options) ->
                loaded.put(id, new VersionView(id, options.getFirst().text(),
                        options.stream().map(VersionOption::option).toList())));
        return loaded;
    }
}
