package vn.dongnai.contest.attempt;

import vn.dongnai.contest.system.BusinessRule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * Who may take part in a contest (điều kiện dự thi): old enough on the day (in Vietnam), and of a
 * participant group the contest admits. A contest without either condition admits everyone.
 */
@BusinessRule
final class EligibilityRule {

    /**
     * A contest's conditions.
     *
     * @param minAge minimum age in whole years on the day of the start; null for none
     * @param groups the admitted participant groups, comma-separated; null or blank for all
     */
    record Conditions(Integer minAge, String groups) {

        /** Whether there is anything to check, so the contestant's record need not be read. */
        boolean any() {
            return minAge != null || !admittedGroups().isEmpty();
        }

        List<String> admittedGroups() {
            return groups == null || groups.isBlank() ? List.of()
                    : Arrays.stream(groups.split(",")).map(String::strip).toList();
        }
    }

    enum Verdict { ADMITTED, TOO_YOUNG, GROUP_NOT_ADMITTED }

    private EligibilityRule() {
    }

    /** The age is checked first: a contestant who fails both is told their age. */
    static Verdict decide(Conditions conditions, LocalDate birthDate, String group, LocalDate today) {
        if (conditions.minAge() != null && Period.between(birthDate, today).getYears() < conditions.minAge()) {
            return Verdict.TOO_YOUNG;
        }
        List<String> admitted = conditions.admittedGroups();
        if (!admitted.isEmpty() && !admitted.contains(group)) {
            return Verdict.GROUP_NOT_ADMITTED;
        }
        return Verdict.ADMITTED;
    }
}
