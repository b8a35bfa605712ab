package vn.dongnai.contest.certificate;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dongnai.contest.contest.ContestDeleting;
import vn.dongnai.contest.contest.SettingsCopied;
import vn.dongnai.contest.system.Sql;

/**
 * A contest's certificate layout follows the contest: a copy of the contest gets the same layout
 * (it is a setting, like the prize rules), and deleting a draft contest deletes its layout.
 * Issued certificates are never copied.
 */
@Singleton
class CertificateTemplateCopies {

    private final Sql sql;

    CertificateTemplateCopies(Sql sql) {
        this.sql = sql;
    }

    @EventListener
    void copied(SettingsCopied event) {
        if (event.fromContestId() != null && event.toContestId() != null) {
            sql.update("""
                    INSERT INTO certificate_template (contest_id, issuer, title, body, place, signer_title, signer_name,
                                                      primary_color, accent_color, participation_enabled, logo, signature,
                                                      updated_at, updated_by)
                    SELECT ?, issuer, title, body, place, signer_title, signer_name, primary_color, accent_color,
                           participation_enabled, logo, signature, updated_at, updated_by
                    FROM certificate_template WHERE contest_id = ?""", event.toContestId(), event.fromContestId());
        }
    }

    @EventListener
    void deleting(ContestDeleting event) {
        sql.update("DELETE FROM certificate WHERE contest_id = ?", event.contestId());
        sql.update("DELETE FROM certificate_template WHERE contest_id = ?", event.contestId());
    }
}
