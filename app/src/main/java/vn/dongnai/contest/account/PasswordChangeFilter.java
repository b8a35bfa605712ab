package vn.dongnai.contest.account;

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
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.ApiException;

import java.util.OptionalLong;
import java.util.Set;

/**
 * A staff member with a one-time password (a new account, an ADMIN's reset) may only change it:
 * every other organizer call answers 403 {@code PASSWORD_CHANGE_REQUIRED} until they have. The
 * flag is read from MySQL on each organizer call (one primary-key lookup), so it takes effect and
 * lifts at once, whatever tokens were issued before.
 */
@ServerFilter(value = "/api/admin(/.*)?", patternStyle = FilterPatternStyle.REGEX)
class PasswordChangeFilter implements Ordered {

    /** What a staff member with a one-time password may still call. */
    static final Set<String> ALLOWED = Set.of(OwnPasswordController.PASSWORD, OwnPasswordController.PASSWORD_STATUS);

    private final StaffService staff;

    PasswordChangeFilter(StaffService staff) {
        this.staff = staff;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> requireOwnPassword(HttpRequest<?> request) {
        if (ALLOWED.contains(request.getPath())) {
            return null;
        }
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        OptionalLong accountId = authentication == null ? OptionalLong.empty() : Principals.accountIdIfAny(authentication);
        if (accountId.isEmpty() || !staff.passwordChangeRequired(accountId.getAsLong())) {
            return null;
        }
        ApiException refusal = new ApiException(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                "Bạn cần đổi mật khẩu dùng một lần trước khi làm việc khác.",
                "Change your one-time password before doing anything else.");
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(refusal.toBody());
    }

    @Override
    public int getOrder() {
        // after the security filter has put the caller's authentication on the request
        return ServerFilterPhase.SECURITY.after();
    }
}
