package vn.dongnai.contest.system;

/**
 * The roles a token carries. ADMIN may do everything any other staff role may; the committee
 * chair (chủ tịch hội đồng) may also export personal data unmasked, with a stated reason. The
 * support desk (bộ phận hỗ trợ) finds contestants, corrects registrations, resets passwords.
 */
public final class Role {

    public static final String CONTESTANT = "CONTESTANT";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String COMMITTEE_CHAIR = "COMMITTEE_CHAIR";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";

    private Role() {
    }
}
