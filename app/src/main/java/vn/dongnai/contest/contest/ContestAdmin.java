package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.account.ParticipantGroup;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.staff.ContestGrants;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Contests (cuộc thi) in the organizer console: settings, eligibility, prizes, branding, publishing. */
@Singleton
class ContestAdmin {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern LOGO_URL = Pattern.compile("(https://|/)[^\\s\"'<>]{1,490}");
    private static final String COLUMNS = Contests.COLUMNS + ", b.name AS bank_name";
    private static final Pattern HOTLINE = Pattern.compile("[0-9+ ().\\-]{3,50}");

    private final Sql sql;
    private final Contests contests;
    private final RoundAdmin rounds;
    private final AuditLog audit;
    private final Clock clock;
    private final ContestGrants grants;

    ContestAdmin(Sql sql, Contests contests, RoundAdmin rounds, AuditLog audit, Clock clock, ContestGrants grants) {
        this.grants = grants;
        this.sql = sql;
        this.contests = contests;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contests the caller is granted (staff/ContestGrants); an ADMIN sees them all. */
    List<AdminViews.ContestSummary> list(ContestGrants.Visible visible) {
        if (!visible.all() && visible.contestIds().isEmpty()) {
            return List.of();
        }
        return sql.list("""
                SELECT c.id, c.slug, c.name, c.status, c.bank_id,
                       (SELECT COUNT(*) FROM contest_round r WHERE r.contest_id = c.id) AS rounds, c.updated_at,
                       c.organizing_unit
                FROM contest c ORDER BY c.id DESC""",
                rs -> new AdminViews.ContestSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("status"), rs.getLong("bank_id"), rs.getInt("rounds"), Sql.instant(rs, "updated_at"),
                        rs.getString("organizing_unit")))
                .stream().filter(c -> visible.contains(c.id())).toList();
    }

