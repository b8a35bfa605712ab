/**
 * Certificates (giấy chứng nhận): a PDF per winner, per unit with a collective prize and, when the
 * contest enables it, per participant — issued only from a signed or published award decision (or
 * a closed round), each with a stored verification code whose QR opens the public
 * {@code /verify/{code}} page; the organizer's layout template, its preview, round ZIPs for the
 * ceremony and a contestant's own download.
 */
package vn.dongnai.contest.certificate;
