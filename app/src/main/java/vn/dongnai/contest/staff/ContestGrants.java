package vn.dongnai.contest.staff;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.cache.SyncCache;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that answers "may this staff member act on contest C in role R" and "which
 * contests do they see" ({@link GrantRule} decides; this reads the grants). Asked on every
 * organizer call that names a contest, so an account's grants and a contest's organizing unit are
 * cached in this node ({@link GrantReads}) for {@code contest.staff.grant-cache} (5 s by default,
 * the caches {@code staff-grants} and {@code contest-units}). Grants change rarely;
 * when they do (or a contest's unit does), every node is told on a Redis channel and drops its
 * copies at once, so the change holds for the next request; the cache's lifetime bounds the delay
 * only while Redis is away — the pattern of {@code account/SessionValidity}.
 */
@Singleton
public class ContestGrants {

    private static final Logger LOG = LoggerFactory.getLogger(ContestGrants.class);
    private static final String CHANNEL = "staff-grants-changed";

    private final Sql sql;
    private final GrantReads reads;
    private final SyncCache<?> grants;
    private final SyncCache<?> units;
    private final Redis redis;
    private final AfterCommit afterCommit;
    private final Clock clock;
    private final ApplicationEventPublisher<OrganizingUnitChosen> unitChosen;
    private final ApplicationEventPublisher<OrganizingUnitCopied> unitCopied;
    private @Nullable StatefulRedisPubSubConnection<String, String> announcements;

    ContestGrants(Sql sql, GrantReads reads, @Named(GrantReads.GRANTS) SyncCache<?> grants,
                  @Named(GrantReads.CONTEST_UNITS) SyncCache<?> units, Redis redis, AfterCommit afterCommit,
                  Clock clock, ApplicationEventPublisher<OrganizingUnitChosen> unitChosen,
                  ApplicationEventPublisher<OrganizingUnitCopied> unitCopied) {
        this.sql = sql;
        this.reads = reads;
        this.grants = grants;
        this.units = units;
        this.redis = redis;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.unitChosen = unitChosen;
        this.unitCopied = unitCopied;
    }

    @PostConstruct
    void listen() {
        try {
            announcements = redis.connectPubSub();
            announcements.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    dropCopies();
                }
            });
            announcements.sync().subscribe(CHANNEL);
        } catch (RuntimeException e) {
            LOG.warn("Grant changes are not announced to this node ({}); its cache expires them", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void close() {
        if (announcements != null) {
            announcements.close();
        }
    }

    /** The contests a list shows the caller, for something open to {@code allowedRoles}. */
    public record Visible(boolean all, Set<Long> contestIds) {

        public boolean contains(long contestId) {
            return all || contestIds.contains(contestId);
        }
    }

    /** Whether the caller reaches every contest through one of {@code allowedRoles} (ADMIN, the support desk). */
    public boolean platformWide(Authentication caller, Collection<String> allowedRoles) {
        return GrantRule.platformWide(caller.getRoles(), allowedRoles);
    }

    /** Whether the caller may act on this contest through one of {@code allowedRoles}; false when it does not exist. */
    public boolean mayActOnContest(Authentication caller, Collection<String> allowedRoles, long contestId) {
        if (GrantRule.platformWide(caller.getRoles(), allowedRoles)) {
            return true;
        }
        GrantReads.ContestUnit contest = reads.unitOf(contestId);
        if (contest == null) {
            return false;
        }
        return GrantRule.mayAct(caller.getRoles(), allowedRoles, reads.grantsOf(accountId(caller)), contestId,
                contest.unit());
    }

    /** The same for the contest the round belongs to; false when the round does not exist. */
    public boolean mayActOnRound(Authentication caller, Collection<String> allowedRoles, long roundId) {
        if (GrantRule.platformWide(caller.getRoles(), allowedRoles)) {
            return true;
        }
        Long contestId = reads.contestOfRound(roundId);
        return contestId != null && mayActOnContest(caller, allowedRoles, contestId);
    }

    /**
     * Refuses a contest outside the caller's grants exactly as a contest that does not exist
     * (404, "Không tìm thấy cuộc thi."), so its existence is not revealed either.
     */
    public void requireContest(Authentication caller, Collection<String> allowedRoles, long contestId) {
        if (!mayActOnContest(caller, allowedRoles, contestId)) {
            throw ApiException.notFound("cuộc thi");
        }
    }

    /** The same for a round ("Không tìm thấy đợt thi."). */
    public void requireRound(Authentication caller, Collection<String> allowedRoles, long roundId) {
        if (!mayActOnRound(caller, allowedRoles, roundId)) {
            throw ApiException.notFound("đợt thi");
        }
    }

    /** The contests the caller sees through {@code allowedRoles}; read fresh, lists are rare. */
    public Visible visible(Authentication caller, Collection<String> allowedRoles) {
        if (GrantRule.platformWide(caller.getRoles(), allowedRoles)) {
            return new Visible(true, Set.of());
        }
        List<GrantRule.Grant> usable = reads.load(accountId(caller)).stream()
                .filter(g -> caller.getRoles().contains(g.role()))
                .filter(g -> allowedRoles.isEmpty() || allowedRoles.contains(g.role()))
                .toList();
        List<Long> ids = usable.stream().map(GrantRule.Grant::contestId).filter(Objects::nonNull).toList();
        List<String> unitNames = usable.stream().map(GrantRule.Grant::unit).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty() && unitNames.isEmpty()) {
            return new Visible(false, Set.of());
        }
        List<Object> args = new ArrayList<>(ids);
        args.addAll(unitNames);
        String byId = ids.isEmpty() ? "FALSE" : "id IN (" + Sql.marks(ids.size()) + ")";
        String byUnit = unitNames.isEmpty() ? "FALSE" : "organizing_unit IN (" + Sql.marks(unitNames.size()) + ")";
        Set<Long> contests = Set.copyOf(sql.list("SELECT id FROM contest WHERE " + byId + " OR " + byUnit,
                rs -> rs.getLong("id"), args.toArray()));
        return new Visible(false, contests);
    }

    /**
     * A new contest made by an organizer is theirs: it belongs to the unit of their one organizer
     * grant on a unit (so that unit's committee sees it too), and they are granted it as ORGANIZER
     * themselves, which covers it whatever unit it is later moved to. A platform-wide creator (ADMIN)
     * needs neither; the ADMIN assigns the unit. Runs inside the creating transaction.
     */
    public void grantToCreator(Authentication creator, long contestId) {
        if (GrantRule.platformWide(creator.getRoles(), Set.of())) {
            return;
        }
        long accountId = accountId(creator);
        String unit = GrantRule.unitForNewContest(reads.load(accountId));
        if (unit != null) {
            unitChosen.publishEvent(new OrganizingUnitChosen(contestId, unit));
        }
        sql.update("""
                INSERT INTO staff_grant (account_id, role, contest_id, granted_by, granted_at)
                VALUES (?, 'ORGANIZER', ?, ?, ?)""", accountId, contestId, accountId, clock.instant());
        changed();
    }

    /** A copy of a contest keeps the original's organizing unit, and its maker is granted it as for a new one. */
    public void grantCopy(Authentication creator, long originalId, long copyId) {
        unitCopied.publishEvent(new OrganizingUnitCopied(originalId, copyId));
        if (GrantRule.platformWide(creator.getRoles(), Set.of())) {
            return;
        }
        sql.update("""
                INSERT INTO staff_grant (account_id, role, contest_id, granted_by, granted_at)
                VALUES (?, 'ORGANIZER', ?, ?, ?)""", accountId(creator), copyId, accountId(creator), clock.instant());
        changed();
    }

    /**
     * The demo contest is granted, as V12 granted the contests it found, to every organizer and
     * committee account there already is, in each of those roles it holds (the bootstrap ADMIN is
     * platform-wide and needs none). Runs inside the caller's transaction.
     */
    public void grantToEveryStaffMember(long contestId, Instant grantedAt) {
        sql.update("""
                INSERT INTO staff_grant (account_id, role, contest_id, granted_by, granted_at)
                SELECT a.id, r.role, ?, NULL, ?
                FROM account a
                JOIN (SELECT 'ORGANIZER' AS role UNION ALL SELECT 'COMMITTEE' UNION ALL SELECT 'COMMITTEE_CHAIR') r
                  ON FIND_IN_SET(r.role, a.roles) > 0
                WHERE a.username IS NOT NULL""", contestId, grantedAt);
    }

    /** Grants or a contest's unit changed: every node drops its copies once the change is committed. */
    void changed() {
        afterCommit.run(() -> {
            dropCopies();
            try {
                redis.sync().publish(CHANNEL, "*");
            } catch (RuntimeException e) {
                LOG.warn("A grant change could not be announced ({}); other nodes expire it within their cache time",
                        e.getClass().getSimpleName());
            }
        });
    }

    private void dropCopies() {
        grants.invalidateAll();
        units.invalidateAll();
    }

    /** The caller's account; a caller that is no account (a monitoring login) holds no grants. */
    private static long accountId(Authentication caller) {
        return Principals.accountIdIfAny(caller).orElse(-1);
    }
}
