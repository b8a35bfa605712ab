package vn.dongnai.contest.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that decides one rule of the contest (the ranking chain, deadline and grace, the
 * fairness lock, the award decision's states…) in plain Java: no framework, no database, no clock
 * of its own, so that its unit tests name scenarios and every caller asks it rather than repeating
 * it. {@code ArchitectureTest} keeps such classes free of framework imports.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BusinessRule {
}
