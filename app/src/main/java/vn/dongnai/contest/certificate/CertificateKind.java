package vn.dongnai.contest.certificate;

/** What a certificate attests; each has a Vietnamese label ({@code certificateKind} in vi.json). */
enum CertificateKind {
    /** An individual prize of a round or of the whole contest (giải cá nhân). */
    PRIZE,
    /** A unit's collective prize (giải tập thể). */
    COLLECTIVE,
    /** Taking part in a closed round, when the contest's template enables it ("đã tham gia"). */
    PARTICIPATION
}
