package vn.dongnai.contest.audit;

import io.micronaut.security.authentication.Authentication;

/** Who did it: the staff member behind a request, as the audit log records them. */
public record Actor(long id, String name) {

    public static Actor of(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        return new Actor(Long.parseLong(authentication.getName()),
                name == null ? authentication.getName() : name.toString());
    }
}
