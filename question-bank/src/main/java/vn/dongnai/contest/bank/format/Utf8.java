package vn.dongnai.contest.bank.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for the text formats: a file saved as Windows-1258 must fail loudly, not read as mojibake. */
final class Utf8 {

    private Utf8() {
    }

    /** Decodes the whole file, dropping a leading byte order mark (Excel writes one in CSV). */
    static String decode(String fileName, byte[] content) {
        int start = hasBom(content) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BankFormatException("NOT_UTF8",
                    "Tệp " + fileName + " không phải văn bản UTF-8. Hãy lưu lại với bảng mã UTF-8.",
                    "File " + fileName + " is not UTF-8 text. Save it again as UTF-8.", e);
        }
    }

    static boolean hasBom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }
}
