package vn.dongnai.contest.account;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.security.authentication.Authentication;
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
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Refresh tokens rotate: {@code POST /oauth/access_token} answers with a new refresh token next to
 * the new access token, and {@link RefreshTokenStore} has already spent the old one. A stolen
 * refresh token is then good for one use at most, and a console left open renews for as long as
 * its person keeps it open.
 */
@Singleton
@Replaces(DefaultAccessRefreshTokenGenerator.class)
class RotatingTokenGenerator extends DefaultAccessRefreshTokenGenerator implements AccessRefreshTokenGenerator {

    RotatingTokenGenerator(AccessTokenConfiguration accessTokenConfiguration, TokenRenderer tokenRenderer,
                           TokenGenerator tokenGenerator, BeanContext beanContext,
                           RefreshTokenGenerator refreshTokenGenerator, ClaimsGenerator claimsGenerator,
                           ApplicationEventPublisher<RefreshTokenGeneratedEvent> refreshTokenGeneratedEventPublisher,
                           ApplicationEventPublisher<AccessTokenGeneratedEvent> accessTokenGeneratedEventPublisher) {
        super(accessTokenConfiguration, tokenRenderer, tokenGenerator, beanContext, refreshTokenGenerator,
                claimsGenerator, refreshTokenGeneratedEventPublisher, accessTokenGeneratedEventPublisher);
    }

    /** A login or a renewal: always a new refresh token (the default reuses the one presented). */
    @Override
    public Optional<AccessRefreshToken> generate(Authentication authentication) {
        return super.generate(generateRefreshToken(authentication).orElse(null), authentication);
    }

    @Override
    public Optional<AccessRefreshToken> generate(String spentRefreshToken, Authentication authentication) {
        return generate(authentication);
    }
}
