package vn.dongnai.contest.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import vn.dongnai.contest.system.ApiException;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps every organizer-API call inside the caller's grants, so no controller can forget to: a
 * route whose path names a contest ({@code /contests/{id}…}) or a round ({@code /rounds/{id}…},
 * resolved to its contest), or that takes a {@code contestId} query parameter, is refused with
 * 404 — the same answer as for a contest that does not exist — unless one of the caller's roles the
 * route is {@code @Secured} for reaches that contest ({@link GrantRule}). Runs after security
 * (401/403 come first) and after the one-time-password check. Whatever is reached through a contest
 * (a prize rule, an award decision, an exclusion, a ranking, a review item, an export) is checked by
 * the service against the contest in the path. Routes naming no contest (question banks, shared by
 * the whole province; the catalog; staff accounts; identity claims, which concern an account
 * rather than a contest) stay role-based.
 */
@ServerFilter(value = "/api/admin(/.*)?", patternStyle = FilterPatternStyle.REGEX)
class ContestScopeFilter implements Ordered {

    private static final Pattern CONTEST = Pattern.compile("/contests/\\{(\\w+)[^}]*}");
    private static final Pattern ROUND = Pattern.compile("/rounds/\\{(\\w+)[^}]*}");
    private static final String CONTEST_QUERY = "contestId";

    private final ContestGrants grants;

    ContestScopeFilter(ContestGrants grants) {
        this.grants = grants;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> requireGrant(HttpRequest<?> request) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        RouteMatch<?> match = RouteAttributes.getRouteMatch(request).orElse(null);
        if (caller == null || !(match instanceof UriRouteMatch<?, ?> route)) {
            return null;
        }
        // roles only: a rule such as isAuthenticated() opens the route to any role the caller holds
        List<String> allowed = Stream.of(match.getAnnotationMetadata().stringValues(Secured.class))
                .filter(value -> !value.endsWith("()")).toList();
        String template = route.getRouteInfo().getUriMatchTemplate().toString();
        Map<String, Object> values = route.getVariableValues();
        try {
            Long contestId = id(CONTEST, template, values);
            if (contestId != null) {
                grants.requireContest(caller, allowed, contestId);
                return null;
            }
            Long roundId = id(ROUND, template, values);
            if (roundId != null) {
                grants.requireRound(caller, allowed, roundId);
                return null;
            }
            String queried = request.getParameters().get(CONTEST_QUERY);
            if (queried != null && isId(queried)) {
                grants.requireContest(caller, allowed, Long.parseLong(queried));
            }
            return null;
        } catch (ApiException refused) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(refused.toBody());
        }
    }

    /** The id the template's variable holds; a value that is no id is left to the route (400/404). */
    private static @Nullable Long id(Pattern variable, String template, Map<String, Object> values) {
        Matcher m = variable.matcher(template);
        if (!m.find()) {
            return null;
        }
        Object value = values.get(m.group(1));
        return value != null && isId(value.toString()) ? Long.parseLong(value.toString()) : null;
    }

    private static boolean isId(String value) {
        return !value.isEmpty() && value.length() <= 18 && value.chars().allMatch(Character::isDigit);
    }

    @Override
    public int getOrder() {
        // after the security filter and the one-time-password check (SECURITY.after())
        return ServerFilterPhase.SECURITY.after() + 1;
    }
}
