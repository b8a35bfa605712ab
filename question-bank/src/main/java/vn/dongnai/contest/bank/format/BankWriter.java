package vn.dongnai.contest.bank.format;

import java.io.IOException;
import java.io.OutputStream;
import vn.dongnai.contest.bank.Bank;

/** Writes a whole bank in one format. The stream is left open: it belongs to the caller. */
public interface BankWriter {

    void write(Bank bank, OutputStream out) throws IOException;
}
