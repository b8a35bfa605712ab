package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;

import java.time.LocalDate;
import java.time.Period;

/** Which birth dates a registration accepts: born in 1900 or later and at least six years old today. */
@BusinessRule
public final class BirthDates {

    static final int MIN_AGE = 6;

    private BirthDates() {
    }

    /** {@code today}: the date in Vietnam. */
    public static boolean plausible(LocalDate birthDate, LocalDate today) {
        return birthDate.getYear() >= 1900 && Period.between(birthDate, today).getYears() >= MIN_AGE;
    }
}
