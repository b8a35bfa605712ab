package vn.dongnai.contest.catalog;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.Staff;
import vn.dongnai.contest.support.StaffLogins;
import vn.dongnai.contest.support.Workbooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit and commune lists: Excel import, organizer edits, the public pickers and registration. */
@MicronautTest(transactional = false)
@StaffLogins
class CatalogTest extends IntegrationTest {

    String organizer;

    @BeforeAll
    void signIn() {
        organizer = staff.organizer();
    }

    /** Other test classes register with free-text units and communes: leave both lists without active entries. */
    @AfterEach
    void emptyTheLists() {
        for (String kind : List.of("units", "communes")) {
            for (Map<String, Object> entry : api.get("/api/admin/catalog/" + kind + "?active=true", organizer).list()) {
                Map<String, Object> inactive = new HashMap<>(entry);
                inactive.put("active", false);
                api.put("/api/admin/catalog/" + kind + "/" + entry.get("id"), inactive, organizer);
            }
        }
    }

    private Api.Reply importFile(String kind, byte[] file, boolean replace) {
        return api.send(Staff.upload("/api/admin/catalog/" + kind + "/import?replace=" + replace, "danh-muc.xlsx", file),
                organizer);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void unitsImportedFromExcelAppearInThePublicPickerWithoutHeadcounts() {
        String t = tag();
        byte[] file = Workbooks.xlsx(List.of(
                List.of("DANH SÁCH ĐƠN VỊ THAM GIA"),
                List.of("STT", "Tên đơn vị", "Loại", "Số CBCCVC"),
                List.of(1, "Sở Nội vụ " + t, "Sở", 120),
                List.of(2, "Công an tỉnh " + t, "Cơ quan", "1.250")));

        var imported = importFile("units", file, false);

        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.map().get("created"));
        var listed = api.get("/api/admin/catalog/units?q=" + t, organizer).list();
        assertEquals(List.of(1250, 120), listed.stream().map(e -> e.get("headcount")).toList());
        var picker = api.get("/api/catalog/units", null);
        assertEquals(200, picker.status());
        assertTrue(picker.list().contains(Map.of("name", "Sở Nội vụ " + t, "kind", "Sở")), picker.body());
        assertFalse(picker.body().contains("1250"), "headcounts are not public");
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'CATALOG_IMPORTED' AND after_json LIKE ?",
                rs -> rs.getLong("n"), "%\"created\":2%").orElseThrow());
    }

    @Test
    void aFileWithRowErrorsImportsNothingAndNamesEachRow() {
        String t = tag();
        byte[] file = Workbooks.xlsx(List.of(
                List.of("Tên xã, phường", "Loại", "Số dân"),
                List.of("Phường Trấn Biên " + t, "Phường", 5000),
                List.of("", "Xã", 10),
                List.of("phường trấn biên " + t, "Phường", 1),
                List.of("Xã Phú Lý " + t, "Xã", "nhiều")));

        var refused = importFile("communes", file, false);

        assertEquals(422, refused.status());
        assertEquals("CATALOG_FILE_INVALID", refused.code());
        List<?> fields = ((List<?>) refused.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("rows[3].name", "rows[4].name", "rows[5].headcount"), fields);
        assertEquals(0, api.get("/api/admin/catalog/communes?q=" + t, organizer).list().size());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() {
        var refused = importFile("units", "Tên\nSở Nội vụ\n".getBytes(), false);

        assertEquals(422, refused.status());
        assertEquals("NOT_XLSX", refused.code());
    }

    @Test
    void aReplacingImportDeactivatesWhatTheNewListNoLongerNames() {
        String t = tag();
        importFile("communes", Workbooks.xlsx(List.of(List.of("Tên"), List.of("Xã An Phước " + t),
                List.of("Xã Long Thành " + t), List.of("Phường Bình Lộc " + t))), false);

        var replaced = importFile("communes", Workbooks.xlsx(List.of(List.of("Tên"), List.of("Xã An Phước " + t),
                List.of("Phường Long Khánh " + t))), true);

        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(Map.of("rows", 2, "created", 1, "updated", 0, "unchanged", 1, "deactivated", 2), replaced.map());
        List<Object> picker = api.get("/api/catalog/communes", null).list().stream().map(c -> c.get("name")).toList();
        assertEquals(List.of("Phường Long Khánh " + t, "Xã An Phước " + t), picker);
    }

    @Test
    void registrationTakesFreeTextWhileTheCommuneListIsEmpty() {
        var registered = api.post("/api/register", registration("Xã Bất Kỳ Nào Đó", null), null);

        assertEquals(201, registered.status(), registered.body());
    }

    @Test
    void onceTheListHasEntriesRegistrationRefusesAnUnlistedCommune() {
        String t = tag();
        importFile("communes", Workbooks.xlsx(List.of(List.of("Tên"), List.of("Phường Trấn Biên " + t))), false);

        var refused = api.post("/api/register", registration("Phường Không Có " + t, null), null);

        assertEquals(422, refused.status());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) refused.map().get("errors")).getFirst();
        assertEquals("commune", error.get("field"));
        assertEquals("NOT_IN_CATALOG", error.get("code"));
    }

    @Test
    void aListedNameTypedDifferentlyIsStoredWithItsOfficialSpelling() {
        String t = tag();
        importFile("units", Workbooks.xlsx(List.of(List.of("Tên đơn vị"), List.of("Sở Tư pháp " + t))), false);

        var registered = api.post("/api/register", registration("Xã Tự Do", "  sở tư  pháp " + t.toUpperCase()), null);

        assertEquals(201, registered.status(), registered.body());
        long id = ((Number) registered.map().get("participantId")).longValue();
        assertEquals("Sở Tư pháp " + t, sql.one("SELECT unit FROM participant WHERE account_id = ?",
                rs -> rs.getString("unit"), id).orElseThrow());
    }

    @Test
    void renamingAnEntryCarriesItsRegistrationsAlongAndIsAudited() {
        String t = tag();
        var created = api.post("/api/admin/catalog/units", Map.of("name", "Sở Xây dựng " + t, "kind", "Sở", "headcount", 80),
                organizer);
        assertEquals(201, created.status(), created.body());
        long unitId = ((Number) created.map().get("id")).longValue();
        long participant = ((Number) api.post("/api/register", registration("Xã Tự Do", "Sở Xây dựng " + t), null)
                .map().get("participantId")).longValue();

        var renamed = api.put("/api/admin/catalog/units/" + unitId, Map.of("name", "Sở Xây dựng tỉnh " + t, "kind", "Sở",
                "headcount", 85), organizer);

        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Sở Xây dựng tỉnh " + t, sql.one("SELECT unit FROM participant WHERE account_id = ?",
                rs -> rs.getString("unit"), participant).orElseThrow());
        assertEquals(1, Staff.audited(sql, "CATALOG_ENTRY_CREATED", "unit", unitId));
        assertEquals(1, Staff.audited(sql, "CATALOG_ENTRY_UPDATED", "unit", unitId));
    }

    @Test
    void entryFieldsAreCheckedAndANameCanBeListedOnlyOnce() {
        String t = tag();
        api.post("/api/admin/catalog/units", Map.of("name", "Sở Y tế " + t), organizer);

        var invalid = api.post("/api/admin/catalog/units", Map.of("name", "", "headcount", -1), organizer);
        var twice = api.post("/api/admin/catalog/units", Map.of("name", "sở y tế " + t), organizer);

        assertEquals(422, invalid.status());
        assertEquals(409, twice.status());
        assertEquals("NAME_TAKEN", twice.code());
    }

    private Map<String, Object> registration(String commune, String unit) {
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Đỗ Minh Khang", Fixtures.citizenId(1990), Fixtures.phone()));
        form.put("commune", commune);
        if (unit == null) {
            form.remove("unit");
        } else {
            form.put("unit", unit);
        }
        return form;
    }
}
