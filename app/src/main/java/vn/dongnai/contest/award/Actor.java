package vn.dongnai.contest.award;

import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.Role;

/** The staff member behind a request, as the audit log names them. */
record Actor(long id, String name) {

    static Actor of(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        return new Actor(Long.parseLong(authentication.getName()), name == null ? authentication.getName() : name.toString());
    }

    /** Personal data unmasked: the committee chair or an ADMIN (who holds every staff right). */
    static boolean mayUnmask(Authentication authentication) {
        return authentication.getRoles().contains(Role.COMMITTEE_CHAIR) || authentication.getRoles().contains(Role.ADMIN);
    }
}
