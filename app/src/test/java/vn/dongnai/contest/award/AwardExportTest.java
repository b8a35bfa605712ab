package vn.dongnai.contest.award;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AwardExportTest extends IntegrationTest {

    static final String HOSTILE_UNIT = "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")";

    AwardFixtures awards;
    String committee;
    String chair;
    String organizer;

    /** A signed round: the winner's unit is a formula; the others hold Vietnamese names in full. */
    ContestRound round;
    AwardFixtures.Person winner;
    AwardFixtures.Person second;

    @BeforeAll
    void signedRound() {
        awards = new AwardFixtures(context, fixtures);
        committee = awards.staff("COMMITTEE");
        chair = awards.staff("COMMITTEE,COMMITTEE_CHAIR");
        organizer = awards.staff("ORGANIZER");
        round = awards.round(10);
        winner = awards.person("Nguyễn Thị Ánh Tuyết", HOSTILE_UNIT, "Phường Tam Hiệp", "OFFICIAL");
        second = awards.person("Trương Văn Đức", "@Sở Công Thương", "Xã Phước Thiền", "RESIDENT");
        awards.entry(round, winner, 10, 4L, 123_456, Instant.parse("2025-11-20T16:59:59.007Z"));
        awards.entry(round, second, 9, 2L, 90_000, Instant.parse("2025-11-20T10:00:00Z"));
        awards.entry(round, awards.person("Lê Thị Hồng"), 8, null, 90_000, Instant.parse("2025-11-20T10:00:00Z"));
        api.put("/api/admin/rounds/" + round.id() + "/prize-rules", Map.of("tiers", List.of(
                Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000),
                Map.of("name", "+Giải Nhì", "count", 1, "amountVnd", 2_000_000))), organizer);
        awards.close(round);
        Map<String, Object> draft = api.post("/api/admin/rounds/" + round.id() + "/awards/draft", Map.of(), committee).map();
        AwardFixtures.verifyWinners(api, draft, committee);
        Api.Reply signed = api.post("/api/admin/rounds/" + round.id() + "/awards/sign", Map.of("version", draft.get("version")), committee);
        assertEquals(200, signed.status(), signed.body());
    }

    record Download(int status, byte[] body, String contentType, String disposition) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
            return new Download(response.code(), response.body(), response.getContentType().map(Object::toString).orElse(""),
                    response.header("Content-Disposition"));
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), e.getResponse().getBody(byte[].class).orElse(new byte[0]), "", null);
        }
    }

    private static List<Row> sheet(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    /** RFC 4180 by hand: quoted fields, doubled quotes, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void theWinnersWorkbookMasksIdentityKeepsDiacriticsAndNeutralisesFormulas() throws IOException {
        Download file = download("/api/admin/rounds/" + round.id() + "/exports/winners?format=xlsx", committee);

        assertEquals(200, file.status(), file.text());
        assertTrue(file.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(file.disposition().contains("dat-giai-dot-1.xlsx"), file.disposition());
        List<Row> rows = sheet(file.body());
        assertEquals(AwardExports.WINNER_COLUMNS, texts(rows.get(0)));
        Row top = rows.get(1);
        assertEquals(List.of("Đợt 1", "Giải Nhất", "3000000", "1", "Nguyễn Thị Ánh Tuyết",
                Masking.citizenId(winner.citizenId()), Masking.phone(winner.phone()), "'" + HOSTILE_UNIT, "Phường Tam Hiệp",
                "10", "10", "4", "1", "123.456", "20/11/2025 23:59:59.007"), texts(top));
        assertEquals(new BigDecimal("123.456"), top.getCellAsNumber(13).orElseThrow(), "duration stays a number");
        assertEquals("'+Giải Nhì", rows.get(2).getCellText(1));
        assertEquals("'@Sở Công Thương", rows.get(2).getCellText(7));
        assertEquals(3, rows.size());
    }

    @Test
    void theWinnersWorkbookNamesTheDecisionStatusInVietnameseNotByItsCode() throws IOException {
        Download file = download("/api/admin/rounds/" + round.id() + "/exports/winners?format=xlsx", committee);

        List<Row> about;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            about = workbook.findSheet("Thông tin").orElseThrow().read();
        }
        String status = about.stream().filter(r -> "Trạng thái kết quả xét giải".equals(r.getCellText(0)))
                .map(r -> r.getCellText(1)).findFirst().orElseThrow();
        assertEquals("Đã ký duyệt", status);
    }

    @Test
    void theWinnersCsvHasABomAndTheSameMaskedNeutralisedRows() {
        Download file = download("/api/admin/rounds/" + round.id() + "/exports/winners?format=csv", committee);

        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.body(), 3));
        List<List<String>> records = parseCsv(file.text().substring(1));
        assertEquals(AwardExports.WINNER_COLUMNS, records.get(0));
        assertEquals(List.of("Đợt 1", "Giải Nhất", "3000000", "1", "Nguyễn Thị Ánh Tuyết",
                Masking.citizenId(winner.citizenId()), Masking.phone(winner.phone()), "'" + HOSTILE_UNIT, "Phường Tam Hiệp",
                "10", "10", "4", "1", "123.456", "20/11/2025 23:59:59.007"), records.get(1));
        assertEquals("'+Giải Nhì", records.get(2).get(1));
        assertEquals(3, records.size());
    }

    @Test
    void theChairExportsUnmaskedOnlyWithAReasonAndTheExportIsAudited() throws IOException {
        String reason = "Lập danh sách chi trả giải thưởng";
        String path = "/api/admin/rounds/" + round.id() + "/exports/winners?format=xlsx&unmasked=true";

        Download refused = download(path + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8), committee);
        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("UNMASKED_NOT_ALLOWED"));
        assertEquals(422, download(path, chair).status(), "a reason is required");
        long before = count("WINNERS_EXPORTED");

        Download file = download(path + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8), chair);

        assertEquals(200, file.status());
        Row top = sheet(file.body()).get(1);
        assertEquals(winner.citizenId(), top.getCellText(5));
        assertEquals(winner.phone(), top.getCellText(6));
        assertEquals(before + 1, count("WINNERS_EXPORTED"));
        String audited = sql.one("SELECT after_json FROM audit_log WHERE action = 'WINNERS_EXPORTED' ORDER BY id DESC LIMIT 1",
                rs -> rs.getString("after_json")).orElseThrow();
        assertTrue(audited.contains("\"unmasked\":true") && audited.contains(reason), audited);
        assertFalse(audited.contains(winner.citizenId()), "the audit names the export, not the data");
    }

    @Test
    void theFullRankingListsEveryEntryInRankOrderWithSignedPrizes() throws IOException {
        ContestRound big = awards.round(10);
        int entries = 1200;
        awards.ranked(big, entries, i -> "Phan Văn Khải " + i, i -> 10 - i % 11, i -> 60_000 + i,
                Instant.parse("2025-11-20T03:00:00Z"));
        api.put("/api/admin/rounds/" + big.id() + "/prize-rules", Map.of("tiers", List.of(
                Map.of("name", "Giải Khuyến khích", "count", 3, "amountVnd", 500_000))), organizer);
        awards.close(big);
        Map<String, Object> draft = api.post("/api/admin/rounds/" + big.id() + "/awards/draft", Map.of(), committee).map();
        AwardFixtures.verifyWinners(api, draft, committee);
        api.post("/api/admin/rounds/" + big.id() + "/awards/sign", Map.of("version", draft.get("version")), committee);

        List<Row> rows = sheet(download("/api/admin/rounds/" + big.id() + "/exports/ranking?format=xlsx", organizer).body());
        List<List<String>> csv = parseCsv(download("/api/admin/rounds/" + big.id() + "/exports/ranking?format=csv",
                organizer).text().substring(1));

        assertEquals(entries + 1, rows.size());
        assertEquals(entries + 1, csv.size());
        assertEquals(AwardExports.RANKING_COLUMNS, texts(rows.get(0)));
        for (int i = 1; i <= entries; i++) {
            assertEquals(String.valueOf(i), rows.get(i).getCellText(0));
            assertEquals(String.valueOf(i), csv.get(i).get(0));
        }
        assertEquals(List.of("Giải Khuyến khích", "Giải Khuyến khích", "Giải Khuyến khích", ""),
                List.of(csv.get(1).get(1), csv.get(2).get(1), csv.get(3).get(1), csv.get(4).get(1)));
        assertEquals("Phan Văn Khải 0", csv.get(1).get(2), "10 points and the fastest");
        assertTrue(csv.get(1).get(3).contains("******"), "masked citizen ID");
    }

    @Test
    void winnersCannotBeExportedBeforeSignOffAndExportsNeedAStaffRole() {
        ContestRound unsigned = awards.round(5);
        awards.entry(unsigned, awards.person("Tạ Thị Thu"), 5, 60_000);
        awards.close(unsigned);

        Download refused = download("/api/admin/rounds/" + unsigned.id() + "/exports/winners", committee);
        assertEquals(409, refused.status());
        assertTrue(refused.text().contains("NOT_SIGNED"));
        assertEquals(200, download("/api/admin/rounds/" + unsigned.id() + "/exports/ranking", committee).status(),
                "the full ranking exists once the round is closed");
        assertEquals(400, download("/api/admin/rounds/" + unsigned.id() + "/exports/ranking?format=pdf", committee).status());
        assertEquals(403, download("/api/admin/rounds/" + round.id() + "/exports/ranking", fixtures.contestant().token()).status());
    }

    private long count(String action) {
        return sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ?", rs -> rs.getLong("n"), action).orElseThrow();
    }
}
