package vn.dongnai.contest.bank.format;

import java.util.ArrayList;
import java.util.List;
import vn.dongnai.contest.bank.Question;

/** One question as a spreadsheet row, in {@link Field} order; shared by the Excel and CSV writers. */
final class Sheets {

    private Sheets() {
    }

    static List<String> values(int sequence, Question question) {
        List<String> values = new ArrayList<>(Field.values().length);
        for (Field field : Field.values()) {
            values.add(switch (field) {
                case SEQUENCE -> String.valueOf(sequence);
                case TOPIC -> nullToEmpty(question.topic());
                case LEVEL -> question.level() == null ? "" : question.level().label();
                case QUESTION -> question.text();
                case OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F -> {
                    int index = Field.OPTIONS.indexOf(field);
                    yield index < question.options().size() ? question.options().get(index) : "";
                }
                case ANSWER -> question.correctLetter();
                case EXPLANATION -> nullToEmpty(question.explanation());
                case SOURCE -> nullToEmpty(question.source());
                case AUDIENCE -> question.audience().code();
                case KIND -> question.kind() == null ? "" : question.kind().code();
                case ID -> nullToEmpty(question.id());
            });
        }
        return values;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
