package vn.dongnai.contest.support;

import io.micronaut.context.annotation.Property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an organizer-API test class, beside {@code @MicronautTest}: lifts the per-username login limit,
 * since staff tests log in far more often than a person would (the first admin once per class in
 * every class of the run, each new member, lockout scenarios). {@code @Property} is not inherited,
 * so the limit travels on this annotation rather than on a base class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
public @interface StaffLogins {
}
