package vn.dongnai.contest.admission;

import java.util.Optional;

/**
 * Where {@link LaneClassifier} puts a request: its lane, the waiting room a refused request of it
 * queues in (a round's for a start, one for all sign-ins), and whether its answer may be served
 * from the short cache when refused (public, the same for everyone), and for a start its round
 * (0 for anything else).
 */
record Admission(Lane lane, Optional<String> room, boolean cacheable, long roundId) {

    static final String SIGN_IN_ROOM = "sign-in";

    static Admission of(Lane lane) {
        return new Admission(lane, Optional.empty(), false, 0);
    }

    static Admission start(long roundId) {
        return new Admission(Lane.START, Optional.of("r:" + roundId), false, roundId);
    }

    static Admission signIn() {
        return new Admission(Lane.SIGN_IN, Optional.of(SIGN_IN_ROOM), false, 0);
    }

    static Admission read(boolean cacheable) {
        return new Admission(Lane.PUBLIC_READ, Optional.empty(), cacheable, 0);
    }
}
