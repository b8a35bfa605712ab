package vn.dongnai.contest.account;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/**
 * Refresh tokens live in MySQL as SHA-256 hashes: revocable (logout, a disabled account) and
 * useless to whoever reads the table. Each is spent by its renewal, which hands out the one token
 * {@link RefreshChain} says follows it ({@link RotatingTokenGenerator}).
 */
@Singleton
class RefreshTokenStore implements RefreshTokenPersistence {

    private final RefreshTokenRepository tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final ExecutorService blocking;
    private final RefreshChain chain;
    // looked up on first use, like the login's lockout: security builds this before Micronaut Data
    private final jakarta.inject.Provider<PasswordChangeRequired> mustChangePassword;
    private final jakarta.inject.Provider<SessionValidity> sessions;

    RefreshTokenStore(RefreshTokenRepository tokens, Accounts accounts, Clock clock,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking, RefreshChain chain,
                      jakarta.inject.Provider<PasswordChangeRequired> mustChangePassword,
                      jakarta.inject.Provider<SessionValidity> sessions) {
        this.sessions = sessions;
        this.mustChangePassword = mustChangePassword;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.blocking = blocking;
        this.chain = chain;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        long accountId = Principals.accountId(event.getAuthentication());
        tokens.save(new RefreshToken(null, sha256(event.getRefreshToken()), accountId, false, null, clock.instant()));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> lookUp(refreshToken)).subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    private Authentication lookUp(String refreshToken) {
        byte[] hash = sha256(refreshToken);
        Instant now = clock.instant();
        RefreshToken token = tokens.findByTokenHash(hash)
                .filter(t -> !t.revoked())
                .orElseThrow(() -> invalidGrant("refresh token revoked or unknown"));
        if (token.spentAt() != null && !RefreshChain.repeatable(token.spentAt(), now)) {
            throw invalidGrant("refresh token already used");
        }
        // spent here, and its one successor stored before the answer leaves: two renewals racing
        // with one token, or a renewal repeated because its answer was lost, get the same next token
        tokens.spend(hash, now);
        byte[] next = sha256(chain.next(refreshToken));
        tokens.follow(hash, next, now);
        if (tokens.findByTokenHash(next).filter(t -> !t.revoked() && t.spentAt() == null).isEmpty()) {
            // the session ended meanwhile, or the next token was used already: this line has moved on
            throw invalidGrant("refresh token already used");
        }
        long readAt = System.nanoTime();
        Account account = accounts.byId(token.accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> invalidGrant("account disabled"));
        sessions.get().warm(account.id(), account.sessionsValidAfter(), readAt);
        // a renewed session still has to replace a password the support desk set
        return Authentication.build(String.valueOf(account.id()), account.roleList(),
                SessionValidity.claims(account.fullName(), clock.instant(), mustChangePassword.get().of(account.id())));
    }

    private static OauthErrorResponseException invalidGrant(String why) {
        return new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT, why, null);
    }

    void revokeAll(long accountId) {
        tokens.revokeAllOf(accountId);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
