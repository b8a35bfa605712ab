package vn.dongnai.contest.review;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a round's review queue from MySQL each time it is asked for, so the flags always reflect
 * the current data (a regrade, a late submission) and nothing has to be kept in step.
 */
@Singleton
class ReviewQueue {

    static final Set<String> STATUSES = Set.of("ALL", "PENDING", "DISQUALIFIED", "CLEARED");

    private final Sql sql;
    private final ReviewRules.Thresholds thresholds;
    private final FarmingRules.Thresholds farming;
    private final int sameUnitPerAddress;
    private final int sameUnitPerDevice;

    ReviewQueue(Sql sql,
                @Value("${contest.review.fast-seconds-per-question:3}") int fastSecondsPerQuestion,
                @Value("${contest.review.fast-min-correct-ratio:0.5}") double fastMinCorrectRatio,
                @Value("${contest.review.accounts-per-address:10}") int accountsPerAddress,
                @Value("${contest.review.accounts-per-device:3}") int accountsPerDevice,
                @Value("${contest.review.identical-min-answers:5}") int identicalMinAnswers,
                @Value("${contest.review.identical-min-wrong:1}") int identicalMinWrong,
                @Value("${contest.review.same-unit-accounts-per-address:50}") int sameUnitPerAddress,
                @Value("${contest.review.same-unit-accounts-per-device:15}") int sameUnitPerDevice,
                @Value("${contest.review.registrations-per-address:10}") int registrationsPerAddress,
                @Value("${contest.review.registrations-per-network:30}") int registrationsPerNetwork,
                @Value("${contest.review.registration-window:10m}") java.time.Duration registrationWindow,
                @Value("${contest.review.accounts-per-fingerprint:3}") int accountsPerFingerprint,
                @Value("${contest.review.quick-from-registration:60s}") java.time.Duration quickFromRegistration) {
        this.sql = sql;
        this.sameUnitPerAddress = sameUnitPerAddress;
        this.sameUnitPerDevice = sameUnitPerDevice;
        this.farming = new FarmingRules.Thresholds(registrationsPerAddress, registrationsPerNetwork, registrationWindow,
                accountsPerFingerprint, quickFromRegistration);
        this.thresholds = new ReviewRules.Thresholds(fastSecondsPerQuestion, fastMinCorrectRatio, accountsPerAddress,
                accountsPerDevice, identicalMinAnswers, identicalMinWrong);
    }

    @Serdeable
    record FlagView(String kind, Map<String, Object> evidence) {
    }

    @Serdeable
    record AttemptView(long attemptId, int attemptNo, String status, @Nullable Integer score,
                       @Nullable Integer correctCount, int questionCount, @Nullable Long durationMs,
                       @Nullable Instant submittedAt, boolean disqualified) {
    }

    @Serdeable
    record DecisionView(String decision, String reason, long decidedBy, @Nullable String decidedByName,
                        Instant decidedAt) {
    }

    /** @param status PENDING (flagged, undecided), DISQUALIFIED or CLEARED */
    @Serdeable
    record Entry(long accountId, @Nullable String displayName, String status, List<FlagView> flags,
                 List<AttemptView> attempts, @Nullable DecisionView decision) {
    }

    @Serdeable
    record Queue(long roundId, Map<String, Long> counts, List<Entry> entries) {
    }

