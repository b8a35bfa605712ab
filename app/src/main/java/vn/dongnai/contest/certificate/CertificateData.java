package vn.dongnai.contest.certificate;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What one certificate says. {@code holder} is the person's full name (the committee's copy) or,
 * for a collective prize, the unit's name; {@code prize} is the tier ("Giải Nhất") or
 * "Đã tham gia".
 */
record CertificateData(CertificateKind kind, String holder, @Nullable String unit, String prize, String contest,
                       String round, LocalDate issuedOn, String code, String verifyUrl) {
}
