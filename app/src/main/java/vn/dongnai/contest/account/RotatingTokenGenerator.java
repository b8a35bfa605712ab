package vn.dongnai.contest.account;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.claims.ClaimsGenerator;
import io.micronaut.security.token.event.AccessTokenGeneratedEvent;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.DefaultAccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.RefreshTokenGenerator;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.render.TokenRenderer;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Refresh tokens rotate: {@code POST /oauth/access_token} answers with the refresh token that
 * follows the one presented ({@link RefreshChain}) next to the new access token, and
 * {@link RefreshTokenStore} has already spent the old one and stored the next. A stolen refresh
 * token is then good for one line of renewals at most, and a console left open renews for as long
 * as its person keeps it open.
 */
@Singleton
@Replaces(DefaultAccessRefreshTokenGenerator.class)
class RotatingTokenGenerator extends DefaultAccessRefreshTokenGenerator implements AccessRefreshTokenGenerator {

    private final RefreshTokenValidator signatures;
    private final RefreshChain chain;

    RotatingTokenGenerator(AccessTokenConfiguration accessTokenConfiguration, TokenRenderer tokenRenderer,
                           TokenGenerator tokenGenerator, BeanContext beanContext,
                           RefreshTokenGenerator refreshTokenGenerator, ClaimsGenerator claimsGenerator,
                           ApplicationEventPublisher<RefreshTokenGeneratedEvent> refreshTokenGeneratedEventPublisher,
                           ApplicationEventPublisher<AccessTokenGeneratedEvent> accessTokenGeneratedEventPublisher,
                           RefreshTokenValidator signatures, RefreshChain chain) {
        super(accessTokenConfiguration, tokenRenderer, tokenGenerator, beanContext, refreshTokenGenerator,
                claimsGenerator, refreshTokenGeneratedEventPublisher, accessTokenGeneratedEventPublisher);
        this.signatures = signatures;
        this.chain = chain;
    }

    /** A login: a new line of refresh tokens (stored through {@code RefreshTokenGeneratedEvent}). */
    @Override
    public Optional<AccessRefreshToken> generate(Authentication authentication) {
        return super.generate(generateRefreshToken(authentication).orElse(null), authentication);
    }

    /**
     * A renewal: the refresh token that follows the spent one, already stored by the renewal's
     * look-up (the default hands back the one presented). The controller has checked the spent
     * token's signature; it is read again here only for its key.
     */
    @Override
    public Optional<AccessRefreshToken> generate(String spentRefreshToken, Authentication authentication) {
        String spent = signatures.validate(spentRefreshToken)
                .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                        "Refresh token is invalid", null));
        String next = refreshTokenGenerator.generate(authentication, chain.next(spent)).orElse(null);
        return super.generate(next, authentication);
    }
}
