package vn.dongnai.contest.review;

import vn.dongnai.contest.system.BusinessRule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs of account farming among a round's entrants (nuôi tài khoản), each one a fact that can be
 * explained to the person flagged: many registrations from one address or one network within a
 * short window; one device fingerprint behind several accounts; an account that went from
 * registration to a submitted attempt within seconds. Plain Java; deciding stays with the committee.
 */
@BusinessRule
final class FarmingRules {

    static final String REGISTRATION_BURST = "REGISTRATION_BURST";
    static final String SAME_FINGERPRINT = "SAME_FINGERPRINT";
    static final String QUICK_FROM_REGISTRATION = "QUICK_FROM_REGISTRATION";

    /**
     * @param perAddress        registrations from one address within the window that raise a flag (0: off)
     * @param perNetwork        registrations from one /24 or /64 network within the window (0: off)
     * @param window            the window
     * @param perFingerprint    accounts behind one device fingerprint (0: off)
     * @param quickRegistration registration → submitted attempt faster than this (zero: off)
     */
    record Thresholds(int perAddress, int perNetwork, Duration window, int perFingerprint, Duration quickRegistration) {
    }

    /** One entrant's registration: when, and tags (short hash prefixes) of where from. */
    record Registration(long accountId, Instant at, String addressTag, String networkTag) {
    }

    /** An entrant's first attempt in the round: when it started and when it was submitted. */
    record FirstAttempt(long accountId, Instant registeredAt, Instant startedAt, Instant submittedAt) {
    }

    private FarmingRules() {
    }

    static List<ReviewRules.Flag> registrationBursts(List<Registration> registrations, Thresholds t) {
        List<ReviewRules.Flag> flags = new ArrayList<>();
        flags.addAll(bursts(registrations, Registration::addressTag, "address", t.perAddress(), t.window()));
        flags.addAll(bursts(registrations, Registration::networkTag, "network", t.perNetwork(), t.window()));
        // one flag per account: the address's burst is the stronger evidence when both fire
        Map<Long, ReviewRules.Flag> first = new LinkedHashMap<>();
        flags.forEach(f -> first.putIfAbsent(f.accountId(), f));
        return List.copyOf(first.values());
    }

    private static List<ReviewRules.Flag> bursts(List<Registration> registrations,
                                                 java.util.function.Function<Registration, String> origin,
                                                 String what, int threshold, Duration window) {
        if (threshold <= 0) {
            return List.of();
        }
        Map<String, List<Registration>> byOrigin = new LinkedHashMap<>();
        registrations.forEach(r -> byOrigin.computeIfAbsent(origin.apply(r), k -> new ArrayList<>()).add(r));
        List<ReviewRules.Flag> flags = new ArrayList<>();
        for (var group : byOrigin.entrySet()) {
            List<Registration> sorted = group.getValue().stream().sorted(Comparator.comparing(Registration::at)).toList();
            Set<Long> inBursts = new LinkedHashSet<>();
            int most = 0;
            for (int start = 0, end = 0; end < sorted.size(); end++) {
                while (Duration.between(sorted.get(start).at(), sorted.get(end).at()).compareTo(window) > 0) {
                    start++;
                }
                int count = end - start + 1;
                if (count >= threshold) {
                    most = Math.max(most, count);
                    for (int i = start; i <= end; i++) {
                        inBursts.add(sorted.get(i).accountId());
                    }
                }
            }
            for (long account : inBursts) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put(what, group.getKey());
                evidence.put("registrations", most);
                evidence.put("windowMinutes", window.toMinutes());
                evidence.put("otherAccounts", new TreeSet<>(inBursts).stream().filter(a -> a != account).limit(50).toList());
                flags.add(new ReviewRules.Flag(account, REGISTRATION_BURST, evidence));
            }
        }
        return flags;
    }

    static List<ReviewRules.Flag> sameFingerprint(List<ReviewRules.SharedOrigin> groups, Thresholds t) {
        if (t.perFingerprint() <= 0) {
            return List.of();
        }
        List<ReviewRules.Flag> flags = new ArrayList<>();
        for (ReviewRules.SharedOrigin group : groups) {
            if (group.accountIds().size() < t.perFingerprint()) {
                continue;
            }
            for (long account : group.accountIds()) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("fingerprint", group.tag());
                evidence.put("accounts", group.accountIds().size());
                evidence.put("otherAccounts", group.accountIds().stream().filter(a -> a != account).limit(50).toList());
                flags.add(new ReviewRules.Flag(account, SAME_FINGERPRINT, evidence));
            }
        }
        return flags;
    }

    static List<ReviewRules.Flag> quickFromRegistration(List<FirstAttempt> attempts, Thresholds t) {
        if (t.quickRegistration().isZero()) {
            return List.of();
        }
        List<ReviewRules.Flag> flags = new ArrayList<>();
        for (FirstAttempt a : attempts) {
            Duration total = Duration.between(a.registeredAt(), a.submittedAt());
            if (!total.isNegative() && total.compareTo(t.quickRegistration()) < 0) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("secondsToStart", Duration.between(a.registeredAt(), a.startedAt()).toSeconds());
                evidence.put("secondsToSubmit", total.toSeconds());
                evidence.put("thresholdSeconds", t.quickRegistration().toSeconds());
                flags.add(new ReviewRules.Flag(a.accountId(), QUICK_FROM_REGISTRATION, evidence));
            }
        }
        return flags;
    }
}
