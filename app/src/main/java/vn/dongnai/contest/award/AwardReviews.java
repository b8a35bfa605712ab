package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.ranking.Entries;
import vn.dongnai.contest.ranking.Entry;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading decisions: the committee's review (every winner with the figures behind the prize and
 * who was passed over and why), the public winners list (masked names, unit, commune — nothing
 * else personal) and a contestant's own results.
 */
@Singleton
class AwardReviews {

    /** The status of what the public list and a contestant's results show. */
    private static final String SHOWN = AwardDecisionLifecycle.SHOWN_PUBLICLY.name();

    private final Sql sql;
    private final AwardScopes scopes;
    private final Entries entries;
    private final PrizeFlagGate flagGate;
    private final Clock clock;

    AwardReviews(Sql sql, AwardScopes scopes, Entries entries, PrizeFlagGate flagGate, Clock clock) {
        this.sql = sql;
        this.flagGate = flagGate;
        this.scopes = scopes;
        this.entries = entries;
        this.clock = clock;
    }

    private record DecisionRow(String status, int version, String rankingHash, Instant draftedAt, @Nullable String draftedBy,
                               @Nullable Instant signedAt, @Nullable String signedBy, @Nullable String signedHash,
                               @Nullable Instant publishedAt) {
    }

    AwardViews.DecisionView view(AwardScope scope) {
        DecisionRow d = sql.one("""
                SELECT status, version, ranking_hash, drafted_at, drafted_by_name, signed_at, signed_by_name, signed_hash,
                       published_at
                FROM award_decision WHERE scope_key = ?""",
                rs -> new DecisionRow(rs.getString("status"), rs.getInt("version"), rs.getString("ranking_hash"),
                        Sql.instant(rs, "drafted_at"), rs.getString("drafted_by_name"), Sql.instant(rs, "signed_at"),
                        rs.getString("signed_by_name"), rs.getString("signed_hash"), Sql.instant(rs, "published_at")),
                scope.key())
                .orElseThrow(AwardErrors::noDecision);
        String current = scopes.rankingHash(scope).orElse(null);
        Map<String, String> labels = labels(scope.contestId());
        Map<Long, List<PrizeFlagRule.Pending>> pending = flagGate.pending(scope);
        Map<Integer, List<AwardViews.PassedOverView>> passedOver = new HashMap<>();
        sql.list("""
                SELECT o.winner_seq, o.rank_no, o.account_id, p.display_name, o.reason, o.held_scope, o.held_tier
                FROM award_passover o JOIN participant p ON p.account_id = o.account_id
                WHERE o.scope_key = ? ORDER BY o.winner_seq, o.seq""", rs -> {
            String reason = rs.getString("reason");
            String[] why = explain(PrizeAllocation.Reason.valueOf(reason), rs.getString("held_tier"),
                    labels.getOrDefault(rs.getString("held_scope"), ""));
            return passedOver.computeIfAbsent(rs.getInt("winner_seq"), k -> new ArrayList<>()).add(
                    new AwardViews.PassedOverView(rs.getInt("rank_no"), rs.getLong("account_id"),
                            rs.getString("display_name"), reason, why[0], why[1]));
        }, scope.key());
        List<AwardViews.WinnerView> winners = sql.list("""
                SELECT w.seq, w.tier_name, w.tier_position, w.amount_vnd, w.rank_no, w.account_id, a.full_name, p.display_name,
                       p.unit, p.commune, w.score, w.correct_count, w.question_count, w.prediction, w.prediction_error,
                       w.duration_ms, w.submitted_at, w.decided_by, w.moved_up, w.passed_over_count,
                       v.method, v.note, s.full_name AS verified_by_name, v.verified_at
                FROM award_winner w JOIN account a ON a.id = w.account_id JOIN participant p ON p.account_id = w.account_id
                LEFT JOIN identity_verification v ON v.account_id = w.account_id
                LEFT JOIN account s ON s.id = v.verified_by
                WHERE w.scope_key = ? ORDER BY w.seq""",
                rs -> new AwardViews.WinnerView(rs.getString("tier_name"), rs.getInt("tier_position"),
                        rs.getLong("amount_vnd"), rs.getInt("rank_no"), rs.getLong("account_id"), rs.getString("full_name"),
                        rs.getString("display_name"), rs.getString("unit"), rs.getString("commune"), rs.getInt("score"),
                        rs.getInt("correct_count"), rs.getInt("question_count"), Sql.nullableLong(rs, "prediction"),
                        Sql.nullableLong(rs, "prediction_error"), rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"),
                        rs.getString("decided_by"), rs.getInt("moved_up"), rs.getInt("passed_over_count"),
                        passedOver.getOrDefault(rs.getInt("seq"), List.of()),
                        pending.getOrDefault(rs.getLong("account_id"), List.of()).stream()
                                .flatMap(p -> p.kinds().stream().map(k -> new AwardViews.PendingFlagView(p.round(), k,
                                        PrizeFlagRule.label(k))))
                                .toList(),
                        rs.getString("method") == null ? null : new AwardViews.IdentityVerifiedView(rs.getString("method"),
                                rs.getString("note"), rs.getString("verified_by_name"), Sql.instant(rs, "verified_at"))),
                scope.key());
        List<AwardViews.UnfilledView> unfilled = sql.list("""
                SELECT tier_position, tier_name, unfilled FROM award_unfilled WHERE scope_key = ? ORDER BY tier_position""",
                rs -> new AwardViews.UnfilledView(rs.getInt("tier_position"), rs.getString("tier_name"),
                        rs.getInt("unfilled")), scope.key());
        List<AwardViews.UnitView> units = sql.list("""
                SELECT unit_name, participants, headcount, participation_rate, points, collective_index, tier_name, amount_vnd,
                       not_ranked_reason
                FROM award_unit_standing WHERE scope_key = ? ORDER BY seq""",
                rs -> new AwardViews.UnitView(rs.getString("unit_name"), rs.getInt("participants"),
                        Sql.nullableInt(rs, "headcount"), rs.getBigDecimal("participation_rate"), rs.getInt("points"),
                        rs.getBigDecimal("collective_index"), rs.getString("tier_name"), Sql.nullableLong(rs, "amount_vnd"),
                        rs.getString("not_ranked_reason")), scope.key());
        return new AwardViews.DecisionView(scope.isRound() ? "ROUND" : "CONTEST", scope.contestId(), scope.roundId(),
                scope.label(), d.status(), d.version(), d.rankingHash(), current, !d.rankingHash().equals(current),
                d.draftedAt(), d.draftedBy(), d.signedAt(), d.signedBy(), d.signedHash(), d.publishedAt(), winners,
                unfilled, units);
    }

