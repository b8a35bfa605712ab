package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.export.ExportFormat;
import vn.dongnai.contest.export.TableDownloads;
import vn.dongnai.contest.export.TableWriter;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Winners and full-ranking exports for the committee and the ceremony, as .xlsx or CSV. Citizen
 * ID and phone are masked unless the caller may and did ask otherwise (with a reason); every
 * export is audited before its first byte. Rows are streamed from MySQL into the file, and the
 * file into the response, so a 200,000-entry ranking never sits in memory.
 */
@Singleton
class AwardExports {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss.SSS").withZone(VIETNAM);

    static final List<String> RANKING_COLUMNS = List.of("Hạng", "Giải", "Họ và tên", "Số định danh cá nhân",
            "Số điện thoại", "Đơn vị", "Xã/phường", "Điểm", "Số câu đúng", "Dự đoán", "Sai số dự đoán",
            "Thời gian làm bài (giây)", "Thời điểm nộp bài");
    static final List<String> WINNER_COLUMNS = List.of("Phạm vi", "Giải", "Giá trị giải (đồng)", "Hạng", "Họ và tên",
            "Số định danh cá nhân", "Số điện thoại", "Đơn vị", "Xã/phường", "Điểm", "Số câu đúng", "Dự đoán",
            "Sai số dự đoán", "Thời gian làm bài (giây)", "Thời điểm nộp bài");
    static final List<String> COLLECTIVE_COLUMNS = List.of("Giải", "Giá trị giải (đồng)", "Đơn vị", "Số người dự thi",
            "Số người của đơn vị", "Tỷ lệ tham gia (%)", "Điểm từ giải cá nhân", "Chỉ số xét giải", "Lý do không xếp hạng");

    /** Who asks, and whether personal data comes out in clear (then with the stated reason). */
    record Request(ExportFormat format, boolean unmasked, @Nullable String reason, long actorId, String actorName) {
    }

    private final Sql sql;
    private final AwardScopes scopes;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;
    private final TableDownloads downloads;

    AwardExports(ReadReplica reads, AwardScopes scopes, PersonalData personalData, AuditLog audit, Clock clock,
                 TableDownloads downloads) {
        this.sql = reads.sql();
        this.scopes = scopes;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
        this.downloads = downloads;
    }

    // The full ranking of a closed round

    TableDownloads.Download ranking(long roundId, Request request) {
        AwardScope scope = scopes.round(roundId);
        AwardScopes.RoundInfo round = scopes.roundInfo(roundId).filter(AwardScopes.RoundInfo::frozen)
                .orElseThrow(AwardErrors::notFrozen);
        Map<Long, String> prizes = decidedPrizes(scope.key());
        List<String[]> about = about(scope, "Bảng xếp hạng chính thức — " + round.name(), round.rankingHash(), request);
        audited("RANKING_EXPORTED", scope, round.rankingHash(), request);
        return downloads.start("xep-hang-dot-" + round.seq(), request.format(), "Xếp hạng",
                table -> writeRanking(roundId, prizes, request.unmasked(), table), about);
    }

    /** The ranking rows, streamed; also what the benchmark measures. */
    long writeRanking(long roundId, Map<Long, String> prizes, boolean unmasked, TableWriter table) throws IOException {
        table.header(RANKING_COLUMNS);
        return sql.stream("""
                SELECT r.rank_no, r.account_id, a.full_name, p.citizen_id_cipher, p.phone_cipher, p.unit, p.commune, r.score,
                       r.correct_count, r.prediction, r.prediction_error, r.duration_ms, r.submitted_at
                FROM ranked_entry r JOIN participant p ON p.account_id = r.account_id JOIN account a ON a.id = r.account_id
                WHERE r.round_id = ? ORDER BY r.rank_no""",
                rs -> table.row(rs.getInt("rank_no"), prizes.get(rs.getLong("account_id")), rs.getString("full_name"),
                        citizenId(rs.getBytes("citizen_id_cipher"), unmasked), phone(rs.getBytes("phone_cipher"), unmasked),
                        rs.getString("unit"), rs.getString("commune"), rs.getInt("score"), rs.getInt("correct_count"),
                        Sql.nullableLong(rs, "prediction"), Sql.nullableLong(rs, "prediction_error"),
                        seconds(rs.getLong("duration_ms")), TIME.format(Sql.instant(rs, "submitted_at"))),
                roundId);
    }

