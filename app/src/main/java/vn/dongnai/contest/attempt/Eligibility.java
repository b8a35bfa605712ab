package vn.dongnai.contest.attempt;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A contest's eligibility (điều kiện dự thi), checked when an attempt starts: minimum age on the
 * day, and the participant groups the contest admits. Living, working or studying in the province
 * is declared at registration (commune and unit from the catalog) and not re-checked here.
 */
@Singleton
class Eligibility {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Sql sql;
    private final Clock clock;
    /**
     * A contest's rules, read once a second rather than on each of a peak's thousands of starts
     * (as {@link RoundSetups} keeps its round); an expired entry is loaded once for all waiting starts.
     */
    private final LoadingCache<Long, Rules> rulesByContest;

    Eligibility(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.rulesByContest = Caffeine.newBuilder().expireAfterWrite(RoundSetups.TTL).maximumSize(1_000)
                .build(this::load);
    }

    private record Rules(Integer minAge, String groups) {
    }

    private record Person(LocalDate birthDate, String group) {
    }

    private Rules load(long contestId) {
        return sql.one("SELECT eligibility_min_age, eligibility_groups FROM contest WHERE id = ?",
                rs -> new Rules(Sql.nullableInt(rs, "eligibility_min_age"), rs.getString("eligibility_groups")),
                contestId).orElseThrow();
    }

    void check(long contestId, long accountId) {
        Rules rules = rulesByContest.get(contestId);
        if (rules.minAge() == null && (rules.groups() == null || rules.groups().isBlank())) {
            return;
        }
        Person person = sql.one("SELECT birth_date, participant_group FROM participant WHERE account_id = ?",
                rs -> new Person(Sql.date(rs, "birth_date"), rs.getString("participant_group")), accountId).orElseThrow();
        if (rules.minAge() != null) {
            int age = Period.between(person.birthDate(), LocalDate.now(clock.withZone(VIETNAM))).getYears();
            if (age < rules.minAge()) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "NOT_ELIGIBLE",
                        "Cuộc thi dành cho người từ " + rules.minAge() + " tuổi trở lên.",
                        "This contest is for people aged " + rules.minAge() + " or over.", List.of(),
                        Map.of("minAge", rules.minAge()));
            }
        }
        if (rules.groups() != null && !rules.groups().isBlank()) {
            List<String> admitted = Arrays.stream(rules.groups().split(",")).map(String::strip).toList();
            if (!admitted.contains(person.group())) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "NOT_ELIGIBLE",
                        "Đối tượng dự thi của bạn không thuộc đối tượng của cuộc thi này.",
                        "Your participant group is not admitted to this contest.", List.of(),
                        Map.of("groups", admitted));
            }
        }
    }
}
