package vn.dongnai.contest.award;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dongnai.contest.contest.ContestDeleting;
import vn.dongnai.contest.contest.SettingsCopied;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.util.Map;

/**
 * Prize rules follow their contest or round: copied with a duplicate (tiers, eligibility and the
 * contest's collective formula — not the exclusion list, which names people of that contest),
 * removed with a deleted draft. Runs inside the contest feature's transaction.
 */
@Singleton
class PrizeRuleCopies {

    private final Sql sql;
    private final Clock clock;

    PrizeRuleCopies(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @EventListener
    void copied(SettingsCopied event) {
        if (event.fromContestId() != null && event.toContestId() != null) {
            sql.update("""
                    INSERT INTO award_policy (contest_id, one_prize_per_person, rate_weight, points_weight,
                                              collective_min_participants, updated_at, updated_by)
                    SELECT ?, one_prize_per_person, rate_weight, points_weight, collective_min_participants, ?, NULL
                    FROM award_policy WHERE contest_id = ?""", event.toContestId(), clock.instant(), event.fromContestId());
            copyScope(AwardScope.contestKey(event.fromContestId()), AwardScope.contestKey(event.toContestId()),
                    event.toContestId(), null);
        }
        for (Map.Entry<Long, Long> round : event.roundIds().entrySet()) {
            copyScope(AwardScope.roundKey(round.getKey()), AwardScope.roundKey(round.getValue()), event.contestOfRounds(),
                    round.getValue());
        }
    }

    @EventListener
    void deleting(ContestDeleting event) {
        sql.update("DELETE FROM prize_tier WHERE scope_key = ?", AwardScope.contestKey(event.contestId()));
        event.roundIds().forEach(id -> sql.update("DELETE FROM prize_tier WHERE scope_key = ?", AwardScope.roundKey(id)));
        sql.update("DELETE FROM award_rule WHERE contest_id = ?", event.contestId());
        sql.update("DELETE FROM award_policy WHERE contest_id = ?", event.contestId());
        sql.update("DELETE FROM award_exclusion WHERE contest_id = ?", event.contestId());
    }

    private void copyScope(String from, String to, long contestId, Long roundId) {
        sql.update("""
                INSERT INTO award_rule (scope_key, contest_id, round_id, min_score, all_correct_only, eligible_groups,
                                        updated_at, updated_by)
                SELECT ?, ?, ?, min_score, all_correct_only, eligible_groups, ?, NULL FROM award_rule WHERE scope_key = ?""",
                to, contestId, roundId, clock.instant(), from);
        sql.update("""
                INSERT INTO prize_tier (scope_key, kind, position, name, prize_count, amount_vnd, collective_points)
                SELECT ?, kind, position, name, prize_count, amount_vnd, collective_points FROM prize_tier
                WHERE scope_key = ?""", to, from);
    }
}