    Queue queue(long roundId, String statusFilter) {
        String filter = statusFilter == null ? "ALL" : statusFilter.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(filter)) {
            new FieldErrors().add("status", "INVALID", "Trạng thái phải là ALL, PENDING, DISQUALIFIED hoặc CLEARED.",
                    "status must be ALL, PENDING, DISQUALIFIED or CLEARED.").throwIfAny();
        }
        sql.one("SELECT id FROM contest_round WHERE id = ?", rs -> rs.getLong("id"), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        Map<Long, List<FlagView>> flags = new TreeMap<>();
        for (ReviewRules.Flag flag : flags(roundId)) {
            flags.computeIfAbsent(flag.accountId(), a -> new ArrayList<>()).add(new FlagView(flag.kind(), flag.evidence()));
        }
        Map<Long, DecisionView> decisions = latestDecisions(roundId);
        Set<Long> accounts = new LinkedHashSet<>(flags.keySet());
        accounts.addAll(decisions.keySet());
        Map<Long, List<AttemptView>> attempts = attempts(roundId, accounts);
        Map<Long, String> names = displayNames(accounts);
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("PENDING", "DISQUALIFIED", "CLEARED")) {
            counts.put(s, 0L);
        }
        for (long account : accounts) {
            DecisionView decision = decisions.get(account);
            String status = decision == null ? "PENDING" : decision.decision();
            counts.merge(status, 1L, Long::sum);
            if ("ALL".equals(filter) || filter.equals(status)) {
                entries.add(new Entry(account, names.get(account), status, flags.getOrDefault(account, List.of()),
                        attempts.getOrDefault(account, List.of()), decision));
            }
        }
        return new Queue(roundId, counts, entries);
    }

    /** The flag kinds an entry has right now, recorded with a decision. */
    List<String> flagKinds(long roundId, long accountId) {
        return flags(roundId).stream().filter(f -> f.accountId() == accountId).map(ReviewRules.Flag::kind)
                .distinct().toList();
    }

    private List<ReviewRules.Flag> flags(long roundId) {
        List<ReviewRules.Flag> flags = new ArrayList<>();
        List<ReviewRules.ClosedAttempt> closed = sql.list("""
                SELECT id, account_id, status, question_count, correct_count, duration_ms FROM attempt
                WHERE round_id = ? AND status <> 'OPEN'""",
                rs -> new ReviewRules.ClosedAttempt(rs.getLong("id"), rs.getLong("account_id"), rs.getString("status"),
                        rs.getInt("question_count"), rs.getInt("correct_count"), rs.getLong("duration_ms")), roundId);
        flags.addAll(ReviewRules.fastFinishes(closed, thresholds));
        List<ReviewRules.SharedOrigin> addresses = sharedAddresses(roundId);
        List<ReviewRules.SharedOrigin> devices = sharedDevices(roundId);
        Map<Long, String> units = units(addresses, devices);
        flags.addAll(ReviewRules.sharedOrigins(ReviewRules.SHARED_ADDRESS, addresses,
                thresholds.accountsPerAddress(), sameUnitPerAddress, units));
        flags.addAll(ReviewRules.sharedOrigins(ReviewRules.SHARED_DEVICE, devices,
                thresholds.accountsPerDevice(), sameUnitPerDevice, units));
        flags.addAll(ReviewRules.identicalAnswers(answerSets(roundId), thresholds));
        flags.addAll(FarmingRules.registrationBursts(registrations(roundId), farming));
        flags.addAll(FarmingRules.sameFingerprint(fingerprints(roundId), farming));
        flags.addAll(FarmingRules.quickFromRegistration(firstAttempts(roundId), farming));
        return flags;
    }

    /** The round's entrants' registrations, with short tags of their address and network. */
    private List<FarmingRules.Registration> registrations(long roundId) {
        return sql.list("""
                SELECT r.account_id, r.registered_at, LOWER(LEFT(HEX(r.ip_hash), 12)) AS address_tag,
                       LOWER(LEFT(HEX(r.network_hash), 12)) AS network_tag
                FROM registration_origin r WHERE r.account_id IN (SELECT DISTINCT account_id FROM attempt WHERE round_id = ?)""",
                rs -> new FarmingRules.Registration(rs.getLong("account_id"), Sql.instant(rs, "registered_at"),
                        rs.getString("address_tag"), rs.getString("network_tag")), roundId);
    }

    /** Device fingerprints seen at registration or at an attempt of the round's entrants. */
    private List<ReviewRules.SharedOrigin> fingerprints(long roundId) {
        return groups(sql.list("""
                SELECT HEX(r.device_hash) AS origin, r.account_id FROM registration_origin r
                WHERE r.device_hash IS NOT NULL AND r.account_id IN (SELECT DISTINCT account_id FROM attempt WHERE round_id = ?)
                UNION
                SELECT HEX(o.device_hash) AS origin, a.account_id FROM attempt_origin o JOIN attempt a ON a.id = o.attempt_id
                WHERE a.round_id = ? AND o.device_hash IS NOT NULL""",
                ReviewQueue::seen, roundId, roundId));
    }

    private List<FarmingRules.FirstAttempt> firstAttempts(long roundId) {
        return sql.list("""
                SELECT a.account_id, r.registered_at, a.started_at, a.submitted_at FROM attempt a
                JOIN registration_origin r ON r.account_id = a.account_id
                WHERE a.round_id = ? AND a.attempt_no = 1 AND a.submitted_at IS NOT NULL""",
                rs -> new FarmingRules.FirstAttempt(rs.getLong("account_id"), Sql.instant(rs, "registered_at"),
                        Sql.instant(rs, "started_at"), Sql.instant(rs, "submitted_at")), roundId);
    }

    private List<ReviewRules.SharedOrigin> sharedAddresses(long roundId) {
        return groups(sql.list("""
                SELECT HEX(o.ip_hash) AS origin, a.account_id FROM attempt_origin o JOIN attempt a ON a.id = o.attempt_id
                WHERE a.round_id = ? AND o.ip_hash IN (
                    SELECT o2.ip_hash FROM attempt_origin o2 JOIN attempt a2 ON a2.id = o2.attempt_id
                    WHERE a2.round_id = ? GROUP BY o2.ip_hash HAVING COUNT(DISTINCT a2.account_id) >= ?)""",
                ReviewQueue::seen, roundId, roundId, thresholds.accountsPerAddress()));
    }

    /** One address with one User-Agent: closer to one device than either alone (many phones share a User-Agent). */
    private List<ReviewRules.SharedOrigin> sharedDevices(long roundId) {
        return groups(sql.list("""
                SELECT CONCAT(HEX(o.ip_hash), HEX(o.agent_hash)) AS origin, a.account_id
                FROM attempt_origin o JOIN attempt a ON a.id = o.attempt_id
                WHERE a.round_id = ? AND (o.ip_hash, o.agent_hash) IN (
                    SELECT o2.ip_hash, o2.agent_hash FROM attempt_origin o2 JOIN attempt a2 ON a2.id = o2.attempt_id
                    WHERE a2.round_id = ? GROUP BY o2.ip_hash, o2.agent_hash
                    HAVING COUNT(DISTINCT a2.account_id) >= ?)""",
                ReviewQueue::seen, roundId, roundId, thresholds.accountsPerDevice()));
    }

    /** The declared unit of every account seen sharing an origin: colleagues of one office are not suspects. */
    private Map<Long, String> units(List<ReviewRules.SharedOrigin> addresses, List<ReviewRules.SharedOrigin> devices) {
        Set<Long> accounts = new java.util.TreeSet<>();
        addresses.forEach(g -> accounts.addAll(g.accountIds()));
        devices.forEach(g -> accounts.addAll(g.accountIds()));
        Map<Long, String> units = new HashMap<>();
        List<Long> ids = List.copyOf(accounts);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            sql.list("SELECT account_id, unit FROM participant WHERE unit IS NOT NULL AND account_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    rs -> units.put(rs.getLong("account_id"), rs.getString("unit")), chunk.toArray());
        }
        return units;
    }

    /** An account seen behind an origin (the hex of its hash). */
    private record Seen(String origin, long accountId) {
    }

    private static Seen seen(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Seen(rs.getString("origin"), rs.getLong("account_id"));
    }

    private static List<ReviewRules.SharedOrigin> groups(List<Seen> rows) {
        Map<String, Set<Long>> byHash = new LinkedHashMap<>();
        for (Seen row : rows) {
            byHash.computeIfAbsent(row.origin(), h -> new java.util.TreeSet<>()).add(row.accountId());
        }
        // a short tag: enough to see which entries share an origin, useless for finding the address
        return byHash.entrySet().stream()
                .map(e -> new ReviewRules.SharedOrigin(e.getKey().substring(0, 12).toLowerCase(Locale.ROOT), e.getValue()))
                .toList();
    }

    /**
     * Identical answer sets, found in two steps: an order-independent fingerprint per attempt in
     * SQL (one row per attempt, however many answers), then the exact sets of attempts whose
     * fingerprints collide, so a checksum coincidence never raises a flag.
     */
    private List<ReviewRules.AnswerSet> answerSets(long roundId) {
        record Print(long attemptId, long accountId, int answered, int wrong, String key) {
        }
        List<Print> prints = sql.list("""
                SELECT a.id, a.account_id, COUNT(*) AS answered, SUM(CASE WHEN an.correct THEN 0 ELSE 1 END) AS wrong,
                       SUM(CRC32(CONCAT(an.question_version_id, ':', an.option_id))) AS crc_sum,
                       BIT_XOR(CRC32(CONCAT(an.option_id, '/', an.question_version_id))) AS crc_xor
                FROM attempt a JOIN answer an ON an.attempt_id = a.id
                WHERE a.round_id = ? AND a.status <> 'OPEN'
                GROUP BY a.id, a.account_id""",
                rs -> new Print(rs.getLong("id"), rs.getLong("account_id"), rs.getInt("answered"), rs.getInt("wrong"),
                        rs.getInt("answered") + "|" + rs.getString("crc_sum") + "|" + rs.getString("crc_xor")), roundId);
        Map<String, List<Print>> byKey = prints.stream()
                .filter(p -> p.answered() >= thresholds.identicalMinAnswers() && p.wrong() >= thresholds.identicalMinWrong())
                .collect(Collectors.groupingBy(Print::key));
        List<Print> candidates = byKey.values().stream()
                .filter(group -> group.stream().map(Print::accountId).distinct().count() > 1)
                .flatMap(List::stream).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> exact = new HashMap<>();
        for (int from = 0; from < candidates.size(); from += 500) {
            List<Print> chunk = candidates.subList(from, Math.min(candidates.size(), from + 500));
            sql.list("SELECT attempt_id, question_version_id, option_id FROM answer WHERE attempt_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    rs -> exact.computeIfAbsent(rs.getLong("attempt_id"), k -> new ArrayList<>())
                            .add(rs.getLong("question_version_id") + ":" + rs.getLong("option_id")),
                    chunk.stream().map(Print::attemptId).toArray());
        }
        return candidates.stream().map(p -> new ReviewRules.AnswerSet(p.attemptId(), p.accountId(),
                exact.getOrDefault(p.attemptId(), List.of()).stream().sorted().collect(Collectors.joining(",")),
                p.answered(), p.wrong())).toList();
    }

    private Map<Long, DecisionView> latestDecisions(long roundId) {
        Map<Long, DecisionView> latest = new LinkedHashMap<>();
        sql.list("""
                SELECT d.account_id, d.decision, d.reason, d.decided_by, s.full_name, d.decided_at
                FROM review_decision d LEFT JOIN account s ON s.id = d.decided_by
                WHERE d.round_id = ? ORDER BY d.id""",
                rs -> latest.put(rs.getLong("account_id"), new DecisionView(rs.getString("decision"),
                        rs.getString("reason"), rs.getLong("decided_by"), rs.getString("full_name"),
                        Sql.instant(rs, "decided_at"))), roundId);
        return latest;
    }

    private Map<Long, List<AttemptView>> attempts(long roundId, Set<Long> accounts) {
        Map<Long, List<AttemptView>> byAccount = new HashMap<>();
        List<Long> ids = List.copyOf(accounts);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> values = new ArrayList<>();
            values.add(roundId);
            values.addAll(chunk);
            sql.list("""
                    SELECT account_id, id, attempt_no, status, score, correct_count, question_count, duration_ms,
                           submitted_at, disqualified
                    FROM attempt WHERE round_id = ? AND account_id IN (%s) ORDER BY attempt_no""".formatted(
                            Sql.marks(chunk.size())),
                    rs -> byAccount.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>()).add(new AttemptView(
                            rs.getLong("id"), rs.getInt("attempt_no"), rs.getString("status"),
                            Sql.nullableInt(rs, "score"), Sql.nullableInt(rs, "correct_count"), rs.getInt("question_count"),
                            Sql.nullableLong(rs, "duration_ms"), Sql.instant(rs, "submitted_at"),
                            rs.getBoolean("disqualified"))),
                    values.toArray());
        }
        return byAccount;
    }

    private Map<Long, String> displayNames(Set<Long> accounts) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(accounts);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            sql.list("SELECT account_id, display_name FROM participant WHERE account_id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> names.put(rs.getLong("account_id"), rs.getString("display_name")), chunk.toArray());
        }
        return names;
    }
}
