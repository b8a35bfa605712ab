package vn.dongnai.contest.bank.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.IssueCodes;
import vn.dongnai.contest.bank.Location;

/**
 * Checks an uploaded workbook before any spreadsheet code sees it, and hands on a rebuilt copy.
 *
 * <p>An {@code .xlsx} is a zip of XML parts, and uploads come from anyone. Every entry is inflated
 * here through a counting loop, so sizes are measured rather than taken from headers that can lie;
 * a part that inflates too far, too much in total, or at a ratio no real workbook has, stops the
 * read. XML parts may not declare a DTD or entities (entity expansion, external entities): the
 * reader's own XML factory already refuses DTDs, this guard makes it not depend on that.
 *
 * <p>Only the XML parts that passed are copied into a fresh zip for the reader, so it never sees
 * anything unchecked: not an entry hidden from a streaming scan by a crafted central directory,
 * and not a macro project ({@code .xlsm} files are read as data only; macros are never run).
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

    private final Limits limits;

    XlsxGuard(Limits limits) {
        this.limits = limits;
    }

    byte[] sanitize(String fileName, byte[] content, List<Issue> issues) {
        checkSignature(fileName, content);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        boolean macros = false;
        try (CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(content));
             ZipInputStream zip = new ZipInputStream(counted)) {
            Set<String> names = new HashSet<>();
            long total = 0;
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw refuse("ZIP_TOO_MANY_ENTRIES", fileName,
                            "có hơn " + limits.maxEntries() + " phần nén", "has more than " + limits.maxEntries() + " zip entries");
                }
                String name = entry.getName();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw refuse("ZIP_DUPLICATE_ENTRY", fileName,
                            "chứa hai phần cùng tên '" + name + "'", "contains two entries named '" + name + "'");
                }
                boolean keep = isXmlPart(name);
                Inflated inflated = inflate(fileName, zip, counted, keep, total);
                total += inflated.size();
                if (keep) {
                    rejectDtd(fileName, name, inflated.data());
                    parts.put(name, inflated.data());
                } else if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    macros = true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
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

    /** @param data the inflated bytes, only for a part that is kept */
    private record Inflated(long size, byte[] data) {
    }

    private Inflated inflate(String fileName, ZipInputStream zip, CountingInputStream counted, boolean keep, long totalSoFar)
            throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long start = counted.count();
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            size += n;
            if (size > limits.maxEntryBytes()) {
                throw refuse("ZIP_ENTRY_TOO_LARGE", fileName,
                        "có phần nén giải ra hơn " + mib(limits.maxEntryBytes()),
                        "has an entry that inflates beyond " + mib(limits.maxEntryBytes()));
            }
            if (totalSoFar + size > limits.maxTotalBytes()) {
                throw refuse("ZIP_TOO_LARGE", fileName,
                        "giải nén ra hơn " + mib(limits.maxTotalBytes()), "inflates beyond " + mib(limits.maxTotalBytes()));
            }
            // The counter includes the inflater's read-ahead, so this ratio errs on the lenient side.
            long compressed = Math.max(1, counted.count() - start);
            if (size > limits.ratioGraceBytes() && size / compressed > limits.maxRatio()) {
                throw refuse("ZIP_BOMB", fileName,
                        "có tỉ lệ nén bất thường (hơn " + limits.maxRatio() + ":1), dấu hiệu của bom nén",
                        "has an abnormal compression ratio (over " + limits.maxRatio() + ":1), the mark of a zip bomb");
            }
            if (keep) {
                kept.write(buffer, 0, n);
            }
        }
        return new Inflated(size, keep ? kept.toByteArray() : null);
    }

    private static boolean isXmlPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /**
     * Markup is ASCII, so dropping NUL bytes lets one scan see it in UTF-8 and in UTF-16/32 alike.
     * Character data cannot hold a literal '<', so a match is always markup (or a CDATA trick).
     */
    private static void rejectDtd(String fileName, String part, byte[] xml) {
        StringBuilder ascii = new StringBuilder(xml.length);
        for (byte b : xml) {
            if (b != 0) {
                ascii.append((char) (b & 0xFF));
            }
        }
        String upper = ascii.toString().toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw refuse("XML_DTD", fileName,
                    "có khai báo DTD/ENTITY trong phần '" + part + "' (không được phép, có thể là tấn công XML)",
                    "declares a DTD/ENTITY in part '" + part + "' (not allowed: a possible XML attack)");
        }
    }

    private static void checkSignature(String fileName, byte[] content) {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            throw refuse("LEGACY_OR_ENCRYPTED", fileName,
                    "là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu; hãy mở và lưu lại thành .xlsx không mật khẩu",
                    "is an Excel 97–2003 (.xls) or password-protected file; open it and save it as .xlsx without a password");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
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
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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

    /** Counts the compressed bytes the inflater has pulled, to measure real compression ratios. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
