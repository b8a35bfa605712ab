package vn.dongnai.contest.certificate;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A contest's certificate layout. {@code issuer}: the issuing body in the top-left corner, one
 * line each (as on a Vietnamese administrative document, opposite the national motto);
 * {@code body}: the centred lines, with placeholders ({@link BodyText}); colours as {@code #rrggbb}.
 */
record CertificateTemplate(List<String> issuer, String title, List<String> body, String place, String signerTitle,
                           String signerName, String primaryColor, String accentColor, boolean participationEnabled,
                           @Nullable byte[] logo, @Nullable byte[] signature) {

    static final String DEFAULT_TITLE = "GIẤY CHỨNG NHẬN";
    static final List<String> DEFAULT_BODY = List.of(
            "Ban Tổ chức cuộc thi \u201c{contest}\u201d chứng nhận",
            "{name}",
            "Đơn vị: {unit}",
            "{prize}",
            "{round}");

    /** What a contest without a saved template prints: the contest's organizer as the issuer. */
    static CertificateTemplate defaults(String organizer) {
        return new CertificateTemplate(List.of(organizer.toUpperCase(java.util.Locale.ROOT), "BAN TỔ CHỨC CUỘC THI"),
                DEFAULT_TITLE, DEFAULT_BODY, "Đồng Nai", "TRƯỞNG BAN TỔ CHỨC", "", "#B3261E", "#B8860B", false, null,
                null);
    }

    CertificateTemplate withImages(@Nullable byte[] newLogo, @Nullable byte[] newSignature) {
        return new CertificateTemplate(issuer, title, body, place, signerTitle, signerName, primaryColor, accentColor,
                participationEnabled, newLogo, newSignature);
    }
}
