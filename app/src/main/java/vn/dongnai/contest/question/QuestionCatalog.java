package vn.dongnai.contest.question;

import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.system.Sql;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the bank for the attempt engine, from memory where it can. Versions never change once
 * written, so they are cached for good; a bank's pool of current versions is cached briefly,
 * which is what lets thousands start in the same minute without touching the question tables.
 */
@Singleton
public class QuestionCatalog {

    private static final Duration POOL_TTL = Duration.ofSeconds(30);

    private final Sql sql;
    private final Clock clock;
    private final Map<Long, VersionView> versions = new ConcurrentHashMap<>();
    private final Map<Long, CachedPool> pools = new ConcurrentHashMap<>();

    private record CachedPool(Instant loadedAt, List<Candidate> candidates) {
    }

    QuestionCatalog(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The active questions of a bank, each at its current version. */
    public List<Candidate> pool(long bankId) {
        Instant now = clock.instant();
        CachedPool cached = pools.get(bankId);
        if (cached == null || cached.loadedAt.plus(POOL_TTL).isBefore(now)) {
            cached = new CachedPool(now, loadPool(bankId));
            pools.put(bankId, cached);
        }
        return cached.candidates;
    }

    public void forgetPool(long bankId) {
        pools.remove(bankId);
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
        record Row(long versionId, long topicId, String difficulty, String audience, long optionId) {
        }
        List<Row> rows = sql.list("""
                SELECT v.id, q.topic_id, q.difficulty, v.audience, o.id
                FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                JOIN question_option o ON o.version_id = v.id
                WHERE q.bank_id = ? AND q.status = 'ACTIVE'
                ORDER BY v.id, o.position""",
                rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)), bankId);
        Map<Long, List<Row>> byVersion = rows.stream()
                .collect(Collectors.groupingBy(Row::versionId, LinkedHashMap::new, Collectors.toList()));
        return byVersion.values().stream().map(options -> new Candidate(options.getFirst().versionId(),
                options.getFirst().topicId(), options.getFirst().difficulty(), Audience.valueOf(options.getFirst().audience()),
                options.stream().mapToLong(Row::optionId).toArray())).toList();
    }

    private Map<Long, VersionView> loadVersions(List<Long> ids) {
        record Row(long versionId, String text, VersionView.Option option) {
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Row> rows = sql.list("""
                SELECT v.id, v.text, o.id, o.text, o.correct
                FROM question_version v JOIN question_option o ON o.version_id = v.id
                WHERE v.id IN (%s) ORDER BY v.id, o.position""".formatted(marks),
                rs -> new Row(rs.getLong(1), rs.getString(2),
                        new VersionView.Option(rs.getLong(3), rs.getString(4), rs.getBoolean(5))),
                ids.toArray());
        Map<Long, VersionView> loaded = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(Row::versionId)).forEach((id, options) ->
                loaded.put(id, new VersionView(id, options.getFirst().text(),
                        options.stream().map(Row::option).toList())));
        return loaded;
    }
}
