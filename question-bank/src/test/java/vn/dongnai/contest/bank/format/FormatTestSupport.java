package vn.dongnai.contest.bank.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.dongnai.contest.bank.Bank;

/** Writing to and reading from bytes, as an upload or a download would. */
final class FormatTestSupport {

    private FormatTestSupport() {
    }

    static byte[] write(Bank bank, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BankFiles.write(bank, fileName, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Bank read(String fileName, byte[] content) {
        return Format.forReading(fileName).reader().read(fileName, content, ReadOptions.NONE);
    }

    static Bank read(String fileName, String content) {
        return read(fileName, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
