package vn.dongnai.contest.system;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * IN lists take a few shapes: each id once, in order, padded with the last to a power of two; the
 * rows an UPDATE joins are padded the same way and typed by their first row.
 */
class SqlInListTest {

    @Test
    void idsAreDistinctSortedAndPaddedToAPowerOfTwo() {
        assertEquals(List.of(7L), Sql.inList(List.of(7L)));
        assertEquals(List.of(3L, 7L), Sql.inList(List.of(7L, 3L, 7L)));
        assertEquals(List.of(1L, 2L, 5L, 5L), Sql.inList(List.of(5L, 2L, 1L)));
        assertEquals(8, Sql.inList(List.of(1L, 2L, 3L, 4L, 5L)).size());
        assertEquals(256, Sql.inList(java.util.stream.LongStream.rangeClosed(1, 129).boxed().toList()).size());
    }

    @Test
    void rowsArePaddedWithTheLastToAPowerOfTwo() {
        assertEquals(List.of("a"), Sql.padded(List.of("a")));
        assertEquals(List.of("c", "a", "b", "b"), Sql.padded(List.of("c", "a", "b")));
        assertEquals(64, Sql.padded(java.util.Collections.nCopies(33, "x")).size());
    }

    @Test
    void aDerivedTableNamesAndTypesItsColumnsInItsFirstRow() {
        assertEquals("SELECT CAST(? AS SIGNED) AS id, ? AS note", Sql.unionRows(List.of("CAST(? AS SIGNED) AS id", "? AS note"), 1));
        assertEquals("SELECT CAST(? AS SIGNED) AS id, ? AS note UNION ALL SELECT ?,? UNION ALL SELECT ?,?",
                Sql.unionRows(List.of("CAST(? AS SIGNED) AS id", "? AS note"), 3));
    }
}
