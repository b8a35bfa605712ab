package vn.dongnai.contest.contest;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.staff.ContestGrants;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicating a contest or a round (nhân bản) — settings, rounds, draw rules and, through
 * {@link SettingsCopied}, prize rules; never entries — and deleting a draft contest nobody ever took.
 * A copy is always a draft, so nothing reaches contestants before an organizer publishes it.
 */
@Singleton
class ContestCopies {

    private static final String COPY_SUFFIX = " (bản sao)";
    private final Sql sql;
    private final Contests contestRows;
    private final Rounds roundRows;
    private final DrawRules drawRules;
    private final ContestAdmin contests;
    private final RoundAdmin rounds;
    private final AuditLog audit;
    private final Clock clock;
    private final ContestGrants grants;
    private final ApplicationEventPublisher<SettingsCopied> copied;
    private final ApplicationEventPublisher<ContestDeleting> deleting;

    ContestCopies(Sql sql, Contests contestRows, Rounds roundRows, DrawRules drawRules, ContestAdmin contests,
                  RoundAdmin rounds, AuditLog audit, Clock clock, ApplicationEventPublisher<SettingsCopied> copied,
                  ApplicationEventPublisher<ContestDeleting> deleting, ContestGrants grants) {
        this.grants = grants;
        this.sql = sql;
        this.contestRows = contestRows;
        this.roundRows = roundRows;
        this.drawRules = drawRules;
        this.contests = contests;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
        this.copied = copied;
        this.deleting = deleting;
    }

    @Transactional
    AdminViews.ContestView duplicateContest(Authentication creator, long contestId) {
        Actor actor = Actor.of(creator);
        contests.lock(contestId).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        Contest s = contestRows.byId(contestId).orElseThrow();
        Instant now = clock.instant();
        // the organizing unit is not copied here: staff/ContestGrants#grantCopy decides it with the grants
        long copy = contestRows.add(new Contest(null, freeSlug(s.slug()), copyName(s.name(), 300), s.description(),
                s.organizer(), s.rulesMd(), s.bankId(), Contest.DRAFT, now, now, s.avoidRepeatsAcrossRounds(),
                s.eligibilityMinAge(), s.eligibilityLocalOnly(), s.eligibilityGroups(), s.prizeMd(), s.brandColor(),
                s.brandLogoUrl(), s.overallBoard(), s.supportHotline(), s.supportHours(), null)).id();
        Map<Long, Long> roundIds = new LinkedHashMap<>();
        for (long roundId : sql.list("SELECT id FROM contest_round WHERE contest_id = ? ORDER BY seq",
                rs -> rs.getLong("id"), contestId)) {
            roundIds.put(roundId, copyRound(roundId, copy, null, null, false, now));
        }
        grants.grantCopy(creator, contestId, copy);
        copied.publishEvent(new SettingsCopied(contestId, copy, copy, roundIds));
        AdminViews.ContestView view = contests.view(copy);
        audit.record(actor, "CONTEST_DUPLICATED", "contest", copy, Map.of("copiedFrom", contestId), view);
        return view;
    }

    /** The copy follows on after the contest's last round, as long as the original: the usual next round. */
    @Transactional
    AdminViews.RoundView duplicateRound(Actor actor, long roundId) {
        record Source(long contestId, Instant opensAt, Instant closesAt) {
        }
        Source source = sql.one("SELECT contest_id, opens_at, closes_at FROM contest_round WHERE id = ?",
                        rs -> new Source(rs.getLong("contest_id"), Sql.instant(rs, "opens_at"), Sql.instant(rs, "closes_at")),
                        roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        contests.lock(source.contestId());
        Instant lastClose = sql.one("SELECT MAX(closes_at) AS last_close FROM contest_round WHERE contest_id = ?",
                rs -> Sql.instant(rs, "last_close"), source.contestId()).orElse(source.closesAt());
        Duration length = Duration.between(source.opensAt(), source.closesAt());
        long copy = copyRound(roundId, source.contestId(), lastClose, lastClose.plus(length), true, clock.instant());
        copied.publishEvent(new SettingsCopied(null, null, source.contestId(), Map.of(roundId, copy)));
        AdminViews.RoundView view = rounds.view(copy);
        audit.record(actor, "ROUND_DUPLICATED", "round", copy, Map.of("copiedFrom", roundId), view);
        return view;
    }

    /**
     * Deletes a contest that was never published for anyone to take: a draft whose rounds have no
     * attempt and none closed. Anything else is part of the record and stays (409).
     */
    @Transactional
    void deleteDraft(Actor actor, long contestId) {
        AdminViews.ContestView before = contests.view(contestId);
        contests.lock(contestId);
        boolean taken = before.rounds().stream()
                .anyMatch(r -> r.attempts() > 0 || ContestRound.CLOSED.equals(r.status()));
        if (!Contest.DRAFT.equals(before.status()) || taken) {
            throw new ApiException(HttpStatus.CONFLICT, "CONTEST_NOT_DELETABLE",
                    "Chỉ xóa được cuộc thi đang là bản nháp và chưa có ai làm bài; hãy gỡ công bố hoặc giữ lại cuộc thi này.",
                    "Only a draft contest nobody has taken can be deleted.");
        }
        List<Long> roundIds = before.rounds().stream().map(AdminViews.RoundView::id).toList();
        deleting.publishEvent(new ContestDeleting(contestId, roundIds));
        sql.update("DELETE FROM round_draw_rule WHERE round_id IN (SELECT id FROM contest_round WHERE contest_id = ?)",
                contestId);
        sql.update("DELETE FROM contest_round WHERE contest_id = ?", contestId);
        sql.update("DELETE FROM contest WHERE id = ?", contestId);
        audit.record(actor, "CONTEST_DELETED", "contest", contestId, before, null);
    }

    /** A draft copy of the round, with its draw rule, as the last round of {@code contestId}. */
    private long copyRound(long roundId, long contestId, @Nullable Instant opensAt, @Nullable Instant closesAt,
                           boolean renamed, Instant now) {
        ContestRound r = roundRows.byId(roundId).orElseThrow();
        long copy = roundRows.add(new ContestRound(null, contestId, rounds.nextSeq(contestId),
                renamed ? copyName(r.name(), 200) : r.name(), opensAt == null ? r.opensAt() : opensAt,
                closesAt == null ? r.closesAt() : closesAt, r.questionCount(), r.timeLimitSeconds(), r.attemptsAllowed(),
                r.countingRule(), r.graceSeconds(), r.pointsPerQuestion(), r.predictionKind(), r.predictionPrompt(),
                ContestRound.DRAFT, now, now, r.audience(), r.leaderboardVisible())).id();
        drawRules.add(copy, drawRules.forRound(roundId).orElseThrow().parts());
        return copy;
    }

    private static String copyName(String name, int max) {
        String base = name.length() + COPY_SUFFIX.length() > max ? name.substring(0, max - COPY_SUFFIX.length()) : name;
        return base + COPY_SUFFIX;
    }

    /** "chuyen-doi-so-ban-sao", then "-2", "-3"…, within the 80 characters a slug may have. */
    private String freeSlug(String slug) {
        String base = (slug.length() > 66 ? slug.substring(0, 66) : slug) + "-ban-sao";
        String candidate = base;
        for (int n = 2; slugTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(String slug) {
        return sql.one("SELECT id FROM contest WHERE slug = ?", rs -> rs.getLong("id"), slug).isPresent();
    }
}
