package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.question.VersionView;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyNowTest {

    /** A version with options "A".."D" (or the given texts), option ids {@code id*10 + position}. */
    private static VersionView version(long id, int key, String... texts) {
        String[] options = texts.length == 0 ? new String[]{"A", "B", "C", "D"} : texts;
        List<VersionView.Option> list = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            list.add(new VersionView.Option(id * 10 + i, options[i], i == key));
        }
        return new VersionView(id, "Câu hỏi " + id, list);
    }

    @Test
    void aQuestionNeverEditedKeepsItsOwnKey() {
        VersionView shown = version(1, 2);
        KeyNow.Key key = KeyNow.of(shown, shown);
        assertEquals(12L, key.optionId());
        assertFalse(key.fixed());
    }

    @Test
    void aKeyFixedInALaterVersionWithTheSameOptionsIsTheKeyNow() {
        KeyNow.Key key = KeyNow.of(version(1, 2), version(2, 0));
        assertEquals(10L, key.optionId(), "the shown version's option at the fixed key's position");
        assertTrue(key.fixed());
    }

    @Test
    void aLaterEditThatKeepsTheKeyIsNotAFix() {
        KeyNow.Key key = KeyNow.of(version(1, 1), version(2, 1));
        assertEquals(11L, key.optionId());
        assertFalse(key.fixed());
    }

    @Test
    void aLaterVersionWithOtherOptionsSaysNothingAboutTheShownOnesKey() {
        KeyNow.Key key = KeyNow.of(version(1, 1), version(2, 3, "A", "B", "C", "E"));
        assertEquals(11L, key.optionId());
        assertFalse(key.fixed());
    }

    @Test
    void aQuestionStoredWithoutAKeyHasNone() {
        assertNull(KeyNow.of(version(1, -1), version(1, -1)).optionId());
    }
}
