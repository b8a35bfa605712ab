package vn.dongnai.contest.report;

import io.micronaut.cache.SyncCache;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

/**
 * Kết quả cuộc thi for anyone: a published contest's {@link PublicResults}, computed at most once
 * per {@code micronaut.caches.public-results.expire-after-write} on each node (Caffeine computes a
 * missing entry once for all who ask at that moment). Whether the contest is published is asked
 * every time, so unpublishing hides the page at once.
 */
@Singleton
class PublishedResults {

    static final String CACHE = "public-results";

    private final Sql sql;
    private final ReportQuery query;
    private final SyncCache<?> cache;
    private final int minCount;

    PublishedResults(ReadReplica reads, ReportQuery query, @Named(CACHE) SyncCache<?> cache,
                     @Value("${contest.report.public-min-count:5}") int minCount) {
        this.sql = reads.sql();
        this.query = query;
        this.cache = cache;
        this.minCount = minCount;
    }

    /** 404 unless the contest is published. */
    PublicResults of(long contestId) {
        boolean published = sql.one("SELECT status FROM contest WHERE id = ?", rs -> rs.getString("status"), contestId)
                .map("PUBLISHED"::equals).orElse(false);
        if (!published) {
            throw ApiException.notFound("cuộc thi");
        }
        return cache.get(contestId, PublicResults.class, () -> PublicResults.of(query.figures(contestId, null), minCount));
    }
}
