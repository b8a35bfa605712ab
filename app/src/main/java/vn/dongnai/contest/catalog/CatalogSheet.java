package vn.dongnai.contest.catalog;

import io.micronaut.core.annotation.Nullable;
import vn.dongnai.contest.bank.TextKeys;
import vn.dongnai.contest.bank.format.XlsxTables;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.FreeText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalog workbook: a header row (within the first rows, below any title) naming the
 * columns, then one unit or commune per row. Headers are matched without case or diacritics, as
 * people retype them ("Ten don vi", "Số lượng CBCCVC"). Plain Java; every problem names its row.
 */
final class CatalogSheet {

    static final int HEADER_SEARCH_ROWS = 10;
    static final int MAX_HEADCOUNT = 10_000_000;
    private static final int MAX_ERRORS = 200;

    private static final Set<String> NAME = Set.of("ten", "ten don vi", "don vi", "ten co quan", "co quan",
            "ten co quan don vi", "co quan don vi", "ten xa phuong", "xa phuong", "ten xa", "ten phuong",
            "ten xa phuong thi tran", "name");
    private static final Set<String> KIND = Set.of("loai", "loai hinh", "loai don vi", "cap", "phan loai", "kind", "type");
    private static final Set<String> HEADCOUNT = Set.of("so nguoi", "so luong", "bien che", "so can bo",
            "so luong cbccvc", "so cbccvc", "tong so", "so dan", "dan so", "headcount");

    record Row(int number, String name, @Nullable String kind, @Nullable Integer headcount) {
    }

    record Result(List<Row> rows, List<ApiError.FieldError> errors) {
    }

    private CatalogSheet() {
    }

    static Result read(List<XlsxTables.Row> sheet, CatalogKind kind) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        Optional<Map<String, Integer>> header = Optional.empty();
        int headerAt = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.size()) && header.isEmpty(); i++) {
            header = columns(sheet.get(i));
            headerAt = i;
        }
        if (header.isEmpty()) {
            errors.add(new ApiError.FieldError("file", "NO_HEADER",
                    "Không tìm thấy dòng tiêu đề có cột \"Tên\" trong " + HEADER_SEARCH_ROWS + " dòng đầu của trang tính đầu tiên.",
                    "No header row with a \"Tên\" (name) column in the first " + HEADER_SEARCH_ROWS + " rows of the first sheet."));
            return new Result(List.of(), errors);
        }
        Map<String, Integer> columns = header.get();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRowByName = new HashMap<>();
        for (XlsxTables.Row row : sheet.subList(headerAt + 1, sheet.size())) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            String name = clean(row.cell(columns.get("name")));
            String type = columns.containsKey("kind") ? clean(row.cell(columns.get("kind"))) : "";
            String count = columns.containsKey("headcount") ? clean(row.cell(columns.get("headcount"))) : "";
            String at = "rows[" + row.number() + "]";
            boolean ok = true;
            if (name.isEmpty()) {
                errors.add(error(at + ".name", "REQUIRED", row.number(), "thiếu tên " + kind.vietnamese + ".",
                        "the name is missing."));
                continue;
            }
            if (name.length() > kind.maxName) {
                errors.add(error(at + ".name", "TOO_LONG", row.number(), "tên dài quá " + kind.maxName + " ký tự.",
                        "the name is longer than " + kind.maxName + " characters."));
                ok = false;
            } else if (FreeText.hiddenCharacterAt(name) >= 0) {
                errors.add(error(at + ".name", "HIDDEN_CHARACTERS", row.number(),
                        "tên có ký tự ẩn hoặc ký tự điều khiển (không nhìn thấy được).",
                        "the name contains invisible, control or direction-changing characters."));
                ok = false;
            }
            Integer first = firstRowByName.putIfAbsent(TextKeys.comparable(name), row.number());
            if (first != null) {
                errors.add(error(at + ".name", "DUPLICATE", row.number(), "tên trùng với dòng " + first + ".",
                        "the name repeats row " + first + "."));
                ok = false;
            }
            if (type.length() > kind.maxKind) {
                errors.add(error(at + ".kind", "TOO_LONG", row.number(), "loại dài quá " + kind.maxKind + " ký tự.",
                        "the kind is longer than " + kind.maxKind + " characters."));
                ok = false;
            }
            Integer headcount = null;
            if (!count.isEmpty()) {
                headcount = headcount(count);
                if (headcount == null) {
                    errors.add(error(at + ".headcount", "INVALID", row.number(),
                            "số người '" + count + "' phải là số nguyên từ 0 đến " + MAX_HEADCOUNT + ".",
                            "headcount '" + count + "' must be a whole number from 0 to " + MAX_HEADCOUNT + "."));
                    ok = false;
                }
            }
            if (ok) {
                rows.add(new Row(row.number(), name, type.isEmpty() ? null : type, headcount));
            }
        }
        return new Result(rows, errors);
    }

    /** NFC, one line, spaces collapsed: the same cleaning registration applies to what people type. */
    static String clean(@Nullable String raw) {
        return FreeText.normalize(raw);
    }

    private static Optional<Map<String, Integer>> columns(XlsxTables.Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String key = TextKeys.fold(row.cell(i));
            if (NAME.contains(key)) {
                columns.putIfAbsent("name", i);
            } else if (KIND.contains(key)) {
                columns.putIfAbsent("kind", i);
            } else if (HEADCOUNT.contains(key)) {
                columns.putIfAbsent("headcount", i);
            }
        }
        return columns.containsKey("name") ? Optional.of(columns) : Optional.empty();
    }

    /** "1.250" and "1,250" are how Vietnamese and English spreadsheets write 1250. */
    private static Integer headcount(String text) {
        if (!text.matches("\\d{1,8}|\\d{1,3}([.,\\s]\\d{3}){1,2}")) {
            return null;
        }
        String digits = text.replaceAll("[.,\\s]", "");
        int value = Integer.parseInt(digits);
        return value <= MAX_HEADCOUNT ? value : null;
    }

    private static ApiError.FieldError error(String field, String code, int row, String vi, String en) {
        return new ApiError.FieldError(field, code, "Dòng " + row + ": " + vi, "Row " + row + ": " + en);
    }
}
