package vn.dongnai.contest.bank.format;

import vn.dongnai.contest.bank.Bank;

/**
 * Reads one file of one format. All or nothing: the whole content is parsed before a bank is
 * returned, and a file that cannot be read raises {@link BankFormatException}, never part of a bank.
 */
public interface BankReader {

    /**
     * @param fileName name shown in messages (no directories needed)
     * @param content  the whole file, already checked against {@link BankFiles#MAX_FILE_BYTES}
     */
    Bank read(String fileName, byte[] content, ReadOptions options);
}
