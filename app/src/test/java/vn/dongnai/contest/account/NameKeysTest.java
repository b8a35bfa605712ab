package vn.dongnai.contest.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The folded search key of a name, and the background fill of registrations that have none. */
@MicronautTest(transactional = false)
class NameKeysTest extends IntegrationTest {

    @Test
    void diacriticsCaseAndSpacesFoldAwayAndDBecomesD() {
        assertEquals("nguyen van an", NameKeys.of("  Nguyễn   Văn Ân "));
        assertEquals("dang thi ngoc anh", NameKeys.of("ĐẶNG Thị Ngọc Ánh"));
        // the same name typed with combining marks (NFD) folds to the same key
        assertEquals(NameKeys.of("Trần Thị Hương"), NameKeys.of("Tra\u0300n Thi\u0323 Hu\u031Bo\u031Bng"));
    }

    @Test
    void aRegistrationWithoutAKeyGetsOneInTheBackground() {
        Fixtures.Contestant person = fixtures.contestant();
        sql.update("UPDATE participant SET name_key = NULL WHERE account_id = ?", person.id());

        // other test classes of the run may have left rows without a key (written straight into MySQL)
        for (int turn = 0; turn < 1000 && sql.one("SELECT name_key FROM participant WHERE account_id = ?",
                rs -> rs.getString("name_key"), person.id()).isEmpty(); turn++) {
            context.getBean(NameKeys.class).fillMissing();
        }

        assertEquals("nguyen van an", sql.one("SELECT name_key FROM participant WHERE account_id = ?",
                rs -> rs.getString("name_key"), person.id()).orElseThrow());
    }
}
