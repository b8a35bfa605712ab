package vn.dongnai.contest.account;

import io.micronaut.security.authentication.Authentication;

import java.util.OptionalLong;

/**
 * The account behind a request: a token's subject is the account id (LoginAuthenticationProvider
 * issues it so). The staff member as the audit log names them is {@code audit.Actor.of}.
 */
public final class Principals {

    private Principals() {
    }

    /** The caller's account id; the caller is a logged-in contestant or staff member. */
    public static long accountId(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    /** The caller's account id, or empty when the caller is no account (the monitoring login). */
    public static OptionalLong accountIdIfAny(Authentication authentication) {
        String name = authentication.getName();
        return !name.isEmpty() && name.length() <= 18 && name.chars().allMatch(Character::isDigit)
                ? OptionalLong.of(Long.parseLong(name)) : OptionalLong.empty();
    }
}
