package vn.dongnai.contest.admission;

import java.util.Optional;

/**
 * Where {@link LaneClassifier} puts a request: its lane, the waiting room a refused request of it
 * queues in (a round's for a start, one for all sign-ins), and whether its answer may be served
 * from the short cache when refused (public, the same for everyone).
 */
record Admission(Lane lane, Optional<String> room, boolean cacheable) {

    static final String SIGN_IN_ROOM = "sign-in";

    static Admission of(Lane lane) {
        return new Admission(lane, Optional.empty(), false);
    }

    static Admission start(long roundId) {
        return new Admission(Lane.START, Optional.of("r:" + roundId), false);
    }

    static Admission signIn() {
        return new Admission(Lane.SIGN_IN, Optional.of(SIGN_IN_ROOM), false);
    }

    static Admission read(boolean cacheable) {
        return new Admission(Lane.PUBLIC_READ, Optional.empty(), cacheable);
    }
}
