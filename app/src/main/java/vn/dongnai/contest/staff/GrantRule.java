package vn.dongnai.contest.staff;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.Role;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a staff member may act on a contest. ADMIN is platform-wide, and so is the
 * support desk (bộ phận hỗ trợ), which serves the whole province's contestants. The contest roles
 * (organizer, committee, committee chair) reach a contest only through a grant in that role: on the
 * contest itself, or on its organizing unit, which then covers every contest of that unit, future
 * ones included. A member who holds a role without any grant reaches no contest at all.
 *
 * <p>The role matters, not just the grant: the organizer of one department's contest who sits on
 * another department's committee may not organize the second contest.
 */
@BusinessRule
final class GrantRule {

    static final Set<String> PLATFORM_WIDE = Set.of(Role.ADMIN, Role.SUPPORT);
    static final List<String> CONTEST_ROLES = List.of(Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR);

    /** One grant; exactly one of {@code contestId} and {@code unit} is set. */
    record Grant(long id, String role, Long contestId, String unit) {

        boolean covers(long contest, String contestUnit) {
            return contestId != null ? contestId == contest : unit != null && unit.equals(contestUnit);
        }
    }

    private GrantRule() {
    }

    /**
     * Whether a caller holding {@code callerRoles} may call something open to {@code allowedRoles}
     * (empty: any role) on contest {@code contestId} of organizing unit {@code contestUnit} (null
     * when it has none), given the caller's grants.
     */
    static boolean mayAct(Collection<String> callerRoles, Collection<String> allowedRoles, List<Grant> grants,
                          long contestId, String contestUnit) {
        List<String> usable = usable(callerRoles, allowedRoles);
        if (usable.stream().anyMatch(PLATFORM_WIDE::contains)) {
            return true;
        }
        return grants.stream().anyMatch(g -> usable.contains(g.role()) && g.covers(contestId, contestUnit));
    }

    /**
     * Whether the caller reaches every contest through something open to {@code allowedRoles}
     * without looking at grants: a list then shows everything.
     */
    static boolean platformWide(Collection<String> callerRoles, Collection<String> allowedRoles) {
        return usable(callerRoles, allowedRoles).stream().anyMatch(PLATFORM_WIDE::contains);
    }

    /** The caller's roles that count here: those the endpoint is open to. */
    private static List<String> usable(Collection<String> callerRoles, Collection<String> allowedRoles) {
        return callerRoles.stream().filter(role -> allowedRoles.isEmpty() || allowedRoles.contains(role)).toList();
    }

    /**
     * The unit a new contest belongs to when an organizer creates it: their one organizer grant on a
     * unit, so the rest of that unit's staff see it too; none when they hold no unit grant or
     * several (then the ADMIN assigns it).
     */
    static String unitForNewContest(List<Grant> grants) {
        List<String> units = grants.stream()
                .filter(g -> Role.ORGANIZER.equals(g.role()) && g.unit() != null)
                .map(Grant::unit).filter(Objects::nonNull).distinct().toList();
        return units.size() == 1 ? units.getFirst() : null;
    }
}
