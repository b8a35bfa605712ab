package vn.dongnai.contest.account;

/** The roles a token carries. ADMIN may do everything an ORGANIZER or COMMITTEE member may. */
public final class Role {

    public static final String CONTESTANT = "CONTESTANT";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String ADMIN = "ADMIN";

    private Role() {
    }
}