    /** The reason an entry was passed over, in Vietnamese and English. */
    static String[] explain(PrizeAllocation.Reason reason, @Nullable String heldTier, String heldScope) {
        return switch (reason) {
            case DISQUALIFIED -> new String[]{"Bị loại khỏi kết quả do vi phạm quy chế.", "Disqualified."};
            case EXCLUDED -> new String[]{"Thuộc diện không xét giải (thành phần tổ chức cuộc thi).",
                    "Excluded from prizes (organizing staff)."};
            case GROUP_NOT_ELIGIBLE -> new String[]{"Không thuộc đối tượng được xét giải này.",
                    "Not in a participant group eligible for this prize."};
            case BELOW_MIN_SCORE -> new String[]{"Chưa đạt điểm tối thiểu để xét giải.", "Below the minimum score."};
            case NOT_ALL_CORRECT -> new String[]{"Không trả lời đúng tất cả câu hỏi.", "Not every answer correct."};
            case KEEPS_OTHER_PRIZE -> new String[]{"Nhận " + heldTier + " (" + heldScope + "); mỗi người chỉ nhận một giải.",
                    "Keeps " + heldTier + " (" + heldScope + "); one prize per person."};
            case KEEPS_SIGNED_PRIZE -> new String[]{"Đã được ký duyệt " + heldTier + " (" + heldScope
                    + "); mỗi người chỉ nhận một giải.", "Already signed off for " + heldTier + " (" + heldScope
                    + "); one prize per person."};
        };
    }

    /** Scope keys of a contest and how people call them. */
    Map<String, String> labels(long contestId) {
        Map<String, String> labels = new HashMap<>();
        scopes.rounds(contestId).forEach(r -> labels.put(AwardScope.roundKey(r.id()), r.name()));
        labels.put(AwardScope.contestKey(contestId), "Toàn cuộc thi");
        return labels;
    }

    // Public

    AwardViews.PublicWinners publicWinners(long contestId) {
        String contestName = sql.one("SELECT name FROM contest WHERE id = ? AND status = 'PUBLISHED'",
                rs -> rs.getString("name"), contestId).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        Map<String, String> labels = labels(contestId);
        List<AwardViews.PublicSection> sections = new ArrayList<>();
        record Published(String key, @Nullable Long roundId, Instant at, String hash) {
        }
        List<Published> published = sql.list("""
                SELECT d.scope_key, d.round_id, d.published_at, d.signed_hash FROM award_decision d
                LEFT JOIN contest_round r ON r.id = d.round_id
                WHERE d.contest_id = ? AND d.status = ?
                ORDER BY d.round_id IS NULL, r.seq""",
                rs -> new Published(rs.getString("scope_key"), Sql.nullableLong(rs, "round_id"),
                        Sql.instant(rs, "published_at"), rs.getString("signed_hash")), contestId, SHOWN);
        for (Published p : published) {
            List<AwardViews.PublicWinner> winners = sql.list("""
                    SELECT w.tier_name, w.amount_vnd, w.rank_no, pa.display_name, pa.unit, pa.commune, w.score
                    FROM award_winner w JOIN participant pa ON pa.account_id = w.account_id
                    WHERE w.scope_key = ? ORDER BY w.seq""",
                    rs -> new AwardViews.PublicWinner(rs.getString("tier_name"), rs.getLong("amount_vnd"),
                            rs.getInt("rank_no"), rs.getString("display_name"), rs.getString("unit"),
                            rs.getString("commune"), rs.getInt("score")), p.key());
            List<AwardViews.PublicUnit> units = sql.list("""
                    SELECT tier_name, amount_vnd, unit_name, participants, participation_rate, points
                    FROM award_unit_standing WHERE scope_key = ? AND tier_position IS NOT NULL ORDER BY seq""",
                    rs -> new AwardViews.PublicUnit(rs.getString("tier_name"), rs.getLong("amount_vnd"),
                            rs.getString("unit_name"), rs.getInt("participants"), rs.getBigDecimal("participation_rate"),
                            rs.getInt("points")), p.key());
            sections.add(new AwardViews.PublicSection(p.roundId() == null ? "CONTEST" : "ROUND", p.roundId(),
                    labels.getOrDefault(p.key(), ""), p.at(), p.hash(), winners, units));
        }
        return new AwardViews.PublicWinners(contestId, contestName, sections);
    }

