package vn.dongnai.contest.export;

import vn.dongnai.contest.bank.format.FormulaGuard;

/** Text for spreadsheet cells, through the platform's one formula guard ({@link FormulaGuard}). */
final class Cells {

    private Cells() {
    }

    static String text(String value) {
        return FormulaGuard.neutralize(value);
    }
}
