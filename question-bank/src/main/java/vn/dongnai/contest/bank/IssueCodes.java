package vn.dongnai.contest.bank;

/**
 * Every {@link Issue#code()} the library produces, in one place for callers that act on a code
 * (the app's import screen, tests). The messages carry the details.
 */
public final class IssueCodes {

    // Seen while reading: they concern the raw text, which the model no longer holds.
    public static final String NOT_NFC = "NOT_NFC";
    public static final String LINE_BREAK = "LINE_BREAK";
    public static final String UNKNOWN_LEVEL = "UNKNOWN_LEVEL";
    public static final String UNKNOWN_AUDIENCE = "UNKNOWN_AUDIENCE";
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";
    public static final String BAD_ANSWER = "BAD_ANSWER";
    public static final String BAD_LINE = "BAD_LINE";
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    public static final String MISSING_ID = "MISSING_ID";
    public static final String NO_TOPIC = "NO_TOPIC";
    public static final String TOPIC_IN_RECORD = "TOPIC_IN_RECORD";
    public static final String AIKEN_SYNTAX = "AIKEN_SYNTAX";
    public static final String IGNORED_COLUMNS = "IGNORED_COLUMNS";
    public static final String FORMULA_CELL = "FORMULA_CELL";
    public static final String DATE_CELL = "DATE_CELL";
    public static final String MACROS_IGNORED = "MACROS_IGNORED";

    // Found by the validator.
    public static final String QUESTION_EMPTY = "QUESTION_EMPTY";
    public static final String QUESTION_TOO_LONG = "QUESTION_TOO_LONG";
    public static final String OPTION_COUNT = "OPTION_COUNT";
    public static final String OPTION_EMPTY = "OPTION_EMPTY";
    public static final String OPTION_TOO_LONG = "OPTION_TOO_LONG";
    public static final String OPTION_DUPLICATE = "OPTION_DUPLICATE";
    public static final String CATCH_ALL_OPTION = "CATCH_ALL_OPTION";
    public static final String ANSWER_MISSING = "ANSWER_MISSING";
    public static final String ANSWER_EMPTY_OPTION = "ANSWER_EMPTY_OPTION";
    public static final String LEVEL_MISSING = "LEVEL_MISSING";
    public static final String TOPIC_MISSING = "TOPIC_MISSING";
    public static final String TOPIC_UNKNOWN = "TOPIC_UNKNOWN";
    public static final String EXPLANATION_TOO_LONG = "EXPLANATION_TOO_LONG";
    public static final String SOURCE_TOO_LONG = "SOURCE_TOO_LONG";
    public static final String ID_MALFORMED = "ID_MALFORMED";
    public static final String ID_DUPLICATE = "ID_DUPLICATE";
    public static final String DUPLICATE_QUESTION = "DUPLICATE_QUESTION";
    public static final String NEAR_DUPLICATE = "NEAR_DUPLICATE";
    // The audit's checks: what makes a valid bank a poor one.
    public static final String SAME_FACT = "SAME_FACT";
    public static final String INTERNAL_REFERENCE = "INTERNAL_REFERENCE";
    public static final String UNDATED_DOCUMENT = "UNDATED_DOCUMENT";
    public static final String OUTDATED_UNIT = "OUTDATED_UNIT";
    public static final String ONLY_OPTIONS = "ONLY_OPTIONS";
    public static final String KEY_LONGEST_SHARE = "KEY_LONGEST_SHARE";
    public static final String KIND_MIX = "KIND_MIX";

    private IssueCodes() {
    }
}