    // A contestant's own results

    AwardViews.MyResults myResults(long accountId) {
        record Round(long contestId, String contestName, long roundId, String roundName, String status, Instant closesAt) {
        }
        List<Round> rounds = sql.list("""
                SELECT DISTINCT c.id AS contest_id, c.name AS contest_name, r.id AS round_id, r.name AS round_name,
                       r.status, r.closes_at, r.seq
                FROM attempt a JOIN contest_round r ON r.id = a.round_id JOIN contest c ON c.id = r.contest_id
                WHERE a.account_id = ? AND a.status IN ('SUBMITTED', 'EXPIRED') AND c.status = 'PUBLISHED'
                ORDER BY c.id, r.seq""",
                rs -> new Round(rs.getLong("contest_id"), rs.getString("contest_name"), rs.getLong("round_id"),
                        rs.getString("round_name"), rs.getString("status"), Sql.instant(rs, "closes_at")), accountId);
        Map<String, AwardViews.MyPrize> prizes = new HashMap<>();
        sql.list("""
                SELECT w.scope_key, w.tier_name, w.amount_vnd FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                WHERE w.account_id = ? AND d.status = ?""",
                rs -> prizes.put(rs.getString("scope_key"), new AwardViews.MyPrize(rs.getString("tier_name"),
                        rs.getLong("amount_vnd"))), accountId, SHOWN);
        Instant now = clock.instant();
        List<AwardViews.MyRound> results = new ArrayList<>();
        for (Round r : rounds) {
            boolean closed = "CLOSED".equals(r.status());
            String phase = closed || !now.isBefore(r.closesAt()) ? "ENDED" : "OPEN";
            AwardViews.MyPrize prize = prizes.get(AwardScope.roundKey(r.roundId()));
            Optional<AwardViews.MyRound> ranked = !closed ? Optional.empty() : sql.one("""
                    SELECT e.rank_no, e.score, e.correct_count, e.question_count, e.duration_ms, e.submitted_at, s.entry_count
                    FROM ranked_entry e JOIN ranking_snapshot s ON s.round_id = e.round_id
                    WHERE e.round_id = ? AND e.account_id = ?""",
                    rs -> new AwardViews.MyRound(r.contestId(), r.contestName(), r.roundId(), r.roundName(), phase,
                            rs.getInt("score"), rs.getInt("correct_count"), rs.getInt("question_count"),
                            rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"), rs.getInt("rank_no"),
                            rs.getInt("entry_count"), prize), r.roundId(), accountId);
            results.add(ranked.orElseGet(() -> {
                Entry e = closed ? null : entries.entryOf(r.roundId(), accountId).orElse(null);
                return new AwardViews.MyRound(r.contestId(), r.contestName(), r.roundId(), r.roundName(), phase,
                        e == null ? null : e.score(), e == null ? null : e.correctCount(),
                        e == null ? null : e.questionCount(), e == null ? null : e.durationMs(),
                        e == null ? null : e.submittedAt(), null, null, prize);
            }));
        }
        List<AwardViews.MyContestPrize> contestPrizes = sql.list("""
                SELECT c.id AS contest_id, c.name AS contest_name, w.tier_name, w.amount_vnd FROM award_winner w
                JOIN award_decision d ON d.scope_key = w.scope_key JOIN contest c ON c.id = d.contest_id
                WHERE w.account_id = ? AND d.status = ? AND d.round_id IS NULL ORDER BY c.id""",
                rs -> new AwardViews.MyContestPrize(rs.getLong("contest_id"), rs.getString("contest_name"),
                        rs.getString("tier_name"), rs.getLong("amount_vnd")),
                accountId, SHOWN);
        return new AwardViews.MyResults(results, contestPrizes);
    }
}
