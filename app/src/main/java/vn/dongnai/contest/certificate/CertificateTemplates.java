package vn.dongnai.contest.certificate;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A contest's certificate layout in MySQL: read (or the defaults), saved, its images set or removed; audited. */
@Singleton
class CertificateTemplates {

    static final String LOGO = "logo";
    static final String SIGNATURE = "signature";

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    CertificateTemplates(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    private record Stored(CertificateTemplate template, Instant updatedAt) {
    }

    CertificateTemplate get(long contestId) {
        return stored(contestId).map(Stored::template).orElseGet(() -> CertificateTemplate.defaults(organizer(contestId)));
    }

    CertificateViews.TemplateView view(long contestId) {
        Optional<Stored> stored = stored(contestId);
        CertificateTemplate t = stored.map(Stored::template).orElseGet(() -> CertificateTemplate.defaults(organizer(contestId)));
        return new CertificateViews.TemplateView(contestId, t.issuer(), t.title(), t.body(), t.place(), t.signerTitle(),
                t.signerName(), t.primaryColor(), t.accentColor(), t.participationEnabled(), t.logo() != null,
                t.signature() != null, stored.isPresent(), stored.map(Stored::updatedAt).orElse(null),
                BodyText.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList(), TemplateRules.MAX_IMAGE_BYTES);
    }

    @Transactional
    CertificateViews.TemplateView put(long contestId, CertificateViews.TemplateBody body, Actor actor) {
        CertificateTemplate before = get(contestId);
        CertificateTemplate after = TemplateRules.checked(body, before);
        save(contestId, after, actor);
        audit.record(actor, "CERTIFICATE_TEMPLATE_UPDATED", "contest", contestId, summary(before), summary(after));
        return view(contestId);
    }

    @Transactional
    CertificateViews.TemplateView putImage(long contestId, String which, byte[] bytes, Actor actor) {
        byte[] image = TemplateRules.image(which, bytes);
        CertificateTemplate before = get(contestId);
        CertificateTemplate after = LOGO.equals(which) ? before.withImages(image, before.signature())
                : before.withImages(before.logo(), image);
        save(contestId, after, actor);
        audit.record(actor, "CERTIFICATE_TEMPLATE_UPDATED", "contest", contestId, Map.of(which, before(before, which)),
                Map.of(which, image.length + " bytes"));
        return view(contestId);
    }

    @Transactional
    CertificateViews.TemplateView removeImage(long contestId, String which, Actor actor) {
        CertificateTemplate before = get(contestId);
        CertificateTemplate after = LOGO.equals(which) ? before.withImages(null, before.signature())
                : before.withImages(before.logo(), null);
        save(contestId, after, actor);
        audit.record(actor, "CERTIFICATE_TEMPLATE_UPDATED", "contest", contestId, Map.of(which, before(before, which)),
                Map.of(which, "—"));
        return view(contestId);
    }

    /** The stored image itself, for the console to show; 404 when there is none. */
    byte[] image(long contestId, String which) {
        CertificateTemplate t = get(contestId);
        byte[] image = LOGO.equals(which) ? t.logo() : t.signature();
        if (image == null) {
            throw ApiException.notFound(LOGO.equals(which) ? "logo" : "chữ ký");
        }
        return image;
    }

    private static String before(CertificateTemplate t, String which) {
        byte[] image = LOGO.equals(which) ? t.logo() : t.signature();
        return image == null ? "—" : image.length + " bytes";
    }

    /** What the audit log keeps: the text and colours, the images only by size. */
    private static Map<String, Object> summary(CertificateTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", String.join(" / ", t.issuer()));
        m.put("title", t.title());
        m.put("body", String.join(" / ", t.body()));
        m.put("place", t.place());
        m.put("signerTitle", t.signerTitle());
        m.put("signerName", t.signerName());
        m.put("primaryColor", t.primaryColor());
        m.put("accentColor", t.accentColor());
        m.put("participationEnabled", t.participationEnabled());
        return m;
    }

    private void save(long contestId, CertificateTemplate t, Actor actor) {
        Instant now = clock.instant();
        sql.update("""
                INSERT INTO certificate_template (contest_id, issuer, title, body, place, signer_title, signer_name, primary_color,
                                                  accent_color, participation_enabled, logo, signature, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE issuer = VALUES(issuer), title = VALUES(title), body = VALUES(body),
                    place = VALUES(place), signer_title = VALUES(signer_title), signer_name = VALUES(signer_name),
                    primary_color = VALUES(primary_color), accent_color = VALUES(accent_color),
                    participation_enabled = VALUES(participation_enabled), logo = VALUES(logo), signature = VALUES(signature),
                    updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)""",
                contestId, String.join("\n", t.issuer()), t.title(), String.join("\n", t.body()), t.place(), t.signerTitle(),
                t.signerName(), t.primaryColor(), t.accentColor(), t.participationEnabled(), t.logo(), t.signature(), now,
                actor.id());
    }

    private Optional<Stored> stored(long contestId) {
        return sql.one("""
                SELECT issuer, title, body, place, signer_title, signer_name, primary_color, accent_color, participation_enabled,
                       logo, signature, updated_at
                FROM certificate_template WHERE contest_id = ?""",
                rs -> new Stored(new CertificateTemplate(lines(rs.getString("issuer")), rs.getString("title"),
                        lines(rs.getString("body")), rs.getString("place"), rs.getString("signer_title"),
                        rs.getString("signer_name"), rs.getString("primary_color"), rs.getString("accent_color"),
                        rs.getBoolean("participation_enabled"), rs.getBytes("logo"), rs.getBytes("signature")),
                        Sql.instant(rs, "updated_at")), contestId);
    }

    private String organizer(long contestId) {
        return sql.one("SELECT organizer FROM contest WHERE id = ?", rs -> rs.getString("organizer"), contestId)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