    AdminViews.ContestView view(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM contest c JOIN bank b ON b.id = c.bank_id WHERE c.id = ?",
                        rs -> read(rs, rounds.ofContest(id)), id)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
    }

    /** The creator is granted the new contest (staff/ContestGrants#grantToCreator), in the same transaction. */
    @Transactional
    AdminViews.ContestView create(Authentication creator, AdminViews.ContestBody body) {
        Actor actor = Actor.of(creator);
        Checked c = check(body);
        Instant now = clock.instant();
        long id = uniqueSlug(() -> contests.add(new Contest(null, c.slug, c.name, c.description, c.organizer, c.rulesMd,
                c.bankId, Contest.DRAFT, now, now, Boolean.TRUE.equals(c.avoidRepeats), c.minAge, c.localOnly, c.groups,
                c.prizeMd, c.color, c.logoUrl, c.overallBoard, blankToNull(orEmpty(c.hotline)),
                blankToNull(orEmpty(c.hours)), null)).id());
        grants.grantToCreator(creator, id);
        AdminViews.ContestView created = view(id);
        audit.record(actor, "CONTEST_CREATED", "contest", id, null, created);
        return created;
    }

    /** A contest whose rounds have started keeps its bank: the draw of those rounds depends on it. */
    @Transactional
    AdminViews.ContestView update(Actor actor, long id, AdminViews.ContestBody body) {
        AdminViews.ContestView before = lockedView(id);
        Checked c = check(body);
        if (c.bankId != before.bankId()) {
            FairnessLock.bankChange(before.rounds().stream().anyMatch(AdminViews.RoundView::locked),
                            before.rounds().stream().flatMap(r -> r.drawRules().stream()).anyMatch(r -> r.topicId() != null))
                    .ifPresent(refusal -> {
                        throw bankLocked(refusal.message(), refusal.messageEn());
                    });
        }
        uniqueSlug(() -> (long) sql.update("""
                        UPDATE contest SET slug = ?, name = ?, description = ?, organizer = ?, rules_md = ?, bank_id = ?,
                               updated_at = ?, eligibility_min_age = ?, eligibility_local_only = ?, eligibility_groups = ?,
                               prize_md = ?, brand_color = ?, brand_logo_url = ?, overall_board = ?
                        WHERE id = ?""",
                c.slug, c.name, c.description, c.organizer, c.rulesMd, c.bankId, clock.instant(), c.minAge,
                c.localOnly, Contests.groups(c.groups), c.prizeMd, c.color, c.logoUrl, c.overallBoard, id));
        // the console built before these fields existed sends none: they then stay as they are
        if (c.hotline != null) {
            sql.update("UPDATE contest SET support_hotline = ? WHERE id = ?", blankToNull(c.hotline), id);
        }
        if (c.hours != null) {
            sql.update("UPDATE contest SET support_hours = ? WHERE id = ?", blankToNull(c.hours), id);
        }
        if (c.avoidRepeats != null) {
            sql.update("UPDATE contest SET avoid_repeats_across_rounds = ? WHERE id = ?", c.avoidRepeats, id);
        }
        AdminViews.ContestView after = view(id);
        audit.record(actor, "CONTEST_UPDATED", "contest", id, withoutRounds(before), withoutRounds(after));
        return after;
    }

    /** A contest goes public with its rules (thể lệ) written; its rounds still need publishing each. */
    @Transactional
    AdminViews.ContestView publish(Actor actor, long id) {
        AdminViews.ContestView before = lockedView(id);
        if (before.rulesMd() == null || before.rulesMd().isBlank()) {
            throw publishChecksFailed(List.of(new ApiError.FieldError("rulesMd", "RULES_REQUIRED",
                    "Cần có thể lệ cuộc thi trước khi công bố.", "The contest needs its rules before it is published.")));
        }
        return setStatus(actor, before, Contest.PUBLISHED, "CONTEST_PUBLISHED");
    }

    /** Taking a contest down mid-round would strand everyone in it, so a live round prevents it. */
    @Transactional
    AdminViews.ContestView unpublish(Actor actor, long id) {
        AdminViews.ContestView before = lockedView(id);
        boolean live = before.rounds().stream().anyMatch(r -> FairnessLock.underWay(r.status(), r.locked()));
        if (live) {
            throw new ApiException(HttpStatus.CONFLICT, "CONTEST_LIVE",
                    "Cuộc thi đang có đợt thi diễn ra, không thể gỡ xuống.",
                    "A round of this contest is under way; the contest cannot be unpublished.");
        }
        return setStatus(actor, before, Contest.DRAFT, "CONTEST_UNPUBLISHED");
    }

    private AdminViews.ContestView setStatus(Actor actor, AdminViews.ContestView before, String status, String action) {
        sql.update("UPDATE contest SET status = ?, updated_at = ? WHERE id = ?", status, clock.instant(), before.id());
        AdminViews.ContestView after = view(before.id());
        audit.record(actor, action, "contest", before.id(), Map.of("status", before.status()), Map.of("status", status));
        return after;
    }

    private static ApiException bankLocked(String vi, String en) {
        return new ApiException(HttpStatus.CONFLICT, "CONTEST_LOCKED", vi, en,
                List.of(new ApiError.FieldError("bankId", "LOCKED", "Không thể đổi ngân hàng câu hỏi.", "The bank is locked.")),
                Map.of());
    }

    static ApiException publishChecksFailed(List<ApiError.FieldError> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "PUBLISH_CHECKS_FAILED",
                "Chưa thể công bố: hãy sửa các mục được nêu.", "Cannot publish yet: fix the fields listed.",
                problems, Map.of());
    }

    private AdminViews.ContestView lockedView(long id) {
        lock(id).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        return view(id);
    }

    /** Locks the contest's row for the transaction: its changes, its rounds' creation and publishing go one at a time. */
    java.util.Optional<Long> lock(long id) {
        return sql.one("SELECT id FROM contest WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), id);
    }

    private static AdminViews.ContestView withoutRounds(AdminViews.ContestView v) {
        return new AdminViews.ContestView(v.id(), v.slug(), v.name(), v.description(), v.organizer(), v.rulesMd(),
                v.bankId(), v.bankName(), v.status(), v.eligibility(), v.prizeMd(), v.branding(), v.overallBoard(),
                v.createdAt(), v.updatedAt(), List.of(), v.supportHotline(), v.supportHours(), v.avoidRepeatsAcrossRounds(), v.organizingUnit());
    }

    private record Checked(String slug, String name, String description, String organizer, String rulesMd,
                           long bankId, Integer minAge, boolean localOnly, List<String> groups, String prizeMd,
                           String color, String logoUrl, boolean overallBoard, @Nullable String hotline,
                           @Nullable String hours, @Nullable Boolean avoidRepeats) {
    }

    private Checked check(AdminViews.ContestBody body) {
        FieldErrors errors = new FieldErrors();
        String slug = FreeText.normalize(body.slug()).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            errors.add("slug", "INVALID", "Đường dẫn rút gọn gồm 3–80 ký tự: chữ thường không dấu, số, gạch ngang.",
                    "Slug: 3–80 characters of a–z, 0–9 and '-'.");
        }
        String name = FreeText.normalize(body.name());
        required(errors, "name", name, 300, "tên cuộc thi", "name");
        String organizer = FreeText.normalize(body.organizer());
        required(errors, "organizer", organizer, 300, "đơn vị tổ chức", "organizing unit");
        String description = FreeText.normalizeLines(body.description());
        tooLong(errors, "description", description, 5_000);
        FreeText.checkMultiline(errors, "description", description);
        String rulesMd = FreeText.normalizeLines(body.rulesMd());
        tooLong(errors, "rulesMd", rulesMd, 100_000);
        FreeText.checkMultiline(errors, "rulesMd", rulesMd);
        String prizeMd = FreeText.normalizeLines(body.prizeMd());
        tooLong(errors, "prizeMd", prizeMd, 20_000);
        FreeText.checkMultiline(errors, "prizeMd", prizeMd);
        long bankId = body.bankId() == null ? -1 : body.bankId();
        if (body.bankId() == null) {
            errors.add("bankId", "REQUIRED", "Vui lòng chọn ngân hàng câu hỏi.", "bankId is required.");
        } else if (sql.one("SELECT id FROM bank WHERE id = ?", rs -> rs.getLong("id"), bankId).isEmpty()) {
            errors.add("bankId", "UNKNOWN", "Không có ngân hàng câu hỏi này.", "No such bank.");
        }
        AdminViews.Eligibility eligibility = body.eligibility() == null
                ? new AdminViews.Eligibility(null, false, null) : body.eligibility();
        Integer minAge = eligibility.minAge();
        if (minAge != null && (minAge < 6 || minAge > 100)) {
            errors.add("eligibility.minAge", "OUT_OF_RANGE", "Độ tuổi tối thiểu phải từ 6 đến 100.",
                    "Minimum age must be 6..100.");
        }
        Set<String> groups = new LinkedHashSet<>();
        if (eligibility.groups() != null) {
            for (String group : eligibility.groups()) {
                String upper = FreeText.normalize(group).toUpperCase(Locale.ROOT);
                if (Arrays.stream(ParticipantGroup.values()).noneMatch(g -> g.name().equals(upper))) {
                    errors.add("eligibility.groups", "UNKNOWN_GROUP",
                            "Đối tượng dự thi phải là OFFICIAL, UNION_MEMBER, STUDENT hoặc RESIDENT.",
                            "Groups must be OFFICIAL, UNION_MEMBER, STUDENT or RESIDENT.");
                    break;
                }
                groups.add(upper);
            }
        }
        AdminViews.Branding branding = body.branding() == null ? new AdminViews.Branding(null, null) : body.branding();
        String color = FreeText.normalize(branding.color());
        if (!color.isEmpty() && !COLOR.matcher(color).matches()) {
            errors.add("branding.color", "INVALID", "Màu phải có dạng #RRGGBB.", "Color must be #RRGGBB.");
        }
        String logoUrl = FreeText.normalize(branding.logoUrl());
        if (!logoUrl.isEmpty() && !LOGO_URL.matcher(logoUrl).matches()) {
            errors.add("branding.logoUrl", "INVALID", "Địa chỉ logo phải bắt đầu bằng https:// hoặc /.",
                    "The logo URL must start with https:// or /.");
        }
        String hotline = body.supportHotline() == null ? null : FreeText.normalize(body.supportHotline());
        if (hotline != null && !hotline.isEmpty() && (!HOTLINE.matcher(hotline).matches()
                || hotline.chars().filter(Character::isDigit).count() < 3)) {
            errors.add("supportHotline", "INVALID", "Số đường dây nóng chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc, dấu + (tối đa 50 ký tự).",
                    "The hotline: digits, spaces, '.', '-', '(', ')', '+' (at most 50 characters).");
        }
        String hours = body.supportHours() == null ? null : FreeText.normalize(body.supportHours());
        if (hours != null) {
            tooLong(errors, "supportHours", hours, 200);
            FreeText.check(errors, "supportHours", hours);
        }
        errors.throwIfAny();
        return new Checked(slug, name, blankToNull(description), organizer, blankToNull(rulesMd), bankId, minAge,
                Boolean.TRUE.equals(eligibility.localOnly()), List.copyOf(groups),
                blankToNull(prizeMd), color.isEmpty() ? null : color.toUpperCase(Locale.ROOT),
                blankToNull(logoUrl), Boolean.TRUE.equals(body.overallBoard()), hotline, hours,
                body.avoidRepeatsAcrossRounds());
    }

    private interface Write {
        long run();
    }

    private static long uniqueSlug(Write write) {
        try {
            return write.run();
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ApiException(HttpStatus.CONFLICT, "SLUG_TAKEN", "Đường dẫn rút gọn này đã được dùng.",
                        "This slug is taken.", List.of(new ApiError.FieldError("slug", "TAKEN",
                        "Đường dẫn đã tồn tại.", "Slug exists.")), Map.of());
            }
            throw e;
        }
    }

    private static AdminViews.ContestView read(ResultSet rs, List<AdminViews.RoundView> rounds) throws SQLException {
        Contest c = Contests.read(rs);
        return new AdminViews.ContestView(c.id(), c.slug(), c.name(), c.description(), c.organizer(), c.rulesMd(),
                c.bankId(), rs.getString("bank_name"), c.status(),
                new AdminViews.Eligibility(c.eligibilityMinAge(), c.eligibilityLocalOnly(), c.eligibilityGroups()),
                c.prizeMd(), new AdminViews.Branding(c.brandColor(), c.brandLogoUrl()), c.overallBoard(),
                c.createdAt(), c.updatedAt(), rounds, c.supportHotline(), c.supportHours(), c.avoidRepeatsAcrossRounds(),
                c.organizingUnit());
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** A one-line text the public sees (a name): present, not too long, nothing hidden in it. */
    static void required(FieldErrors errors, String field, String value, int max, String vi, String en) {
        if (value.isEmpty()) {
            errors.add(field, "REQUIRED", "Vui lòng nhập " + vi + ".", en + " is required.");
        } else {
            tooLong(errors, field, value, max);
            FreeText.check(errors, field, value);
        }
    }

    static void tooLong(FieldErrors errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(field, "TOO_LONG", "Nội dung dài quá " + max + " ký tự.", field + " is longer than " + max + " characters.");
        }
    }
}
