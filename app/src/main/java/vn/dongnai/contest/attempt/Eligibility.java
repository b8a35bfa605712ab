package vn.dongnai.contest.attempt;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
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
 * decision is {@link EligibilityRule}'s; this reads the contest and the contestant for it.
 */
@Singleton
class Eligibility {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Sql sql;
    private final Clock clock;
    /**
     * A contest's conditions, read once a second rather than on each of a peak's thousands of
     * starts (as {@link RoundSetups} keeps its round); an expired entry is loaded once for all
     * the starts waiting on it.
     */
    private final LoadingCache<Long, EligibilityRule.Conditions> conditionsByContest;

    Eligibility(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.conditionsByContest = Caffeine.newBuilder().expireAfterWrite(RoundSetups.TTL).maximumSize(1_000)
                .build(this::load);
    }

    private record Person(LocalDate birthDate, String group) {
    }

    private EligibilityRule.Conditions load(long contestId) {
        return sql.one("SELECT eligibility_min_age, eligibility_groups FROM contest WHERE id = ?",
                rs -> new EligibilityRule.Conditions(Sql.nullableInt(rs, "eligibility_min_age"),
                        rs.getString("eligibility_groups")),
                contestId).orElseThrow();
    }

    void check(long contestId, long accountId) {
        EligibilityRule.Conditions conditions = conditionsByContest.get(contestId);
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
