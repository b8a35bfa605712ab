package vn.dongnai.contest.bank.format;

import vn.dongnai.contest.bank.Language;

/**
 * The file cannot be read as a bank at all: wrong encoding, not a spreadsheet, too large, a zip
 * bomb, a missing header... Problems inside an otherwise readable file are issues instead, so one
 * run can report all of them. Unchecked, like the app's other API errors, and never a stack trace
 * for the user: both messages are complete sentences naming the file.
 *
 * @see vn.dongnai.contest.bank.Issue
 */
public class BankFormatException extends RuntimeException {

    private final String code;
    private final String messageVi;
    private final String messageEn;

    public BankFormatException(String code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, null);
    }

    public BankFormatException(String code, String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** Stable machine-readable reason, e.g. {@code ZIP_BOMB} or {@code NOT_UTF8}. */
    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    public String message(Language language) {
        return language == Language.VI ? messageVi : messageEn;
    }
}
