package vn.dongnai.contest.helpdesk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.account.ContestantRecords;
import vn.dongnai.contest.account.Emails;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.export.TableDownloads;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participant list (danh sách thí sinh) as .xlsx or CSV, streamed row by row with the award
 * exports' writers. Citizen ID, phone and e-mail are masked unless the caller may unmask and gave a
 * reason; the export is audited before its first byte. Erased accounts are left out.
 */
@Singleton
class ParticipantExport {

    static final List<String> COLUMNS = List.of("Mã thí sinh", "Họ và tên", "Ngày sinh", "Số định danh cá nhân",
            "Số điện thoại", "Email", "Đối tượng", "Đơn vị", "Xã/phường", "Trạng thái tài khoản", "Ngày đăng ký");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Sql sql;
    private final PersonalData personalData;
    private final TableDownloads downloads;
    private final AuditLog audit;
    private final Clock clock;

    ParticipantExport(Sql sql, PersonalData personalData, TableDownloads downloads, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.personalData = personalData;
        this.downloads = downloads;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Written outside any transaction (autocommit), so the entry is stored before the file's first
     * byte leaves: no export goes unrecorded.
     */
    private void audited(Actor actor, String format, boolean unmasked, @Nullable String reason, @Nullable Long contestId) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("format", format);
        after.put("unmasked", unmasked);
        after.put("contestId", contestId);
        if (unmasked) {
            after.put("reason", reason);
        }
        audit.record(actor, "PARTICIPANTS_EXPORTED", "participant", contestId, null, after);
    }

    TableDownloads.Download export(Actor actor, @Nullable String format, boolean unmasked, @Nullable String reason,
                                   @Nullable Long contestId) {
        TableDownloads.checkFormat(format);
        String contestName = null;
        if (contestId != null) {
            contestName = sql.one("SELECT name FROM contest WHERE id = ?", rs -> rs.getString("name"), contestId)
                    .orElseThrow(() -> ApiException.notFound("cuộc thi"));
        }
        audited(actor, format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(), unmasked, reason, contestId);
        List<String[]> about = new ArrayList<>();
        about.add(new String[]{"Nội dung", "Danh sách thí sinh đã đăng ký"});
        about.add(new String[]{"Phạm vi", contestName == null ? "Toàn hệ thống" : "Thí sinh đã dự thi: " + contestName});
        about.add(new String[]{"Thời điểm xuất (giờ Việt Nam)", TIME.format(clock.instant())});
        about.add(new String[]{"Người xuất", actor.name()});
        about.add(new String[]{"Dữ liệu cá nhân", unmasked
                ? "KHÔNG che số định danh, số điện thoại và email — lý do: " + reason
                : "Số định danh, số điện thoại và email đã được che"});
        String query = """
                SELECT a.id, a.full_name, p.birth_date, p.citizen_id_cipher, p.phone_cipher, p.email, p.participant_group,
                       p.unit, p.commune, a.enabled, a.created_at
                FROM participant p JOIN account a ON a.id = p.account_id
                WHERE a.username IS NULL AND a.erased_at IS NULL""" + (contestId == null ? "" : """
                \sAND EXISTS (SELECT 1 FROM attempt t JOIN contest_round r ON r.id = t.round_id
                             WHERE t.account_id = a.id AND r.contest_id = ?)""") + " ORDER BY a.id";
        Object[] values = contestId == null ? new Object[0] : new Object[]{contestId};
        String file = contestId == null ? "danh-sach-thi-sinh" : "danh-sach-thi-sinh-cuoc-thi-" + contestId;
        return downloads.start(file, format, "Thí sinh", table -> {
            table.header(COLUMNS);
            sql.stream(query, rs -> {
                String cid = personalData.decrypt(rs.getBytes("citizen_id_cipher"));
                String phone = personalData.decrypt(rs.getBytes("phone_cipher"));
                String email = rs.getString("email");
                table.row(rs.getLong("id"), rs.getString("full_name"), DATE.format(Sql.date(rs, "birth_date")),
                        unmasked ? cid : Masking.citizenId(cid), unmasked ? phone : Masking.phone(phone),
                        email == null ? null : unmasked ? email : Emails.masked(email),
                        ContestantRecords.groupLabel(rs.getString("participant_group")), rs.getString("unit"),
                        rs.getString("commune"), rs.getBoolean("enabled") ? "Đang hoạt động" : "Đã khóa",
                        TIME.format(Sql.instant(rs, "created_at")));
            }, values);
        }, about);
    }
}
