package vn.dongnai.contest.account;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * Adds the "sessions valid after" check ({@link SessionValidity}) to Micronaut Security's token
 * validator without blocking the event loop the token is validated on: the validator Micronaut
 * builds (signature, expiry and the other claim checks, all in memory) is wrapped, and a token it
 * accepts is kept only once its session is known not to have been ended — at once from the node
 * cache, else when the blocking pool has read Redis or MySQL (a {@link Mono} that resumes the
 * request then). A token whose session cannot be checked (Redis and MySQL both away) fails its
 * validation with the error, as it did when the check was a claims validator: never let through.
 */
@Singleton
class SessionCheckedTokens implements BeanCreatedEventListener<ReactiveJsonWebTokenValidator<?, ?>> {

    // looked up on first use: the validator is built while security starts, before the account beans
    private final Provider<SessionValidity> sessions;

    SessionCheckedTokens(Provider<SessionValidity> sessions) {
        this.sessions = sessions;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReactiveJsonWebTokenValidator<?, ?> onCreated(BeanCreatedEvent<ReactiveJsonWebTokenValidator<?, ?>> event) {
        ReactiveJsonWebTokenValidator<?, ?> validator = event.getBean();
        if (validator instanceof Checked) {
            return validator;
        }
        return new Checked((ReactiveJsonWebTokenValidator<Object, Object>) validator, sessions);
    }

    /** The validator Micronaut built, with the session check after it. */
    private record Checked(ReactiveJsonWebTokenValidator<Object, Object> delegate, Provider<SessionValidity> sessions)
            implements ReactiveJsonWebTokenValidator<Object, Object> {

        @Override
        public Publisher<Object> validate(String token, Object request) {
            return Mono.from(delegate.validate(token, request))
                    .filterWhen(jwt -> Mono.fromFuture(sessions.get().check(claimsOf(jwt)), true));
        }

        @Override
        public Publisher<Authentication> validateToken(String token, Object request) {
            return Mono.from(delegate.validateToken(token, request))
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
