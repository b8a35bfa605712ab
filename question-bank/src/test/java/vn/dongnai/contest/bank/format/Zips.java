package vn.dongnai.contest.bank.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Opens and re-packs workbooks so tests can plant hostile parts in an otherwise real file. */
final class Zips {

    private Zips() {
    }

    /** Via {@link ZipFile}: fastexcel's zip64 data descriptors confuse the streaming reader. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("workbook", ".zip");
            try {
                Files.write(file, zip);
                try (ZipFile zipFile = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zipFile.entries())) {
                        try (InputStream in = zipFile.getInputStream(entry)) {
                            entries.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static String text(byte[] zip, String name) {
        return new String(entries(zip).get(name), StandardCharsets.UTF_8);
    }

    static byte[] pack(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] with(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return pack(entries);
    }

    static byte[] with(byte[] zip, String name, String content) {
        return with(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes every uncompressed-size field (data descriptors, central directory) claim {@code size}
     * bytes, as a hostile file would, to prove the guard measures instead of trusting headers.
     */
    static byte[] lieAboutUncompressedSizes(byte[] zip, int size) {
        byte[] patched = zip.clone();
        for (int i = 0; i + 46 <= patched.length; i++) {
            if (signature(patched, i, 0x08074b50)) {
                putInt(patched, i + 12, size);
            } else if (signature(patched, i, 0x02014b50)) {
                putInt(patched, i + 24, size);
            }
        }
        return patched;
    }

    private static boolean signature(byte[] bytes, int at, int signature) {
        return (bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24) == signature;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int b = 0; b < 4; b++) {
            bytes[at + b] = (byte) (value >>> (8 * b));
        }
    }
}
