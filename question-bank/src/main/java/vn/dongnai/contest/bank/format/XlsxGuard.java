package vn.dongnai.contest.bank.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Location;

/**
 * Checks an uploaded workbook before any spreadsheet code sees it, and hands on a rebuilt copy.
 *
 * <p>An {@code .xlsx} is a zip of XML parts, and uploads come from anyone. The zip's central
 * directory is read here and every entry is inflated through a bounded loop, so sizes are measured
 * rather than taken from headers that can lie; a part that inflates too far, too much in total, or
 * at a ratio no real workbook has, stops the read. XML parts may not declare a DTD or entities
 * (entity expansion, external entities): fastexcel-reader's own XML factory already refuses DTDs
 * ({@code supportDTD=false}, no external entities), this guard makes the library not depend on it.
 *
 * <p>Only the XML parts that passed are copied into a fresh zip for the reader, so it never sees
 * anything unchecked, and never a macro project: {@code .xlsm} files are read as data only.
 *
 * <p>The central directory is parsed here rather than streamed with {@code ZipInputStream}:
 * fastexcel itself writes zip64 data descriptors that the JDK's streaming reader misreads.
 */
final class XlsxGuard {

    /**
     * @param ratioGraceBytes a part smaller than this is never judged by its compression ratio:
     *                        tiny parts of repeated markup compress very well and are harmless
     */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioGraceBytes) {
    }

    /** Far above a real 10,000-question workbook (about 30 MB of XML), far below harm. */
    static final Limits DEFAULT = new Limits(1_000, 64L << 20, 128L << 20, 100, 100L << 10);

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final long UNSET_32 = 0xFFFFFFFFL;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private final Limits limits;

    XlsxGuard(Limits limits) {
        this.limits = limits;
    }

    /** One entry as the central directory lists it; its sizes are claims, checked while inflating. */
    private record Entry(String name, int flags, int method, long compressedSize, long localHeaderOffset) {
    }

    byte[] sanitize(String fileName, byte[] zip, List<Issue> issues) {
        checkSignature(fileName, zip);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        boolean macros = false;
        try {
            Set<String> names = new HashSet<>();
            long total = 0;
            for (Entry entry : centralDirectory(fileName, zip)) {
                if (!names.add(entry.name().toLowerCase(Locale.ROOT))) {
                    throw refuse("ZIP_DUPLICATE_ENTRY", fileName,
                            "chứa hai phần cùng tên '" + entry.name() + "'", "contains two entries named '" + entry.name() + "'");
                }
                if (entry.name().endsWith("/")) {
                    continue;
                }
                boolean keep = isXmlPart(entry.name());
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                total += inflate(fileName, zip, entry, kept, total);
                if (keep) {
                    byte[] xml = kept.toByteArray();
                    rejectDtd(fileName, entry.name(), xml);
                    parts.put(entry.name(), xml);
                } else if (entry.name().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    macros = true;
                }
            }
        } catch (IndexOutOfBoundsException | ArithmeticException | DataFormatException e) {
            throw refuse("NOT_XLSX", fileName, "không phải tệp Excel .xlsx hợp lệ (tệp nén hỏng)",
                    "is not a valid .xlsx file (damaged zip)", e);
        }
        if (parts.isEmpty()) {
            throw refuse("NOT_XLSX", fileName, "không phải tệp Excel .xlsx hợp lệ", "is not a valid .xlsx file");
        }
        if (macros) {
            issues.add(Issue.warning(Location.row(fileName, 0), IssueCodes.MACROS_IGNORED,
                    "tệp có macro (VBA); macro không bao giờ được chạy và đã bị bỏ, chỉ đọc dữ liệu trong ô.",
                    "the file contains macros (VBA); they are never run and were dropped, only cell data is read."));
        }
        return rebuild(parts);
    }

    private List<Entry> centralDirectory(String fileName, byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (u32(zip, i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw refuse("NOT_XLSX", fileName, "không phải tệp Excel .xlsx hợp lệ (thiếu mục lục nén)",
                    "is not a valid .xlsx file (no zip directory)");
        }
        long count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if ((count == 0xFFFF || offset == UNSET_32) && end >= 20 && u32(zip, end - 20) == ZIP64_LOCATOR) {
            int zip64End = Math.toIntExact(u64(zip, end - 20 + 8));
            if (u32(zip, zip64End) != ZIP64_END) {
                throw new IndexOutOfBoundsException("zip64 end record");
            }
            count = u64(zip, zip64End + 32);
            offset = u64(zip, zip64End + 48);
        }
        if (count > limits.maxEntries()) {
            throw refuse("ZIP_TOO_MANY_ENTRIES", fileName,
                    "có hơn " + limits.maxEntries() + " phần nén", "has more than " + limits.maxEntries() + " zip entries");
        }
        List<Entry> entries = new ArrayList<>();
        int at = Math.toIntExact(offset);
        for (long e = 0; e < count; e++) {
            if (u32(zip, at) != CENTRAL_HEADER) {
                throw new IndexOutOfBoundsException("central directory entry " + e);
            }
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            long compressed = u32(zip, at + 20);
            long uncompressed = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long local = u32(zip, at + 42);
            String name = new String(zip, at + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            // Zip64 keeps the real values in an extra field, in this order, only for the fields set to all ones.
            int extra = at + 46 + nameLength;
            for (int x = extra; x + 4 <= extra + extraLength; x += 4 + u16(zip, x + 2)) {
                if (u16(zip, x) == 0x0001) {
                    int value = x + 4;
                    if (uncompressed == UNSET_32) {
                        value += 8;
                    }
                    if (compressed == UNSET_32) {
                        compressed = u64(zip, value);
                        value += 8;
                    }
                    if (local == UNSET_32) {
                        local = u64(zip, value);
                    }
                }
            }
            entries.add(new Entry(name, flags, method, compressed, local));
            at = extra + extraLength + commentLength;
        }
        return entries;
    }

    /** Inflates one entry into {@code kept} (when not null) and returns how many bytes it gave. */
    private long inflate(String fileName, byte[] zip, Entry entry, ByteArrayOutputStream kept, long totalSoFar)
            throws DataFormatException {
        if ((entry.flags() & 1) != 0) {
            throw refuse("NOT_XLSX", fileName, "có phần bị mã hoá", "has encrypted entries");
        }
        int local = Math.toIntExact(entry.localHeaderOffset());
        if (u32(zip, local) != LOCAL_HEADER) {
            throw new IndexOutOfBoundsException("local header of " + entry.name());
        }
        int start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        int length = Math.toIntExact(entry.compressedSize());
        if (start + length > zip.length) {
            throw new IndexOutOfBoundsException("data of " + entry.name());
        }
        if (entry.method() == STORED) {
            checkSize(fileName, length, length, totalSoFar);
            if (kept != null) {
                kept.write(zip, start, length);
            }
            return length;
        }
        if (entry.method() != DEFLATED) {
            throw refuse("NOT_XLSX", fileName, "dùng kiểu nén không được hỗ trợ", "uses an unsupported compression method");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, length);
            byte[] buffer = new byte[16 * 1024];
            long size = 0;
            boolean paddingGiven = false;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsDictionary() || (inflater.needsInput() && paddingGiven)) {
                        throw new DataFormatException("truncated entry " + entry.name());
                    }
                    if (inflater.needsInput()) {
                        // Raw deflate may want one byte past the data to see its end (as java.util.zip.ZipFile does).
                        inflater.setInput(new byte[1]);
                        paddingGiven = true;
                    }
                    continue;
                }
                size += n;
                checkSize(fileName, size, inflater.getBytesRead(), totalSoFar);
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
            return size;
        } finally {
            inflater.end();
        }
    }

    private void checkSize(String fileName, long size, long compressed, long totalSoFar) {
        if (size > limits.maxEntryBytes()) {
            throw refuse("ZIP_ENTRY_TOO_LARGE", fileName,
                    "có phần nén giải ra hơn " + mib(limits.maxEntryBytes()),
                    "has an entry that inflates beyond " + mib(limits.maxEntryBytes()));
        }
        if (totalSoFar + size > limits.maxTotalBytes()) {
            throw refuse("ZIP_TOO_LARGE", fileName,
                    "giải nén ra hơn " + mib(limits.maxTotalBytes()), "inflates beyond " + mib(limits.maxTotalBytes()));
        }
        if (size > limits.ratioGraceBytes() && size / Math.max(1, compressed) > limits.maxRatio()) {
            throw refuse("ZIP_BOMB", fileName,
                    "có tỉ lệ nén bất thường (hơn " + limits.maxRatio() + ":1), dấu hiệu của bom nén",
                    "has an abnormal compression ratio (over " + limits.maxRatio() + ":1), the mark of a zip bomb");
        }
    }

    private static boolean isXmlPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /**
     * Markup is ASCII, so skipping NUL bytes lets one scan see it in UTF-8 and in UTF-16/32 alike.
     * Character data cannot hold a literal '<', so a match is always markup (or a CDATA trick).
     */
    private static void rejectDtd(String fileName, String part, byte[] xml) {
        for (int i = 0; i < xml.length; i++) {
            if (xml[i] == '<' && (startsWithAscii(xml, i + 1, "!DOCTYPE") || startsWithAscii(xml, i + 1, "!ENTITY"))) {
                throw refuse("XML_DTD", fileName,
                        "có khai báo DTD/ENTITY trong phần '" + part + "' (không được phép, có thể là tấn công XML)",
                        "declares a DTD/ENTITY in part '" + part + "' (not allowed: a possible XML attack)");
            }
        }
    }

    private static boolean startsWithAscii(byte[] bytes, int from, String upperCaseWord) {
        int at = from;
        for (int k = 0; k < upperCaseWord.length(); k++, at++) {
            while (at < bytes.length && bytes[at] == 0) {
                at++;
            }
            if (at >= bytes.length || Character.toUpperCase((char) (bytes[at] & 0xFF)) != upperCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void checkSignature(String fileName, byte[] content) {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            throw refuse("LEGACY_OR_ENCRYPTED", fileName,
                    "là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu; hãy mở và lưu lại thành .xlsx không mật khẩu",
                    "is an Excel 97–2003 (.xls) or password-protected file; open it and save it as .xlsx without a password");
        }
        if (content.length < 22 || u32(content, 0) != LOCAL_HEADER) {
            throw refuse("NOT_XLSX", fileName, "không phải tệp Excel .xlsx", "is not an .xlsx file");
        }
    }

    /** Stored, not deflated: the parts are in memory already and the copy only lives for one read. */
    private static byte[] rebuild(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                CRC32 crc = new CRC32();
                crc.update(part.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(part.getValue().length);
                entry.setCompressedSize(part.getValue().length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private static long u64(byte[] b, int at) {
        long value = u32(b, at) | u32(b, at + 4) << 32;
        if (value < 0) {
            throw new ArithmeticException("zip64 value out of range");
        }
        return value;
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static BankFormatException refuse(String code, String fileName, String vi, String en) {
        return refuse(code, fileName, vi, en, null);
    }

    private static BankFormatException refuse(String code, String fileName, String vi, String en, Throwable cause) {
        return new BankFormatException(code,
                "Từ chối tệp " + fileName + ": tệp " + vi + ".",
                "Refused " + fileName + ": the file " + en + ".", cause);
    }
}
