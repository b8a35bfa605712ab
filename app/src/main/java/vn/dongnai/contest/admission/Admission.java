package vn.dongnai.contest.admission;

import java.util.Optional;

/**
 * Where {@link LaneClassifier} puts a request: its lane, the waiting room a refused request of it
 * queues in (a round's for a start, one for all sign-ins), whose answers of it the short cache may
 * keep to serve when it is refused ({@link CopyFrom}), and for a start its round (0 for anything else).
 */
record Admission(Lane lane, Optional<String> room, CopyFrom copyFrom, long roundId) {

    static final String SIGN_IN_ROOM = "sign-in";

    /** Whose answers to a public read are the same for everyone, and so may be kept as its stale copy. */
    enum CopyFrom {
        /** None: the answer is the caller's own (my place on a board). */
        NOBODY,
        /** Only an answer to nobody in particular (the contest list tells a signed-in person their attempts). */
        ANONYMOUS,
        /** Anyone's: the answer does not depend on who asks (boards, winners). */
        ANYONE;

        boolean keeps(boolean signedIn) {
            return this == ANYONE || this == ANONYMOUS && !signedIn;
        }
    }

    static Admission of(Lane lane) {
        return new Admission(lane, Optional.empty(), CopyFrom.NOBODY, 0);
    }

    static Admission start(long roundId) {
        return new Admission(Lane.START, Optional.of("r:" + roundId), CopyFrom.NOBODY, roundId);
    }

    static Admission signIn() {
        return new Admission(Lane.SIGN_IN, Optional.of(SIGN_IN_ROOM), CopyFrom.NOBODY, 0);
    }

    static Admission read(CopyFrom copyFrom) {
        return new Admission(Lane.PUBLIC_READ, Optional.empty(), copyFrom, 0);
    }

    /** A refused read of this kind may be answered from the short cache. */
    boolean cacheable() {
        return copyFrom != CopyFrom.NOBODY;
    }
}
