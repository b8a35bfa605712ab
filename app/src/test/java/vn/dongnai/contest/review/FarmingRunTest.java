package vn.dongnai.contest.review;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted farming run as an attacker did it: 30 accounts registered, logged in and played from
 * one machine in under a minute, each request with its own forged forwarding headers and its own
 * User-Agent, all naming one office as their unit (so that the shared-address flag, which spares
 * colleagues of one office, stays quiet). Every one of them must end up in the review queue, with
 * evidence a person can check: the registration burst from the one real address, and the seconds
 * from registration to a submitted attempt.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.review.registrations-per-address", value = "10")
@Property(name = "contest.review.registrations-per-network", value = "30")
@Property(name = "contest.review.registration-window", value = "10m")
@Property(name = "contest.review.accounts-per-address", value = "10")
@Property(name = "contest.review.quick-from-registration", value = "60s")
class FarmingRunTest extends IntegrationTest {

    private static final int ACCOUNTS = 30;

    private <T> MutableHttpRequest<T> forged(MutableHttpRequest<T> request, int i) {
        String fake = "203.0." + (i % 250) + "." + (i * 7 % 250);
        return request.header("X-Forwarded-For", fake)
                .header("Forwarded", "for=" + fake)
                .header("X-Real-IP", fake)
                .header("User-Agent", "Mozilla/5.0 (Linux; Android " + (8 + i % 6) + "; SM-A" + (100 + i) + ") Chrome/" + (110 + i));
    }

    @Test
    void thirtyAccountsFromOneMachineWithForgedHeadersAllEndFlagged() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        List<Long> farmed = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String phone = Fixtures.phone();
            Map<String, Object> form = new HashMap<>(Fixtures.registration("Nguyễn Văn Nông", Fixtures.citizenId(1990), phone));
            Api.Reply registered = api.send(forged(HttpRequest.POST("/api/register", (Object) form), i), null);
            assertEquals(201, registered.status(), registered.body());
            farmed.add(((Number) registered.map().get("participantId")).longValue());
            Api.Reply login = api.send(forged(HttpRequest.POST("/login",
                    (Object) Map.of("username", phone, "password", "matkhau123")), i), null);
            String token = (String) login.map().get("access_token");
            Api.Reply started = api.send(forged(HttpRequest.POST("/api/rounds/" + round.id() + "/attempts", (Object) Map.of()), i), token);
            long attemptId = ((Number) started.map().get("attemptId")).longValue();
            MutableHttpRequest<Object> submit = forged(HttpRequest.POST("/api/attempts/" + attemptId + "/submit", (Object) Map.of()), i);
            submit.header("Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(200, api.send(submit, token).status());
        }

        Map<String, Object> queue = api.get("/api/admin/rounds/" + round.id() + "/review?status=PENDING", staff.committee()).map();

        Map<Long, List<String>> kinds = ((List<?>) queue.get("entries")).stream().map(e -> (Map<?, ?>) e)
                .collect(Collectors.toMap(e -> ((Number) e.get("accountId")).longValue(),
                        e -> ((List<?>) e.get("flags")).stream().map(f -> (String) ((Map<?, ?>) f).get("kind")).toList()));
        for (long account : farmed) {
            List<String> flags = kinds.getOrDefault(account, List.of());
            assertTrue(flags.contains("REGISTRATION_BURST"), account + " " + flags);
            assertTrue(flags.contains("QUICK_FROM_REGISTRATION"), account + " " + flags);
        }
        Map<?, ?> evidence = ((List<?>) queue.get("entries")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> ((Number) e.get("accountId")).longValue() == farmed.getFirst())
                .flatMap(e -> ((List<?>) e.get("flags")).stream()).map(f -> (Map<?, ?>) f)
                .filter(f -> "REGISTRATION_BURST".equals(f.get("kind"))).map(f -> (Map<?, ?>) f.get("evidence"))
                .findFirst().orElseThrow();
        assertEquals(ACCOUNTS, ((Number) evidence.get("registrations")).intValue());
        assertEquals(10, ((Number) evidence.get("windowMinutes")).intValue());
    }
}
