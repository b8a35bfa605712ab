package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.util.List;

/**
 * Who a request's bearer token says the caller is: Micronaut Security's own fetcher, less the
 * {@code TokenValidatedEvent} it publishes for every request. To fill that event it resolved the
 * request's host and locale each time (3 % of the app's CPU in the journey ladder's profile), and
 * nothing here listens to it. Tokens are read and validated as before (the session check included,
 * {@link SessionCheckedTokens}): the first validator to accept a token decides.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class BearerTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final TokenResolver<HttpRequest<?>> tokens;

    BearerTokenFetcher(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> tokens) {
        this.validators = validators;
        this.tokens = tokens;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> found = tokens.resolveTokens(request);
        if (found == null || found.isEmpty()) {
            return Flux.empty();
        }
        return Flux.fromIterable(found).concatMap(token -> Flux.fromIterable(validators)
                .concatMap(validator -> validator.validateToken(token, request))
                .next()
                .doOnNext(authentication -> request.setAttribute(SecurityFilter.TOKEN, token)));
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }
}
