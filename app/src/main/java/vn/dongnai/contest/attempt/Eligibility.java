package vn.dongnai.contest.attempt;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A contest's eligibility (điều kiện dự thi), checked when an attempt starts: minimum age on the
 * day, and the participant groups the contest admits. Living, working or studying in the province
 * is declared at registration (commune and unit from the catalog) and not re-checked here. The
 * decision is {@link EligibilityRule}'s; this reads the contestant for it (the contest's
 * conditions come with the round's cached setup).
 */
@Singleton
class Eligibility {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Sql sql;
    private final Clock clock;

    Eligibility(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    private record Person(LocalDate birthDate, String group) {
    }

    /** The contest's conditions come with the round's cached setup ({@link RoundSetups}), read once a second. */
    void check(EligibilityRule.Conditions conditions, long accountId) {
        if (!conditions.any()) {
            return;
        }
        Person person = sql.one("SELECT birth_date, participant_group FROM participant WHERE account_id = ?",
                rs -> new Person(Sql.date(rs, "birth_date"), rs.getString("participant_group")), accountId).orElseThrow();
        switch (EligibilityRule.decide(conditions, person.birthDate(), person.group(), LocalDate.now(clock.withZone(VIETNAM)))) {
            case TOO_YOUNG -> throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "NOT_ELIGIBLE",
                    "Cuộc thi dành cho người từ " + conditions.minAge() + " tuổi trở lên.",
                    "This contest is for people aged " + conditions.minAge() + " or over.", List.of(),
                    Map.of("minAge", conditions.minAge()));
            case GROUP_NOT_ADMITTED -> throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "NOT_ELIGIBLE",
                    "Đối tượng dự thi của bạn không thuộc đối tượng của cuộc thi này.",
                    "Your participant group is not admitted to this contest.", List.of(),
                    Map.of("groups", conditions.admittedGroups()));
            case ADMITTED -> {
            }
        }
    }
}
