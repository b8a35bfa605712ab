package vn.dongnai.contest.question;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Map<Long, VersionView> versions = new ConcurrentHashMap<>();
    private final Map<Long, CachedPool> pools = new ConcurrentHashMap<>();

    private record CachedPool(Instant loadedAt, List<Candidate> candidates) {
    }

    QuestionCatalog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.prepareStatement("""
                SELECT v.id, q.topic_id, q.difficulty, o.id
                FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version_no = q.current_version
                JOIN question_option o ON o.version_id = v.id
                WHERE q.bank_id = ? AND q.status = 'ACTIVE'
                ORDER BY v.id, o.position""", statement -> {
            statement.setLong(1, bankId);
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                long current = -1;
                long topic = 0;
                String difficulty = null;
                List<Long> options = new ArrayList<>();
                while (rs.next()) {
                    long versionId = rs.getLong(1);
                    if (versionId != current && current != -1) {
                        candidates.add(new Candidate(current, topic, difficulty, toArray(options)));
                        options.clear();
                    }
                    current = versionId;
                    topic = rs.getLong(2);
                    difficulty = rs.getString(3);
                    options.add(rs.getLong(4));
                }
                if (current != -1) {
                    candidates.add(new Candidate(current, topic, difficulty, toArray(options)));
                }
            }
            return List.copyOf(candidates);
        });
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private Map<Long, VersionView> loadVersions(List<Long> ids) {
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.prepareStatement("""
                SELECT v.id, v.text, o.id, o.text, o.correct
                FROM question_version v JOIN question_option o ON o.version_id = v.id
                WHERE v.id IN (%s) ORDER BY v.id, o.position""".formatted(marks), statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            Map<Long, String> texts = new HashMap<>();
            Map<Long, List<VersionView.Option>> options = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    texts.putIfAbsent(id, rs.getString(2));
                    options.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new VersionView.Option(rs.getLong(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
            Map<Long, VersionView> loaded = new HashMap<>();
            options.forEach((id, opts) -> loaded.put(id, new VersionView(id, texts.get(id), List.copyOf(opts))));
            return loaded;
        });
    }
}
