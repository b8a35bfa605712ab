package vn.dongnai.contest.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The final report's figures as the public results page shows them: the same totals, days, groups,
 * score distribution, prizes and ranking hashes, without personal data. Individual winners appear
 * exactly as the published winners list shows them (masked name, unit, commune); a unit, commune or
 * group with fewer than {@code minCount} participants is folded into one "others" line so nobody can
 * be picked out; disqualifications and regrades are counts only (their reasons are staff free text
 * about people); the hardest and easiest questions stay in the staff report, since the bank is
 * reused by later rounds and contests.
 */
@Serdeable
record PublicResults(long contestId, String contestName, String organizer, Instant generatedAt, int minCount,
                     List<String> rounds, ReportFigures.Totals totals, List<ReportFigures.Day> days,
                     List<ReportFigures.Group> groups, List<ReportFigures.Area> units, List<ReportFigures.Area> communes,
                     List<ReportFigures.ScoreBucket> scores, int regrades, long attemptsRegraded,
                     List<Winner> individualPrizes, List<ReportFigures.CollectivePrize> collectivePrizes,
                     List<ReportFigures.FrozenRanking> rankings) {

    static final String OTHER_UNITS = "Các đơn vị khác";
    static final String OTHER_COMMUNES = "Các xã, phường khác";
    static final String OTHER_GROUPS = "Đối tượng khác";

    @Serdeable
    record Winner(String scope, String tier, long amountVnd, int rank, String displayName, @Nullable String unit,
                  String commune, int score) {
    }

    static PublicResults of(ReportFigures f, int minCount) {
        List<ReportFigures.Group> groups = new ArrayList<>();
        long otherParticipants = 0;
        long otherAttempts = 0;
        long otherSubmitted = 0;
        for (ReportFigures.Group g : f.groups()) {
            if (g.participants() >= minCount) {
                groups.add(g);
            } else {
                otherParticipants += g.participants();
                otherAttempts += g.attempts();
                otherSubmitted += g.attemptsSubmitted();
            }
        }
        if (otherParticipants > 0) {
            groups.add(new ReportFigures.Group("OTHER", OTHER_GROUPS, otherParticipants, otherAttempts, otherSubmitted, null));
        }
        return new PublicResults(f.scope().contestId(), f.scope().contestName(), f.scope().organizer(),
                f.scope().generatedAt(), minCount, f.scope().rounds(), f.totals(), f.days(), groups,
                fold(f.units(), minCount, OTHER_UNITS), fold(f.communes(), minCount, OTHER_COMMUNES), f.scores(),
                f.regrades().size(), f.regrades().stream().mapToLong(ReportFigures.RegradeFigure::attemptsChanged).sum(),
                f.individualPrizes().stream().map(p -> new Winner(p.scope(), p.tier(), p.amountVnd(), p.rank(),
                        p.displayName(), p.unit(), p.commune(), p.score())).toList(),
                f.collectivePrizes(), f.rankings());
    }

    /** Areas with at least {@code minCount} participants as they are; the rest summed into one line without a rate. */
    static List<ReportFigures.Area> fold(List<ReportFigures.Area> areas, int minCount, String othersName) {
        List<ReportFigures.Area> shown = new ArrayList<>();
        long others = 0;
        for (ReportFigures.Area a : areas) {
            if (a.participants() >= minCount) {
                shown.add(a);
            } else {
                others += a.participants();
            }
        }
        if (others > 0) {
            shown.add(new ReportFigures.Area(othersName, others, null, (BigDecimal) null));
        }
        return shown;
    }
}
