package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import vn.dongnai.contest.system.Sql;

import java.util.regex.Pattern;

/**
 * A password the support desk set and read out by phone is known to two people: until the
 * contestant replaces it, a session opened with it may read public pages, see who it is and change
 * the password — nothing else (403). Tokens of such a session carry the claim {@link #CLAIM}; the
 * contest page reads {@code mustChangePassword} from {@code GET /api/me} and shows the change form.
 */
@Singleton
class PasswordChangeRequired implements SecurityRule<HttpRequest<?>> {

    static final String CLAIM = "pwc";
    /** Reading these is harmless: the public contest data, and who I am. */
    private static final Pattern READABLE = Pattern.compile(
            "/api/(me|consent|contests(/.*)?|catalog/.*|altcha/challenge|rounds/\\d+/(leaderboard|units|communes))");
    private static final Pattern WRITABLE = Pattern.compile("/api/(me/password|logout|me/notices/\\d+/seen)");

    // looked up on first use: security rules are built before Micronaut Data
    private final Provider<Sql> sql;

    PasswordChangeRequired(Provider<Sql> sql) {
        this.sql = sql;
    }

    /** Contestants only: a staff member's one-time password is {@link PasswordChangeFilter}'s. */
    boolean of(long accountId) {
        return sql.get().one("SELECT password_change_required AND username IS NULL AS must_change FROM account WHERE id = ?",
                        rs -> rs.getBoolean("must_change"), accountId)
                .orElse(false);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !Boolean.TRUE.equals(authentication.getAttributes().get(CLAIM))) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request.getPath();
        if (!path.startsWith("/api/")) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        boolean allowed = request.getMethod() == HttpMethod.GET ? READABLE.matcher(path).matches()
                : WRITABLE.matcher(path).matches();
        return Mono.just(allowed ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        // before every other rule, which would otherwise allow the call
        return IpPatternsRule.ORDER - 100;
    }
}
