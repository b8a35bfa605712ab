package vn.dongnai.contest.certificate;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.RoundCloser;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CertificateTest extends IntegrationTest {

    String committee;
    String organizer;
    String admin;
    String publicUrl;

    /** A round whose decision is signed and published: two winners and one more participant. */
    ContestRound round;
    Fixtures.Contestant winner;
    Fixtures.Contestant second;
    Fixtures.Contestant participant;

    @BeforeAll
    void publishedRound() {
        committee = staff.committee();
        organizer = staff.organizer();
        admin = staff.adminToken();
        publicUrl = context.getProperty("contest.public-url", String.class).orElseThrow().replaceAll("/+$", "");
        round = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 3, 5, false), 10);
        winner = fixtures.contestant("Nguyễn Thị Ánh Tuyết", "Sở Khoa học và Công nghệ", null);
        second = fixtures.contestant("Trương Văn Đức", "Sở Khoa học và Công nghệ", null);
        participant = fixtures.contestant("Lê Thị Hồng", "Sở Khoa học và Công nghệ", null);
        entry(round, winner.id(), 10, 100_000);
        entry(round, second.id(), 9, 90_000);
        entry(round, participant.id(), 5, 90_000);
        Map<String, Object> draft = closeAndDraft(round);
        sign(round, draft);
        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/awards/publish", Map.of(), committee).status());
    }

    // Fixtures: entries written straight to MySQL, the committee's steps through the API

    private void entry(ContestRound r, long accountId, int correct, long durationMs) {
        Instant submitted = Instant.now().minus(Duration.ofHours(1));
        sql.insert("""
                INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                                     question_count, correct_count, score)
                VALUES (?, ?, 1, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?)""", r.id(), accountId, submitted.minusMillis(durationMs),
                submitted, submitted, durationMs, r.questionCount(), correct, correct);
    }

    private Map<String, Object> closeAndDraft(ContestRound r) {
        Api.Reply rules = api.put("/api/admin/rounds/" + r.id() + "/prize-rules", Map.of("tiers", List.of(
                Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000),
                Map.of("name", "Giải Nhì", "count", 1, "amountVnd", 2_000_000))), organizer);
        assertEquals(200, rules.status(), rules.body());
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofMinutes(5)), r.id());
        context.getBean(RoundCloser.class).close(r.id(), null, "test");
        Api.Reply draft = api.post("/api/admin/rounds/" + r.id() + "/awards/draft", Map.of(), committee);
        assertEquals(200, draft.status(), draft.body());
        return draft.map();
    }

    private void sign(ContestRound r, Map<String, Object> draft) {
        for (Object w : (List<?>) draft.get("winners")) {
            Object accountId = ((Map<?, ?>) w).get("accountId");
            api.post("/api/admin/contestants/" + accountId + "/identity-verification",
                    Map.of("method", "IN_PERSON", "note", "CCCD gốc"), committee);
        }
        Api.Reply signed = api.post("/api/admin/rounds/" + r.id() + "/awards/sign", Map.of("version", draft.get("version")),
                committee);
        assertEquals(200, signed.status(), signed.body());
    }

    /** Another contest with one closed round, one winner and a decision that is only drafted. */
    private ContestRound draftedRound() {
        ContestRound r = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 3, 5, false), 10);
        entry(r, fixtures.contestant("Phạm Minh Khôi", "Sở Khoa học và Công nghệ", null).id(), 8, 80_000);
        closeAndDraft(r);
        return r;
    }

    record Download(int status, byte[] body, String contentType, String disposition) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Download download(String path, String token) {
        try {
            var request = HttpRequest.GET(path);
            if (token != null) {
                request.bearerAuth(token);
            }
            HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
            return new Download(response.code(), response.body(), response.getContentType().map(Object::toString).orElse(""),
                    response.header("Content-Disposition"));
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), e.getResponse().getBody(byte[].class).orElse(new byte[0]), "", null);
        }
    }

    private List<Map<String, Object>> items(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.map().get("items");
        return items;
    }

    private String codeOf(List<Map<String, Object>> items, long accountId) {
        return items.stream().filter(i -> ((Number) i.get("accountId")).longValue() == accountId)
                .map(i -> (String) i.get("code")).findFirst().orElseThrow();
    }

    // Reading a certificate back

    @Test
    void aWinnersCertificateReadsBackAsTheDataAndItsQrOpensAVerificationThatAnswers() throws IOException {
        List<Map<String, Object>> items = items(api.get("/api/admin/rounds/" + round.id() + "/certificates", committee));
        assertEquals(2, items.size(), items.toString());
        String code = codeOf(items, winner.id());
        Download pdf = download("/api/admin/certificates/" + code, committee);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains("attachment"), pdf.disposition());
        String contestName = sql.one("SELECT name FROM contest WHERE id = ?", rs -> rs.getString("name"), round.contestId()).orElseThrow();

        List<String> lines = CertificateReading.lines(pdf.body());
        assertTrue(lines.contains("Nguyễn Thị Ánh Tuyết"), lines.toString());
        assertTrue(lines.contains("Đơn vị: Sở Khoa học và Công nghệ"), lines.toString());
        assertTrue(lines.contains("Giải Nhất"), lines.toString());
        assertTrue(lines.contains("Đợt 1"), lines.toString());
        assertTrue(lines.contains(code), lines.toString());
        // the text stripper may read a space into a run of random letters (kerning): compare without spaces
        String quoted = ("\u201c" + contestName + "\u201d").replace(" ", "");
        assertTrue(lines.stream().anyMatch(l -> l.replace(" ", "").contains(quoted)), lines.toString());

        String url = CertificateReading.qr(pdf.body());
        assertEquals(publicUrl + "/verify/" + code, url);
        try (HttpClient plain = HttpClient.create(context.getBean(EmbeddedServer.class).getURL(), noRedirects())) {
            HttpResponse<String> opened = plain.toBlocking().exchange(HttpRequest.GET(url.substring(publicUrl.length())),
                    String.class);
            assertEquals(303, opened.code());
            assertEquals("/#/verify/" + code, opened.header("Location"));
        }
        Api.Reply verified = api.get("/api/verify/" + code, null);
        assertEquals(200, verified.status(), verified.body());
        Map<String, Object> v = verified.map();
        assertEquals(true, v.get("valid"));
        assertEquals(Masking.displayName("Nguyễn Thị Ánh Tuyết"), v.get("holder"));
        assertEquals("Nguyễn T. Á. T.", v.get("holder"));
        assertEquals("Giải Nhất", v.get("prize"));
        assertEquals(contestName, v.get("contest"));
        assertEquals("Đợt 1", v.get("round"));
        assertNotNull(v.get("issuedOn"));
        assertFalse(verified.body().contains("Ánh Tuyết"), "the public answer never holds the full name");
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'CERTIFICATE_DOWNLOADED' AND after_json LIKE ?",
                rs -> rs.getInt("n"), "%" + code + "%").orElse(0));
    }

    @Test
    void aCertificateKeepsItsCodeFromOneDownloadToTheNext() {
        List<Map<String, Object>> first = items(api.get("/api/admin/rounds/" + round.id() + "/certificates", committee));
        List<Map<String, Object>> again = items(api.get("/api/admin/rounds/" + round.id() + "/certificates", committee));
        assertEquals(first, again);
        assertTrue(first.stream().allMatch(i -> ((String) i.get("code")).matches("[0-9A-HJKMNP-TV-Z]{16}")), first.toString());
    }

    @Test
    void aRoundsZipHoldsOnePdfPerWinnerWithTheirNames() throws IOException {
        Download zip = download("/api/admin/rounds/" + round.id() + "/certificates.zip", committee);
        assertEquals(200, zip.status(), zip.text());
        assertEquals("application/zip", zip.contentType());
        Map<String, List<String>> entries = unzip(zip.body());
        assertEquals(2, entries.size(), entries.keySet().toString());
        List<String> names = entries.values().stream().map(lines -> lines.stream()
                .filter(l -> l.equals("Nguyễn Thị Ánh Tuyết") || l.equals("Trương Văn Đức")).findFirst().orElse("?")).toList();
        assertEquals(List.of("Nguyễn Thị Ánh Tuyết", "Trương Văn Đức"), names);
        assertTrue(entries.keySet().iterator().next().startsWith("00001-giai-nhat-nguyen-thi-anh-tuyet-"), entries.keySet().toString());
        assertTrue(sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'CERTIFICATES_EXPORTED' AND entity_id = ?",
                rs -> rs.getInt("n"), String.valueOf(round.id())).orElse(0) >= 1);
    }

    private static Map<String, List<String>> unzip(byte[] bytes) throws IOException {
        Map<String, List<String>> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), CertificateReading.lines(in.readAllBytes()));
            }
        }
        return entries;
    }

    @Test
    void aDraftDecisionGivesNoCertificate() {
        ContestRound drafted = draftedRound();
        Api.Reply list = api.get("/api/admin/rounds/" + drafted.id() + "/certificates", committee);
        assertEquals(409, list.status(), list.body());
        assertEquals("DECISION_NOT_SIGNED", list.code());
        assertEquals(409, api.get("/api/admin/rounds/" + drafted.id() + "/certificates.zip", committee).status());
        assertEquals(0, sql.one("SELECT COUNT(*) AS n FROM certificate WHERE round_id = ?", rs -> rs.getInt("n"), drafted.id()).orElse(-1));
    }

    @Test
    void anUnlockedDecisionMakesItsCodesAnswerNoLongerValid() {
        ContestRound r = draftedRound();
        Map<String, Object> draft = api.get("/api/admin/rounds/" + r.id() + "/awards", committee).map();
        sign(r, draft);
        String code = (String) items(api.get("/api/admin/rounds/" + r.id() + "/certificates", committee)).get(0).get("code");
        assertEquals(true, api.get("/api/verify/" + code, null).map().get("valid"));

        Api.Reply unlocked = api.post("/api/admin/rounds/" + r.id() + "/awards/unlock", Map.of("reason", "Sai đáp án câu 3"), admin);
        assertEquals(200, unlocked.status(), unlocked.body());
        Map<String, Object> after = api.get("/api/verify/" + code, null).map();
        assertEquals(false, after.get("valid"));
        assertTrue(((String) after.get("message")).contains("không còn hiệu lực"), after.toString());
        Api.Reply revoked = api.get("/api/admin/certificates/" + code, committee);
        assertEquals(409, revoked.status());
        assertEquals("CERTIFICATE_REVOKED", revoked.code());
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        Api.Reply unknown = api.get("/api/verify/ZZZZZZZZZZZZZZZZ", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.map().get("message").toString().startsWith("Không tìm thấy"), unknown.body());
        assertEquals(404, api.get("/api/verify/abc'--", null).status());
        assertEquals(404, api.get("/api/admin/certificates/ZZZZZZZZZZZZZZZZ", committee).status());
    }

    @Test
    void onlyTheCommitteeAndAdminDownloadNamedCertificates() {
        assertEquals(403, api.get("/api/admin/rounds/" + round.id() + "/certificates", organizer).status());
        assertEquals(403, download("/api/admin/rounds/" + round.id() + "/certificates.zip", organizer).status());
        assertEquals(401, api.get("/api/admin/rounds/" + round.id() + "/certificates", null).status());
        assertEquals(200, api.get("/api/admin/rounds/" + round.id() + "/certificates", admin).status());
    }

    @Test
    void aCommitteeMemberOfAnotherDepartmentCannotFetchACertificateByItsCode() {
        String code = codeOf(items(api.get("/api/admin/rounds/" + round.id() + "/certificates", committee)), winner.id());
        String stranger = staff.createWithoutGrants("COMMITTEE").token();
        Api.Reply reply = api.get("/api/admin/certificates/" + code, stranger);
        assertEquals(404, reply.status(), reply.body());
    }

    // A contestant's own

    @Test
    void aWinnerDownloadsTheirOwnCertificateAndNobodyElseCan() throws IOException {
        Api.Reply mine = api.get("/api/me/certificates", winner.token());
        assertEquals(200, mine.status(), mine.body());
        List<Map<String, Object>> prizes = mine.list().stream().filter(c -> "PRIZE".equals(c.get("kind"))).toList();
        assertEquals(1, prizes.size(), mine.body());
        assertEquals("Giải Nhất", prizes.get(0).get("prize"));
        assertEquals("Giải cá nhân", prizes.get(0).get("kindLabel"));
        String code = (String) prizes.get(0).get("code");

        Download own = download("/api/me/certificates/" + code, winner.token());
        assertEquals(200, own.status());
        assertTrue(CertificateReading.lines(own.body()).contains("Nguyễn Thị Ánh Tuyết"));
        assertEquals(404, download("/api/me/certificates/" + code, second.token()).status());
        assertEquals(404, download("/api/me/certificates/" + code, participant.token()).status());
    }

    @Test
    void participationCertificatesFollowTheContestsSetting() throws IOException {
        ContestRound r = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 3, 5, false), 10);
        Fixtures.Contestant a = fixtures.contestant("Đặng Thu Thảo", "Sở Khoa học và Công nghệ", null);
        Fixtures.Contestant b = fixtures.contestant("Hồ Quốc Việt", "Sở Khoa học và Công nghệ", null);
        entry(r, a.id(), 7, 70_000);
        entry(r, b.id(), 6, 70_000);
        closeAndDraft(r);
        Api.Reply refused = api.get("/api/admin/rounds/" + r.id() + "/certificates.zip?kind=PARTICIPATION", committee);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("PARTICIPATION_DISABLED", refused.code());
        assertTrue(api.get("/api/me/certificates", b.token()).list().isEmpty());

        Map<String, Object> template = new HashMap<>(api.get("/api/admin/contests/" + r.contestId() + "/certificate-template",
                organizer).map());
        template.put("participationEnabled", true);
        Api.Reply saved = api.put("/api/admin/contests/" + r.contestId() + "/certificate-template", template, organizer);
        assertEquals(200, saved.status(), saved.body());

        Download zip = download("/api/admin/rounds/" + r.id() + "/certificates.zip?kind=PARTICIPATION", committee);
        assertEquals(200, zip.status(), zip.text());
        Map<String, List<String>> entries = unzip(zip.body());
        assertEquals(2, entries.size());
        assertTrue(entries.values().stream().allMatch(lines -> lines.contains("Đã tham gia")));
        List<Map<String, Object>> mine = api.get("/api/me/certificates", b.token()).list();
        assertEquals(1, mine.size());
        assertEquals("PARTICIPATION", mine.get(0).get("kind"));
        Download own = download("/api/me/certificates/" + mine.get(0).get("code"), b.token());
        assertTrue(CertificateReading.lines(own.body()).contains("Hồ Quốc Việt"));
    }

    // The template

    @Test
    void aTemplateWithAnUnknownPlaceholderABadColourAndNoTitleIsRefusedFieldByField() {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", List.of("UBND TỈNH ĐỒNG NAI"));
        body.put("title", " ");
        body.put("body", List.of("Chứng nhận {ten}", "{name}"));
        body.put("place", "Đồng Nai");
        body.put("signerTitle", "TRƯỞNG BAN");
        body.put("signerName", "Nguyễn Văn B");
        body.put("primaryColor", "red");
        body.put("accentColor", "#B8860B");
        Api.Reply reply = api.put("/api/admin/contests/" + round.contestId() + "/certificate-template", body, organizer);
        assertEquals(422, reply.status(), reply.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.map().get("errors");
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.put((String) e.get("field"), (String) e.get("code")));
        assertEquals(Map.of("title", "REQUIRED", "body[0]", "UNKNOWN_PLACEHOLDER", "primaryColor", "INVALID_COLOR"), byField);
        assertTrue(reply.body().contains("{ten}"), reply.body());
    }

    @Test
    void imagesAreCheckedByDecodingThem() throws IOException {
        String path = "/api/admin/contests/" + round.contestId() + "/certificate-template/images/logo";
        Api.Reply text = upload(path, "logo.png", "không phải ảnh".getBytes());
        assertEquals(422, text.status(), text.body());
        assertTrue(text.body().contains("UNSUPPORTED_IMAGE"), text.body());
        byte[] broken = CertificateReading.sampleLogo();
        Api.Reply damaged = upload(path, "logo.png", java.util.Arrays.copyOf(broken, 60));
        assertEquals(422, damaged.status(), damaged.body());
        assertTrue(damaged.body().contains("INVALID_IMAGE"), damaged.body());
        byte[] huge = new byte[TemplateRules.MAX_IMAGE_BYTES + 10];
        System.arraycopy(broken, 0, huge, 0, broken.length);
        Api.Reply tooLarge = upload(path, "logo.png", huge);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertEquals("IMAGE_TOO_LARGE", tooLarge.code());

        Api.Reply ok = upload(path, "logo.png", broken);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(true, ok.map().get("hasLogo"));
        Download preview = download("/api/admin/contests/" + round.contestId() + "/certificate-template/preview.pdf", organizer);
        assertEquals(200, preview.status());
        try (PDDocument doc = Loader.loadPDF(preview.body())) {
            assertEquals(1, doc.getPage(0).getResources().getXObjectNames().spliterator().getExactSizeIfKnown());
        }
        assertTrue(CertificateReading.lines(preview.body()).contains("Nguyễn Văn An"));
        Download png = download("/api/admin/contests/" + round.contestId() + "/certificate-template/preview.png", organizer);
        assertEquals("image/png", png.contentType());
        assertEquals(200, api.delete(path, organizer).status());
        assertEquals(404, download(path, organizer).status());
    }

    @Test
    void aCopiedContestKeepsTheLayoutAndDeletingTheDraftCopyRemovesIt() {
        ContestRound r = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 3, 5, false), 10);
        Map<String, Object> template = new HashMap<>(api.get("/api/admin/contests/" + r.contestId() + "/certificate-template",
                organizer).map());
        template.put("signerName", "Võ Tấn Đức");
        assertEquals(200, api.put("/api/admin/contests/" + r.contestId() + "/certificate-template", template, organizer).status());
        Api.Reply copy = api.post("/api/admin/contests/" + r.contestId() + "/duplicate", Map.of(), organizer);
        assertEquals(201, copy.status(), copy.body());
        long copyId = ((Number) copy.map().get("id")).longValue();
        Map<String, Object> copied = api.get("/api/admin/contests/" + copyId + "/certificate-template", organizer).map();
        assertEquals("Võ Tấn Đức", copied.get("signerName"));
        assertEquals(true, copied.get("saved"));

        Api.Reply deleted = api.delete("/api/admin/contests/" + copyId, organizer);
        assertTrue(deleted.status() < 300, deleted.body());
        assertEquals(0, sql.one("SELECT COUNT(*) AS n FROM certificate_template WHERE contest_id = ?", rs -> rs.getInt("n"), copyId)
                .orElse(-1));
    }

    private Api.Reply upload(String path, String name, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.IMAGE_PNG_TYPE, bytes).build();
        return api.send(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), organizer);
    }

    private static DefaultHttpClientConfiguration noRedirects() {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setFollowRedirects(false);
        return config;
    }

}
