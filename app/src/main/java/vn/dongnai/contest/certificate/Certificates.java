package vn.dongnai.contest.certificate;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.Sql;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Which certificates exist and what they say. A prize certificate comes only from a signed or
 * published decision (never a draft: 409), a participation certificate only from a closed round's
 * frozen ranking and only when the contest's template enables it. Each gets its verification code
 * the first time it is produced, and keeps it: the same person downloading twice gets the same
 * code, and a decision unlocked and decided again gives new codes, the old ones answering
 * "no longer valid".
 */
@Singleton
class Certificates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PARTICIPATED = "Đã tham gia";
    static final String WHOLE_CONTEST = "Toàn cuộc thi";

    private final Sql sql;
    private final CertificateTemplates templates;
    private final Clock clock;
    private final String publicUrl;

    Certificates(Sql sql, CertificateTemplates templates, Clock clock, @Value("${contest.public-url}") String publicUrl) {
        this.sql = sql;
        this.templates = templates;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A round ({@code R<id>}) or the whole contest ({@code C<id>}), with the names a certificate prints. */
    record Scope(String key, long contestId, @Nullable Long roundId, String contestName, String label) {
        String entity() {
            return roundId == null ? "contest" : "round";
        }

        long entityId() {
            return roundId == null ? contestId : roundId;
        }
    }

    /** The committee's decision of a scope: status and version, when signed. */
    record Decision(String status, int version, @Nullable Instant signedAt) {
        boolean locked() {
            return "SIGNED".equals(status) || "PUBLISHED".equals(status);
        }
    }

    /** Who or what a certificate is for, before it has a code. */
    record Subject(CertificateKind kind, String holder, @Nullable String unit, String prize, @Nullable Long accountId,
                   @Nullable String unitName, @Nullable String tierName) {
        String key() {
            return accountId != null ? "A" + accountId : "U" + unitName;
        }
    }

    /** A subject with its code, ready to print. */
    record Issued(Subject subject, String code, LocalDate issuedOn) {
    }

    /** A stored certificate, as found by its code. */
    record Stored(String code, CertificateKind kind, Scope scope, @Nullable Long accountId, @Nullable String unitName,
                  @Nullable String tierName, int decisionVersion, @Nullable String fullName, @Nullable String unit) {
    }

    // Scopes and decisions

    Scope round(long roundId) {
        return sql.one("""
                SELECT r.contest_id, c.name AS contest_name, r.name AS round_name
                FROM contest_round r JOIN contest c ON c.id = r.contest_id WHERE r.id = ?""",
                rs -> new Scope("R" + roundId, rs.getLong("contest_id"), roundId, rs.getString("contest_name"),
                        rs.getString("round_name")), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
    }

    Scope contest(long contestId) {
        return sql.one("SELECT name FROM contest WHERE id = ?",
                rs -> new Scope("C" + contestId, contestId, null, rs.getString("name"), WHOLE_CONTEST), contestId)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
    }

    Optional<String> firstRoundName(long contestId) {
        return sql.one("SELECT name FROM contest_round WHERE contest_id = ? ORDER BY seq LIMIT 1",
                rs -> rs.getString("name"), contestId);
    }

    Optional<Decision> decision(String scopeKey) {
        return sql.one("SELECT status, version, signed_at FROM award_decision WHERE scope_key = ?",
                rs -> new Decision(rs.getString("status"), rs.getInt("version"), Sql.instant(rs, "signed_at")), scopeKey);
    }

    /** The signed (or published) decision of the scope; 409 while there is none or it is a draft. */
    Decision signed(Scope scope) {
        return decision(scope.key()).filter(Decision::locked).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                "DECISION_NOT_SIGNED",
                "Chưa có kết quả xét giải được ký duyệt cho " + (scope.roundId() == null ? "cuộc thi" : "đợt thi")
                        + " này; giấy chứng nhận chỉ cấp từ kết quả đã ký duyệt.",
                "There is no signed award decision for this scope; certificates come only from a signed decision."));
    }

    // What a scope issues

    List<Subject> prizeSubjects(Scope scope) {
        return sql.list("""
                SELECT w.account_id, a.full_name, p.unit, w.tier_name
                FROM award_winner w JOIN account a ON a.id = w.account_id LEFT JOIN participant p ON p.account_id = w.account_id
                WHERE w.scope_key = ? ORDER BY w.seq""",
                rs -> new Subject(CertificateKind.PRIZE, rs.getString("full_name"), rs.getString("unit"),
                        rs.getString("tier_name"), rs.getLong("account_id"), null, rs.getString("tier_name")), scope.key());
    }

    List<Subject> collectiveSubjects(Scope scope) {
        return sql.list("""
                SELECT unit_name, tier_name FROM award_unit_standing
                WHERE scope_key = ? AND tier_position IS NOT NULL ORDER BY seq""",
                rs -> new Subject(CertificateKind.COLLECTIVE, rs.getString("unit_name"), null, rs.getString("tier_name"),
                        null, rs.getString("unit_name"), rs.getString("tier_name")), scope.key());
    }

    /** Everyone in the round's frozen ranking, best first; 409 while it is open or the template says no. */
    List<Subject> participationSubjects(Scope round) {
        requireParticipation(round);
        return sql.list("""
                SELECT r.account_id, a.full_name, p.unit
                FROM ranked_entry r JOIN account a ON a.id = r.account_id LEFT JOIN participant p ON p.account_id = r.account_id
                WHERE r.round_id = ? ORDER BY r.rank_no""",
                rs -> new Subject(CertificateKind.PARTICIPATION, rs.getString("full_name"), rs.getString("unit"),
                        PARTICIPATED, rs.getLong("account_id"), null, null), round.roundId());
    }

    int participants(Scope round) {
        return round.roundId() == null ? 0 : sql.one("SELECT COUNT(*) AS entries FROM ranked_entry WHERE round_id = ?",
                rs -> rs.getInt("entries"), round.roundId()).orElse(0);
    }

    private Instant frozenAt(Scope round) {
        return sql.one("SELECT computed_at FROM ranking_snapshot WHERE round_id = ?", rs -> Sql.instant(rs, "computed_at"),
                round.roundId()).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "RANKING_NOT_FROZEN",
                "Đợt thi chưa đóng và chốt bảng xếp hạng; chưa thể cấp giấy chứng nhận tham gia.",
                "The round's ranking is not frozen yet."));
    }

    private void requireParticipation(Scope round) {
        if (round.roundId() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_KIND",
                    "Giấy chứng nhận tham gia được cấp theo từng đợt thi.", "Participation certificates are per round.");
        }
        if (!templates.get(round.contestId()).participationEnabled()) {
            throw new ApiException(HttpStatus.CONFLICT, "PARTICIPATION_DISABLED",
                    "Cuộc thi chưa bật cấp giấy chứng nhận tham gia (trong mẫu giấy chứng nhận).",
                    "This contest does not issue participation certificates (see the template).");
        }
        frozenAt(round);
    }

    /**
     * The certificates of a scope of one kind, with their codes (created for those who have none
     * yet, in one batch): a decision's prizes (and, for a contest, its units) or a round's
     * participants.
     */
    List<Issued> issue(Scope scope, CertificateKind kind) {
        if (kind == CertificateKind.PARTICIPATION) {
            List<Subject> subjects = participationSubjects(scope);
            LocalDate on = LocalDate.ofInstant(frozenAt(scope), VIETNAM);
            return withCodes(scope, kind, 0, subjects, on);
        }
        Decision decision = signed(scope);
        LocalDate on = LocalDate.ofInstant(decision.signedAt() == null ? clock.instant() : decision.signedAt(), VIETNAM);
        List<Issued> issued = new ArrayList<>(withCodes(scope, CertificateKind.PRIZE, decision.version(),
                prizeSubjects(scope), on));
        if (scope.roundId() == null) {
            issued.addAll(withCodes(scope, CertificateKind.COLLECTIVE, decision.version(), collectiveSubjects(scope), on));
        }
        return issued;
    }

    private List<Issued> withCodes(Scope scope, CertificateKind kind, int version, List<Subject> subjects, LocalDate on) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        Map<String, String> codes = codes(scope, kind, version);
        List<Object[]> missing = new ArrayList<>();
        Instant now = clock.instant();
        for (Subject s : subjects) {
            if (!codes.containsKey(s.key())) {
                missing.add(new Object[]{VerificationCodes.next(), kind.name(), scope.key(), scope.contestId(),
                        scope.roundId(), s.key(), s.accountId(), s.unitName(), s.tierName(), version, now});
            }
        }
        if (!missing.isEmpty()) {
            // IGNORE: another request issuing the same scope at the same moment keeps its codes, and we read them back
            sql.batch("""
                    INSERT IGNORE INTO certificate (code, kind, scope_key, contest_id, round_id, subject_key, account_id,
                                                    unit_name, tier_name, decision_version, issued_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", missing);
            codes = codes(scope, kind, version);
        }
        List<Issued> issued = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            String code = codes.get(s.key());
            if (code == null) {
                throw new IllegalStateException("no code stored for a certificate of " + scope.key());
            }
            issued.add(new Issued(s, code, on));
        }
        return issued;
    }

    private Map<String, String> codes(Scope scope, CertificateKind kind, int version) {
        Map<String, String> codes = new HashMap<>();
        sql.list("SELECT subject_key, code FROM certificate WHERE kind = ? AND scope_key = ? AND decision_version = ?",
                rs -> codes.put(rs.getString("subject_key"), rs.getString("code")), kind.name(), scope.key(), version);
        return codes;
    }

    // One certificate by its code

    Optional<Stored> find(String code) {
        if (!VerificationCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT c.code, c.kind, c.scope_key, c.contest_id, c.round_id, ct.name AS contest_name, r.name AS round_name,
                       c.account_id, c.unit_name, c.tier_name, c.decision_version, a.full_name, p.unit
                FROM certificate c JOIN contest ct ON ct.id = c.contest_id LEFT JOIN contest_round r ON r.id = c.round_id
                     LEFT JOIN account a ON a.id = c.account_id LEFT JOIN participant p ON p.account_id = c.account_id
                WHERE c.code = ?""",
                rs -> new Stored(rs.getString("code"), CertificateKind.valueOf(rs.getString("kind")),
                        new Scope(rs.getString("scope_key"), rs.getLong("contest_id"), Sql.nullableLong(rs, "round_id"),
                                rs.getString("contest_name"),
                                rs.getString("round_name") == null ? WHOLE_CONTEST : rs.getString("round_name")),
                        Sql.nullableLong(rs, "account_id"), rs.getString("unit_name"), rs.getString("tier_name"),
                        rs.getInt("decision_version"), rs.getString("full_name"), rs.getString("unit")), code);
    }

    /**
     * The date the certificate carries while it is still valid: the decision's signing day (or the
     * ranking's freezing day); empty once the decision was unlocked or changed, or the entry left
     * the ranking.
     */
    Optional<LocalDate> validOn(Stored c) {
        return switch (c.kind()) {
            case PRIZE -> sql.one("""
                    SELECT d.signed_at FROM award_decision d JOIN award_winner w ON w.scope_key = d.scope_key
                    WHERE d.scope_key = ? AND d.status IN ('SIGNED', 'PUBLISHED') AND d.version = ? AND w.account_id = ?
                      AND w.tier_name = ?""", rs -> day(Sql.instant(rs, "signed_at")), c.scope().key(),
                    c.decisionVersion(), c.accountId(), c.tierName());
            case COLLECTIVE -> sql.one("""
                    SELECT d.signed_at FROM award_decision d JOIN award_unit_standing u ON u.scope_key = d.scope_key
                    WHERE d.scope_key = ? AND d.status IN ('SIGNED', 'PUBLISHED') AND d.version = ? AND u.unit_name = ?
                      AND u.tier_name = ? AND u.tier_position IS NOT NULL""", rs -> day(Sql.instant(rs, "signed_at")),
                    c.scope().key(), c.decisionVersion(), c.unitName(), c.tierName());
            case PARTICIPATION -> sql.one("""
                    SELECT s.computed_at FROM ranking_snapshot s JOIN ranked_entry r ON r.round_id = s.round_id
                    WHERE s.round_id = ? AND r.account_id = ?""", rs -> day(Sql.instant(rs, "computed_at")),
                    c.scope().roundId(), c.accountId());
        };
    }

    /** Published decisions only: a contestant sees a prize certificate when the public sees the prize. */
    boolean published(Stored c) {
        return c.kind() == CertificateKind.PARTICIPATION
                || decision(c.scope().key()).map(d -> "PUBLISHED".equals(d.status())).orElse(false);
    }

    CertificateData data(Stored c, LocalDate on) {
        boolean unit = c.kind() == CertificateKind.COLLECTIVE;
        return new CertificateData(c.kind(), unit ? c.unitName() : c.fullName(), unit ? null : c.unit(),
                c.kind() == CertificateKind.PARTICIPATION ? PARTICIPATED : c.tierName(), c.scope().contestName(),
                c.scope().label(), on, c.code(), verifyUrl(c.code()));
    }

    CertificateData data(Scope scope, Issued issued) {
        Subject s = issued.subject();
        return new CertificateData(s.kind(), s.holder(), s.unit(), s.prize(), scope.contestName(), scope.label(),
                issued.issuedOn(), issued.code(), verifyUrl(issued.code()));
    }

    String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    CertificateViews.Verification verification(Stored c) {
        Optional<LocalDate> on = validOn(c);
        String holder = c.kind() == CertificateKind.COLLECTIVE ? c.unitName()
                : Masking.displayName(c.fullName() == null ? "" : c.fullName());
        return new CertificateViews.Verification(c.code(), on.isPresent(), c.kind(), label(c.kind()), holder,
                c.kind() == CertificateKind.COLLECTIVE ? null : c.unit(),
                c.kind() == CertificateKind.PARTICIPATION ? PARTICIPATED : c.tierName(), c.scope().contestName(),
                c.scope().label(), on.orElse(null),
                on.isPresent() ? "Giấy chứng nhận hợp lệ, do cuộc thi cấp."
                        : "Giấy chứng nhận này không còn hiệu lực: kết quả xét giải đã được mở lại hoặc thay đổi.",
                on.isPresent() ? "This certificate is valid and was issued by the contest."
                        : "This certificate is no longer valid: the award decision was reopened or changed.");
    }

    static String label(CertificateKind kind) {
        return Labels.of("certificateKind", kind.name());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, VIETNAM);
    }

    // Files

    byte[] pdf(CertificateData data, CertificateTemplate template) {
        var out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            CertificatePdf.write(data, template, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One PDF per certificate into a ZIP written straight to {@code out}: one page at a time in memory. */
    int writeZip(Scope scope, List<Issued> issued, CertificateTemplate template, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // PDF content is already compressed; fast deflation only squeezes the fonts' tables a little
        zip.setLevel(Deflater.BEST_SPEED);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the next certificate follows in the same ZIP
            }
        };
        CertificatePdf.Layout layout = CertificatePdf.prepare(template);
        int n = 0;
        for (Issued i : issued) {
            n++;
            zip.putNextEntry(new ZipEntry(entryName(n, i)));
            CertificatePdf.write(data(scope, i), layout, entry);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
        return n;
    }

    /** "00001-giai-nhat-nguyen-thi-anh-tuyet-7KQ2….pdf": sorted as ranked, readable on any unzip tool. */
    static String entryName(int n, Issued i) {
        return String.format(Locale.ROOT, "%05d-%s-%s-%s.pdf", n, slug(i.subject().prize()), slug(i.subject().holder()),
                i.code());
    }

    static String slug(String text) {
        String slug = FreeText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug.isEmpty() ? "x" : slug;
    }

    /** A file name for one certificate. */
    static String fileName(CertificateData data) {
        return "giay-chung-nhan-" + slug(data.holder()) + "-" + data.code() + ".pdf";
    }

    // A contestant's own

    /**
     * My certificates: prizes of published decisions and participation in closed rounds of
     * contests that issue them — each with its code (created now if needed).
     */
    List<CertificateViews.MyCertificate> mine(long accountId) {
        List<CertificateViews.MyCertificate> out = new ArrayList<>();
        List<String> prizeScopes = sql.list("""
                SELECT DISTINCT w.scope_key FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                WHERE w.account_id = ? AND d.status = 'PUBLISHED' ORDER BY w.scope_key""", rs -> rs.getString("scope_key"),
                accountId);
        for (String key : prizeScopes) {
            Scope scope = key.startsWith("R") ? round(Long.parseLong(key.substring(1))) : contest(Long.parseLong(key.substring(1)));
            Decision decision = signed(scope);
            LocalDate on = day(decision.signedAt());
            List<Subject> mine = prizeSubjects(scope).stream().filter(s -> s.accountId() == accountId).toList();
            for (Issued i : withCodes(scope, CertificateKind.PRIZE, decision.version(), mine, on)) {
                out.add(my(scope, i));
            }
        }
        List<Long> rounds = sql.list("""
                SELECT r.round_id FROM ranked_entry r JOIN contest_round cr ON cr.id = r.round_id
                JOIN certificate_template t ON t.contest_id = cr.contest_id AND t.participation_enabled
                WHERE r.account_id = ? ORDER BY r.round_id""", rs -> rs.getLong("round_id"), accountId);
        for (long roundId : rounds) {
            Scope scope = round(roundId);
            Subject me = sql.one("""
                    SELECT a.full_name, p.unit FROM account a LEFT JOIN participant p ON p.account_id = a.id WHERE a.id = ?""",
                    rs -> new Subject(CertificateKind.PARTICIPATION, rs.getString("full_name"), rs.getString("unit"),
                            PARTICIPATED, accountId, null, null), accountId).orElseThrow();
            for (Issued i : withCodes(scope, CertificateKind.PARTICIPATION, 0, List.of(me), day(frozenAt(scope)))) {
                out.add(my(scope, i));
            }
        }
        return out;
    }

    private static CertificateViews.MyCertificate my(Scope scope, Issued i) {
        return new CertificateViews.MyCertificate(i.code(), i.subject().kind(), label(i.subject().kind()), scope.contestId(),
                scope.contestName(), scope.roundId(), scope.label(), i.subject().prize(), i.issuedOn());
    }
}
