package vn.dongnai.contest.admission;

/**
 * How many in-progress requests a second one person mid-attempt asks of the platform (autosaves,
 * the submit, a resume), as the seats ({@link Seats#ofPace}) need it: known before anyone is in
 * progress only as a guess ({@code contest.admission.answer-seconds}), then estimated each second from
 * what the people in progress really send. It follows a faster pace at once — people answering faster
 * mean fewer seats, and a late cut lets the box be overrun — but a slower one only gradually (half
 * of the way in about 35 s): the people a start wave has just seated count at once but send their
 * first autosave seconds later, and an estimate that fell with them would hand out their seats again
 * before their requests arrived.
 */
final class SeatPace {

    /** Per second: the share of the gap to a slower pace closed each second. */
    private static final double SLOWER = 0.02;
    /** Fewer people than this say little about a pace: the estimate stays where it is. */
    private static final long FEW = 50;

    private double perPerson;

    SeatPace(double guessedPerPerson) {
        this.perPerson = guessedPerPerson;
    }

    /** A second's measure: the platform's in-progress requests a second and the people in progress. */
    synchronized double observe(double requestsPerSecond, long people) {
        if (people >= FEW && requestsPerSecond > 0) {
            double seen = requestsPerSecond / people;
            perPerson = seen >= perPerson ? seen : perPerson - (perPerson - seen) * SLOWER;
        }
        return perPerson;
    }

    synchronized double perPerson() {
        return perPerson;
    }
}
