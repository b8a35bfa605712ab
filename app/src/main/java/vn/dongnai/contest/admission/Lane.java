package vn.dongnai.contest.admission;

/** What a request is for, highest priority first. */
enum Lane {
    /** Autosave, submit, resume and token renewal of a person mid-attempt (đang làm bài): never refused. */
    IN_PROGRESS,
    /** Starting an attempt (bắt đầu lượt thi): refused past capacity, into the round's waiting room. */
    START,
    /** Public contest list and boards: refused past capacity, answered from the short cache. */
    PUBLIC_READ,
    /** Login and registration (BCrypt's 60 ms of CPU each): refused past capacity, into their own waiting room. */
    SIGN_IN,
    /** Everything else (organizer console, health, the page's files, my account): not admitted by lane. */
    UNMANAGED;

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
