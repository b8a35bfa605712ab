package vn.dongnai.contest.contest;

import jakarta.inject.Singleton;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A round's draw rule ({@link DrawRule}): the one place that reads and writes {@code round_draw_rule}. */
@Singleton
public class DrawRules {

    private final Sql sql;

    DrawRules(Sql sql) {
        this.sql = sql;
    }

    /**
     * The round's draw rule, its parts in the order they were set; empty when there is no such round.
     * One query (cached by the attempt engine: tables quoted as in {@link Rounds#byId}).
     */
    public Optional<DrawRule> forRound(long roundId) {
        record Line(long bankId, int questionCount, String audience, DrawRule.Part part) {
        }
        List<Line> lines = sql.list("""
                        SELECT c.bank_id, r.question_count, r.audience AS round_audience, d.id AS part_id, d.topic_id,
                               d.difficulty, d.question_count AS part_count, d.audience AS part_audience
                        FROM `contest_round` r
                        JOIN `contest` c ON c.id = r.contest_id
                        LEFT JOIN `round_draw_rule` d ON d.round_id = r.id
                        WHERE r.id = ? ORDER BY d.id""",
                rs -> new Line(rs.getLong("bank_id"), rs.getInt("question_count"), rs.getString("round_audience"),
                        Sql.nullableLong(rs, "part_id") == null ? null
                                : DrawRule.Part.of(Sql.nullableLong(rs, "topic_id"), rs.getString("difficulty"),
                                rs.getString("part_audience"), rs.getInt("part_count"))),
                roundId);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Line first = lines.getFirst();
        List<DrawRule.Part> parts = new ArrayList<>();
        lines.stream().map(Line::part).filter(p -> p != null).forEach(parts::add);
        return Optional.of(new DrawRule(roundId, first.bankId(), first.questionCount(),
                Audience.valueOf(first.audience()), parts));
    }

    /** Adds parts after the round's existing ones (the demo's rounds, a test's). */
    public void add(long roundId, List<DrawRule.Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        sql.batch("""
                INSERT INTO round_draw_rule (round_id, topic_id, difficulty, question_count, audience)
                VALUES (?, ?, ?, ?, ?)""", parts.stream()
                .map(p -> new Object[]{roundId, p.topicId(), p.difficulty(), p.count(),
                        p.audience() == null ? null : p.audience().name()}).toList());
    }

    /** The round's parts become these (a draft's or a not yet opened round's edit). */
    void replace(long roundId, List<DrawRule.Part> parts) {
        sql.update("DELETE FROM round_draw_rule WHERE round_id = ?", roundId);
        add(roundId, parts);
    }
}
