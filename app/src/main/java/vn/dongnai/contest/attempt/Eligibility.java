package vn.dongnai.contest.attempt;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    Eligibility(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    private record Rules(Integer minAge, String groups, Instant loadedAt) {
    }

    /** A contest's rules, read once a second rather than on each of a peak's thousands of starts. */
    private final Map<Long, Rules> rulesByContest = new ConcurrentHashMap<>();

    private record Person(LocalDate birthDate, String group) {
    }

    private Rules rules(long contestId) {
        Instant now = clock.instant();
        Rules known = rulesByContest.get(contestId);
        if (known != null && known.loadedAt().plus(RoundSetups.TTL).isAfter(now)) {
            return known;
        }
        Rules loaded = sql.one("SELECT eligibility_min_age, eligibility_groups FROM contest WHERE id = ?",
                rs -> new Rules(rs.getObject(1, Integer.class), rs.getString(2), now), contestId).orElseThrow();
        rulesByContest.put(contestId, loaded);
        return loaded;
    }

    void check(long contestId, long accountId) {
        Rules rules = rules(contestId);
        if (rules.minAge() == null && (rules.groups() == null || rules.groups().isBlank())) {
            return;
        }
        Person person = sql.one("SELECT birth_date, participant_group FROM participant WHERE account_id = ?",
                rs -> new Person(rs.getDate(1).toLocalDate(), rs.getString(2)), accountId).orElseThrow();
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
