package vn.dongnai.contest.account;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quên mật khẩu, end to end: the link is sent through a real SMTP server (GreenMail, started here,
 * with a login the app must give), read from the received mail and followed.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.rate-limit.password-reset-per-ip-per-hour", value = "1000")
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "1000")
class PasswordResetTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/#/reset-password\\?token=)([A-Za-z0-9_-]+)");

    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("cuocthi@dongnai.gov.vn", "smtp-user", "smtp-secret-1"));
        smtp.start();
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("contest.mail.host", "127.0.0.1");
        props.put("contest.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        props.put("contest.mail.tls", "NONE");
        props.put("contest.mail.user", "smtp-user");
        props.put("contest.mail.password", "smtp-secret-1");
        props.put("contest.mail.from", "cuocthi@dongnai.gov.vn");
        props.put("contest.public-url", "https://cuocthi.dongnai.gov.vn");
        return props;
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private record Person(long id, String phone, String citizenId, String email, String token) {
    }

    private Person withEmail() {
        String citizenId = Fixtures.citizenId(1990);
        String phone = Fixtures.phone();
        String email = "thisinh" + phone + "@example.vn";
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Lê Thị Hồng", citizenId, phone));
        form.put("email", email);
        Api.Reply registered = api.post("/api/register", form, null);
        assertEquals(201, registered.status(), registered.body());
        long id = ((Number) registered.map().get("participantId")).longValue();
        return new Person(id, phone, citizenId, email, fixtures.login(phone, "matkhau123"));
    }

    private Api.Reply ask(String login) {
        return api.post("/api/password-reset", Map.of("login", login), null);
    }

    /** The mails received for this address, once there are {@code expected} (or 10 s have passed). */
    private List<MimeMessage> mailsTo(String address, int expected) {
        long until = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equals(address)) {
                        mine.add(message);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            if (mine.size() >= expected || System.currentTimeMillis() > until) {
                return mine;
            }
            sleep(50);
        }
    }

    private static String token(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher((String) message.getContent());
        assertTrue(link.find(), "the mail carries the link");
        assertEquals("https://cuocthi.dongnai.gov.vn/#/reset-password?token=", link.group(1));
        return link.group(2);
    }

    @Test
    void aLinkMailedThroughSmtpSetsANewPasswordAndEndsEverySession() throws Exception {
        Person person = withEmail();
        String refresh = (String) api.post("/login", Map.of("username", person.phone(), "password", "matkhau123"), null)
                .map().get("refresh_token");

        Api.Reply asked = ask(person.phone());
        assertEquals(202, asked.status(), asked.body());
        List<MimeMessage> mails = mailsTo(person.email(), 1);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.getFirst();
        assertEquals("Đặt lại mật khẩu tài khoản dự thi", mail.getSubject());
        assertEquals("cuocthi@dongnai.gov.vn", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
        assertTrue(((String) mail.getContent()).contains("giờ Việt Nam"));
        String token = token(mail);

        Api.Reply reset = api.post("/api/password-reset/confirm", Map.of("token", token, "newPassword", "moi-matkhau-2025"), null);
        assertEquals(204, reset.status(), reset.body());

        assertEquals(401, api.get("/api/me", person.token()).status(), "the old access token has ended");
        int renewed = api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null).status();
        assertTrue(renewed == 400 || renewed == 401 || renewed == 403, "the old refresh token is revoked, got " + renewed);
        assertEquals(401, api.post("/login", Map.of("username", person.phone(), "password", "matkhau123"), null).status());
        assertEquals(200, api.post("/login", Map.of("username", person.citizenId(), "password", "moi-matkhau-2025"), null).status());
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'PASSWORD_RESET_COMPLETED' AND entity_id = ?",
                rs -> rs.getLong("n"), String.valueOf(person.id())).orElse(0L));
    }

    @Test
    void aLinkWorksOnceOnly() throws Exception {
        Person person = withEmail();
        ask(person.citizenId());
        String token = token(mailsTo(person.email(), 1).getFirst());

        assertEquals(204, api.post("/api/password-reset/confirm", Map.of("token", token, "newPassword", "lan-dau-2025"), null).status());
        Api.Reply again = api.post("/api/password-reset/confirm", Map.of("token", token, "newPassword", "lan-hai-2025"), null);

        assertEquals(422, again.status());
        assertEquals("EXPIRED", ((Map<?, ?>) ((List<?>) again.map().get("errors")).getFirst()).get("code"));
        assertEquals(200, api.post("/login", Map.of("username", person.phone(), "password", "lan-dau-2025"), null).status());
    }

    @Test
    void aLinkOlderThanThirtyMinutesIsRefused() throws Exception {
        Person person = withEmail();
        ask(person.phone());
        String token = token(mailsTo(person.email(), 1).getFirst());
        sql.update("UPDATE password_reset SET expires_at = ? WHERE account_id = ?", Instant.now().minusSeconds(1), person.id());

        Api.Reply late = api.post("/api/password-reset/confirm", Map.of("token", token, "newPassword", "tre-qua-2025"), null);

        assertEquals(422, late.status());
        assertTrue(late.map().get("errors").toString().contains("hết hạn"));
        assertEquals(200, api.post("/login", Map.of("username", person.phone(), "password", "matkhau123"), null).status());
    }

    @Test
    void theLinkIsValidForThirtyMinutesFromTheRequest() throws Exception {
        Person person = withEmail();
        Instant before = Instant.now();
        ask(person.phone());
        mailsTo(person.email(), 1);
        Instant expires = sql.one("SELECT expires_at FROM password_reset WHERE account_id = ?",
                rs -> rs.getTimestamp("expires_at").toInstant(), person.id()).orElseThrow();
        long minutes = java.time.Duration.between(before, expires).toSeconds();
        assertTrue(minutes > 29 * 60 && minutes <= 30 * 60 + 5, "expires in 30 minutes, got " + minutes + " s");
    }

    @Test
    void theAnswerIsTheSameForAnUnknownNumberAnAccountWithoutEmailAndOneWithEmail() {
        Person withEmail = withEmail();
        Fixtures.Contestant withoutEmail = fixtures.contestant();

        Api.Reply known = ask(withEmail.phone());
        Api.Reply noEmail = ask(withoutEmail.phone());
        Api.Reply unknown = ask(Fixtures.phone());

        assertEquals(202, known.status());
        assertEquals(known.body(), noEmail.body());
        assertEquals(known.body(), unknown.body());
        assertEquals(1, mailsTo(withEmail.email(), 1).size());
        assertTrue(known.map().get("message").toString().contains("bộ phận hỗ trợ"));
    }

    /**
     * The lookup and the mail run after the answer has left, so an existing account answers as fast
     * as an unknown number: the medians of 15 requests each differ by less than 40 ms.
     */
    @Test
    void anExistingAccountAnswersAsFastAsAnUnknownNumber() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Person person = withEmail();
            long start = System.nanoTime();
            ask(person.phone());
            known.add(System.nanoTime() - start);
            String stranger = Fixtures.phone();
            start = System.nanoTime();
            ask(stranger);
            unknown.add(System.nanoTime() - start);
        }
        long knownMedian = known.stream().sorted().toList().get(7) / 1_000_000;
        long unknownMedian = unknown.stream().sorted().toList().get(7) / 1_000_000;
        System.out.printf("password-reset answer, median of 15: existing %d ms, unknown %d ms%n", knownMedian, unknownMedian);
        assertTrue(Math.abs(knownMedian - unknownMedian) < 40, knownMedian + " ms vs " + unknownMedian + " ms");
    }

    @Test
    void oneAccountGetsAtMostThreeLinksAnHourHoweverItsNumbersAreTyped() {
        Person person = withEmail();
        String national = person.phone();
        ask(national);
        ask("+84" + national.substring(1));
        ask(national.substring(0, 4) + "." + national.substring(4, 7) + "." + national.substring(7));
        Api.Reply fourth = ask(person.citizenId());

        assertEquals(202, fourth.status(), "the limit is not shown: it would tell the account exists");
        mailsTo(person.email(), 3);
        sleep(1500);
        assertEquals(3, mailsTo(person.email(), 3).size());
    }

    @Test
    void oneNumberIsLimitedToFiveRequestsAnHour() {
        String stranger = Fixtures.phone();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, ask(stranger).status());
        }
        Api.Reply sixth = ask(stranger);
        assertEquals(429, sixth.status());
        assertEquals("TOO_MANY_REQUESTS", sixth.code());
    }

    @Test
    void badInputIsReportedAtItsFieldInVietnamese() {
        Api.Reply empty = api.post("/api/password-reset", Map.of(), null);
        Api.Reply notANumber = ask("nguyenvanan");
        Api.Reply weak = api.post("/api/password-reset/confirm", Map.of("token", "abc", "newPassword", "ngan"), null);
        Api.Reply noToken = api.post("/api/password-reset/confirm", Map.of("newPassword", "du-dai-2025"), null);

        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("\"field\":\"login\""));
        assertEquals(422, notANumber.status());
        assertTrue(notANumber.body().contains("số định danh 12 chữ số"));
        assertEquals(422, weak.status());
        assertTrue(weak.body().contains("\"field\":\"newPassword\""));
        assertEquals(422, noToken.status());
        assertTrue(noToken.body().contains("\"field\":\"token\""));
    }

    @Test
    void aDisabledAccountGetsNoLink() {
        Person person = withEmail();
        sql.update("UPDATE account SET enabled = FALSE WHERE id = ?", person.id());

        assertEquals(202, ask(person.phone()).status());
        sleep(1500);
        assertFalse(mailsTo(person.email(), 0).iterator().hasNext());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
