package vn.dongnai.contest.live;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyCheckTest {

    private static final KeyCheck.Thresholds T = new KeyCheck.Thresholds(20, 1.5);

    @Test
    void aWrongOptionChosenFarMoreThanTheKeyIsSuspect() {
        var suspicion = KeyCheck.check(List.of(5L, 30L, 3L, 2L), 0, T);

        assertEquals(1, suspicion.orElseThrow().option());
        assertTrue(suspicion.get().reasonVi().startsWith("Phương án B được chọn 30 lần"));
    }

    @Test
    void aStrongDistractorThatStaysBelowTheRatioIsNot() {
        assertTrue(KeyCheck.check(List.of(20L, 29L, 3L, 2L), 0, T).isEmpty());
    }

    @Test
    void tooFewAnswersProveNothing() {
        assertTrue(KeyCheck.check(List.of(0L, 10L, 3L, 2L), 0, T).isEmpty());
    }

    @Test
    void aKeyNobodyChoseIsSuspectOnceAnyWrongOptionIsChosenOften() {
        assertEquals(2, KeyCheck.check(List.of(0L, 1L, 20L, 1L), 0, T).orElseThrow().option());
    }
}
