package vn.dongnai.contest.catalog;

import vn.dongnai.contest.system.ApiException;

import java.util.Arrays;

/** The two lists, their tables and limits; the path segment picks one ({@code units}, {@code communes}). */
enum CatalogKind {
    UNITS("units", "unit", 200, 40, "đơn vị"),
    COMMUNES("communes", "commune", 150, 20, "xã, phường");

    final String path;
    final String table;
    final int maxName;
    final int maxKind;
    final String vietnamese;

    CatalogKind(String path, String table, int maxName, int maxKind, String vietnamese) {
        this.path = path;
        this.table = table;
        this.maxName = maxName;
        this.maxKind = maxKind;
        this.vietnamese = vietnamese;
    }

    static CatalogKind fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst()
                .orElseThrow(() -> ApiException.notFound("danh mục " + path));
    }
}
