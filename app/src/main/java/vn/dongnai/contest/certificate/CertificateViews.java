package vn.dongnai.contest.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the certificates API. */
final class CertificateViews {

    private CertificateViews() {
    }

    @Serdeable
    record TemplateBody(@Nullable List<String> issuer, @Nullable String title, @Nullable List<String> body,
                        @Nullable String place, @Nullable String signerTitle, @Nullable String signerName,
                        @Nullable String primaryColor, @Nullable String accentColor, @Nullable Boolean participationEnabled) {
    }

    /** The layout as the console edits it; the images only as present or not (they are fetched as files). */
    @Serdeable
    record TemplateView(long contestId, List<String> issuer, String title, List<String> body, String place,
                        String signerTitle, String signerName, String primaryColor, String accentColor,
                        boolean participationEnabled, boolean hasLogo, boolean hasSignature, boolean saved,
                        @Nullable Instant updatedAt, List<String> placeholders, int maxImageBytes) {
    }

    /** One certificate the committee can download: the full name (the committee's copy), never a citizen ID. */
    @Serdeable
    record Item(String code, CertificateKind kind, String kindLabel, String holder, @Nullable String unit, String prize,
                @Nullable Long accountId) {
    }

    /** A scope's certificates: the winners' (and units') of its signed decision; participants counted only. */
    @Serdeable
    record ScopeCertificates(String scope, String label, String decisionStatus, String decisionStatusLabel,
                             List<Item> items, boolean participationEnabled, int participants) {
    }

    /** One of my certificates. */
    @Serdeable
    record MyCertificate(String code, CertificateKind kind, String kindLabel, long contestId, String contestName,
                         @Nullable Long roundId, String roundName, String prize, LocalDate issuedOn) {
    }

    /**
     * What the public verification page shows: the masked name ("Nguyễn T. A. T."), the prize, the
     * contest and round, the date — enough to tell a real certificate from a fake, nothing more.
     */
    @Serdeable
    record Verification(String code, boolean valid, CertificateKind kind, String kindLabel, String holder,
                        @Nullable String unit, String prize, String contest, String round, @Nullable LocalDate issuedOn,
                        String message, String messageEn) {
    }
}
