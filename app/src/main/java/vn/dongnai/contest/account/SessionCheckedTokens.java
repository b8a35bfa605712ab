package vn.dongnai.contest.account;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Adds the "sessions valid after" check ({@link SessionValidity}) to Micronaut Security's token
 * validator without blocking the event loop the token is validated on: the validator Micronaut
 * builds (signature, expiry and the other claim checks, all in memory) is wrapped, and a token it
 * accepts is kept only once its session is known not to have been ended — at once from the node
 * cache, else when the blocking pool has read Redis or MySQL (a {@link Mono} that resumes the
 * request then). A token whose session cannot be checked (Redis and MySQL both away) fails its
 * validation with the error, as it did when the check was a claims validator: never let through.
 * <p>
 * A token this node has validated before is not parsed and verified again ({@link ValidatedTokens}):
 * only Micronaut's part is remembered; the session check runs on every request.
 */
@Singleton
class SessionCheckedTokens implements BeanCreatedEventListener<ReactiveJsonWebTokenValidator<?, ?>> {

    // looked up on first use: the validator is built while security starts, before the account beans
    private final Provider<SessionValidity> sessions;
    private final Provider<ValidatedTokens> validated;

    SessionCheckedTokens(Provider<SessionValidity> sessions, Provider<ValidatedTokens> validated) {
        this.sessions = sessions;
        this.validated = validated;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReactiveJsonWebTokenValidator<?, ?> onCreated(BeanCreatedEvent<ReactiveJsonWebTokenValidator<?, ?>> event) {
        ReactiveJsonWebTokenValidator<?, ?> validator = event.getBean();
        if (validator instanceof Checked) {
            return validator;
        }
        return new Checked((ReactiveJsonWebTokenValidator<Object, Object>) validator, sessions, validated);
    }

    /** The validator Micronaut built, remembered per token, with the session check after it. */
    private static final class Checked implements ReactiveJsonWebTokenValidator<Object, Object> {

        private final ReactiveJsonWebTokenValidator<Object, Object> delegate;
        // looked up once, on the first request: every request asks for both
        private final Supplier<SessionValidity> sessions;
        private final Supplier<ValidatedTokens> validated;

        Checked(ReactiveJsonWebTokenValidator<Object, Object> delegate, Provider<SessionValidity> sessions,
                Provider<ValidatedTokens> validated) {
            this.delegate = delegate;
            this.sessions = SupplierUtil.memoized(sessions::get);
            this.validated = SupplierUtil.memoized(validated::get);
        }

        @Override
        public Publisher<Object> validate(String token, Object request) {
            return Mono.from(delegate.validate(token, request))
                    .filterWhen(jwt -> Mono.fromFuture(sessions.get().check(claimsOf(jwt)), true));
        }

        @Override
        public Publisher<Authentication> validateToken(String token, Object request) {
            return Mono.from(validated.get().validated(token, t -> delegate.validateToken(t, request)))
                    .filterWhen(authentication -> {
                        Map<String, Object> attributes = authentication.getAttributes();
                        return Mono.fromFuture(sessions.get().check(attributes::get), true);
                    });
        }

        private static Function<String, Object> claimsOf(Object jwt) {
            if (jwt instanceof JWT nimbus) {
                try {
                    return nimbus.getJWTClaimsSet()::getClaim;
                } catch (ParseException e) {
                    return name -> null;
                }
            }
            return name -> null;
        }
    }
}