    /** Prizes of a signed or published decision; a draft's are not shown as prizes. */
    Map<Long, String> decidedPrizes(String scopeKey) {
        Map<Long, String> prizes = new HashMap<>();
        sql.list("""
                SELECT w.account_id, w.tier_name FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                WHERE w.scope_key = ? AND d.status IN %s""".formatted(AwardScopes.LOCKED_STATUSES),
                rs -> prizes.put(rs.getLong("account_id"), rs.getString("tier_name")), scopeKey);
        return prizes;
    }

    // Winners

    TableDownloads.Download winners(AwardScope scope, Request request) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<AwardScopes.RoundInfo> rounds = scopes.rounds(scope.contestId());
        rounds.forEach(r -> labels.put(AwardScope.roundKey(r.id()), r.name()));
        labels.put(AwardScope.contestKey(scope.contestId()), "Toàn cuộc thi");
        List<String> keys = new ArrayList<>();
        String hash;
        if (scope.isRound()) {
            AwardScopes.DecisionRow decision = scopes.decision(scope.key(), false).filter(AwardScopes.DecisionRow::locked)
                    .orElseThrow(AwardExports::notSigned);
            keys.add(scope.key());
            hash = decision.rankingHash();
        } else {
            for (String key : labels.keySet()) {
                scopes.decision(key, false).filter(AwardScopes.DecisionRow::locked).ifPresent(d -> keys.add(key));
            }
            if (keys.isEmpty()) {
                throw notSigned();
            }
            hash = scopes.rankingHash(scope).orElse("");
        }
        String title = scope.isRound() ? "Danh sách đạt giải — " + scope.label() : "Danh sách đạt giải — toàn cuộc thi";
        List<String[]> about = about(scope, title, hash, request);
        audited("WINNERS_EXPORTED", scope, hash, request);
        String file = scope.isRound() ? "dat-giai-dot-" + rounds.stream().filter(r -> r.id() == scope.roundId())
                .findFirst().map(AwardScopes.RoundInfo::seq).orElse(0) : "dat-giai-cuoc-thi-" + scope.contestId();
        return downloads.start(file, request.format(), "Đạt giải", table -> {
            table.header(WINNER_COLUMNS);
            for (String key : keys) {
                sql.stream("""
                        SELECT w.tier_name, w.amount_vnd, w.rank_no, a.full_name, p.citizen_id_cipher, p.phone_cipher, p.unit,
                               p.commune, w.score, w.correct_count, w.prediction, w.prediction_error, w.duration_ms,
                               w.submitted_at
                        FROM award_winner w JOIN participant p ON p.account_id = w.account_id JOIN account a ON a.id = w.account_id
                        WHERE w.scope_key = ? ORDER BY w.seq""",
                        rs -> table.row(labels.get(key), rs.getString("tier_name"), rs.getLong("amount_vnd"),
                                rs.getInt("rank_no"), rs.getString("full_name"),
                                citizenId(rs.getBytes("citizen_id_cipher"), request.unmasked()),
                                phone(rs.getBytes("phone_cipher"), request.unmasked()), rs.getString("unit"),
                                rs.getString("commune"), rs.getInt("score"), rs.getInt("correct_count"),
                                Sql.nullableLong(rs, "prediction"), Sql.nullableLong(rs, "prediction_error"),
                                seconds(rs.getLong("duration_ms")), TIME.format(Sql.instant(rs, "submitted_at"))), key);
            }
        }, about);
    }

    /** Collective standings of a signed contest decision: units only, nothing personal. */
    TableDownloads.Download collective(AwardScope contest, Request request) {
        AwardScopes.DecisionRow decision = scopes.decision(contest.key(), false).filter(AwardScopes.DecisionRow::locked)
                .orElseThrow(AwardExports::notSigned);
        List<String[]> about = about(contest, "Giải tập thể — toàn cuộc thi", decision.rankingHash(), request);
        about.add(new String[]{"Công thức", PrizeRules.FORMULA});
        audited("COLLECTIVE_EXPORTED", contest, decision.rankingHash(), request);
        return downloads.start("giai-tap-the-cuoc-thi-" + contest.contestId(), request.format(), "Giải tập thể", table -> {
            table.header(COLLECTIVE_COLUMNS);
            sql.stream("""
                    SELECT tier_name, amount_vnd, unit_name, participants, headcount, participation_rate, points,
                           collective_index, not_ranked_reason
                    FROM award_unit_standing WHERE scope_key = ? ORDER BY seq""",
                    rs -> table.row(rs.getString("tier_name"), Sql.nullableLong(rs, "amount_vnd"),
                            rs.getString("unit_name"), rs.getInt("participants"), Sql.nullableInt(rs, "headcount"),
                            rs.getBigDecimal("participation_rate"), rs.getInt("points"),
                            rs.getBigDecimal("collective_index"), notRanked(rs.getString("not_ranked_reason"))),
                    contest.key());
        }, about);
    }

    // Plumbing

    private static ApiException notSigned() {
        return new ApiException(HttpStatus.CONFLICT, "NOT_SIGNED",
                "Chưa có kết quả được ký duyệt để xuất danh sách đạt giải.",
                "There is no signed-off decision to export winners from.");
    }

    private static String notRanked(@Nullable String reason) {
        if (reason == null) {
            return null;
        }
        return switch (CollectivePrizes.NotRanked.valueOf(reason)) {
            case NO_HEADCOUNT -> "Danh mục đơn vị chưa có số người";
            case TOO_FEW_PARTICIPANTS -> "Chưa đủ số người dự thi tối thiểu";
            case ZERO_INDEX -> "Chỉ số xét giải bằng 0";
        };
    }

    private String citizenId(byte[] cipher, boolean unmasked) {
        String clear = personalData.decrypt(cipher);
        return unmasked ? clear : Masking.citizenId(clear);
    }

    private String phone(byte[] cipher, boolean unmasked) {
        String clear = personalData.decrypt(cipher);
        return unmasked ? clear : Masking.phone(clear);
    }

    static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }

    private List<String[]> about(AwardScope scope, String title, @Nullable String hash, Request request) {
        String contestName = sql.one("SELECT name FROM contest WHERE id = ?", rs -> rs.getString("name"),
                scope.contestId()).orElse("");
        String status = scopes.decision(scope.key(), false).map(AwardScopes.DecisionRow::status).orElse("—");
        String signer = sql.one("SELECT signed_by_name FROM award_decision WHERE scope_key = ?",
                rs -> rs.getString("signed_by_name"), scope.key()).orElse(null);
        List<String[]> about = new ArrayList<>();
        about.add(new String[]{"Nội dung", title});
        about.add(new String[]{"Cuộc thi", contestName});
        about.add(new String[]{"Mã băm bảng xếp hạng (SHA-256)", hash == null ? "" : hash});
        about.add(new String[]{"Trạng thái kết quả xét giải", Labels.of("awardStatus", status)});
        about.add(new String[]{"Người ký duyệt", signer == null ? "" : signer});
        about.add(new String[]{"Thời điểm xuất (giờ Việt Nam)", TIME.format(clock.instant())});
        about.add(new String[]{"Người xuất", request.actorName()});
        about.add(new String[]{"Dữ liệu cá nhân", request.unmasked()
                ? "KHÔNG che số định danh và số điện thoại — lý do: " + request.reason()
                : "Số định danh và số điện thoại đã được che"});
        return about;
    }

    /** The audit entry is committed before the first byte leaves, so no export goes unrecorded. */
    private void audited(String action, AwardScope scope, @Nullable String hash, Request request) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("scope", scope.key());
        after.put("format", request.format().extension());
        after.put("unmasked", request.unmasked());
        after.put("rankingHash", hash == null ? "" : hash);
        if (request.unmasked()) {
            after.put("reason", request.reason());
        }
        audit.record(request.actorId(), request.actorName(), action, scope.entity(), scope.entityId(), null, after);
    }
}
