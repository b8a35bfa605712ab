package vn.dongnai.contest.certificate;

import io.micronaut.http.HttpStatus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a template may hold: short lines of visible text (no hidden characters), placeholders that
 * exist, {@code #rrggbb} colours, and images that are what they claim — a PNG or JPEG of at most
 * {@link #MAX_IMAGE_BYTES}, decoded before it is kept (its header read first, so a tiny file
 * claiming 50,000 × 50,000 pixels is refused without decoding it).
 */
final class TemplateRules {

    static final int MAX_IMAGE_BYTES = 1024 * 1024;
    static final int MAX_IMAGE_SIDE = 4000;
    static final int MAX_BODY_LINES = 8;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private TemplateRules() {
    }

    /** The body as sent, checked: every error at once, in Vietnamese and English. */
    static CertificateTemplate checked(CertificateViews.TemplateBody body, CertificateTemplate current) {
        FieldErrors errors = new FieldErrors();
        List<String> issuer = lines(errors, "issuer", body.issuer(), 1, 3, 120);
        String title = text(errors, "title", body.title(), true, 120);
        List<String> lines = lines(errors, "body", body.body(), 1, MAX_BODY_LINES, 300);
        for (int i = 0; i < lines.size(); i++) {
            List<String> unknown = BodyText.unknown(lines.get(i));
            if (!unknown.isEmpty()) {
                errors.add("body[" + i + "]", "UNKNOWN_PLACEHOLDER",
                        "Dòng " + (i + 1) + " dùng trường không có: {" + String.join("}, {", unknown)
                                + "}. Các trường dùng được: {name}, {unit}, {prize}, {contest}, {round}, {date}.",
                        "Line " + (i + 1) + " uses unknown placeholders: {" + String.join("}, {", unknown) + "}.");
            }
        }
        if (!lines.isEmpty() && lines.stream().noneMatch(l -> l.contains("{name}"))) {
            errors.add("body", "NAME_MISSING", "Nội dung phải có trường {name} (họ và tên người được chứng nhận).",
                    "The body must contain {name}.");
        }
        String place = text(errors, "place", body.place(), false, 100);
        String signerTitle = text(errors, "signerTitle", body.signerTitle(), true, 150);
        String signerName = text(errors, "signerName", body.signerName(), false, 150);
        String primary = colour(errors, "primaryColor", body.primaryColor());
        String accent = colour(errors, "accentColor", body.accentColor());
        errors.throwIfAny();
        return new CertificateTemplate(issuer, title, lines, place, signerTitle, signerName, primary, accent,
                Boolean.TRUE.equals(body.participationEnabled()), current.logo(), current.signature());
    }

    private static String text(FieldErrors errors, String field, String raw, boolean required, int max) {
        String value = FreeText.normalize(raw);
        if (required && value.isEmpty()) {
            errors.add(field, "REQUIRED", "Trường này không được để trống.", "This field is required.");
        } else if (value.length() > max) {
            errors.add(field, "TOO_LONG", "Tối đa " + max + " ký tự.", "At most " + max + " characters.");
        }
        FreeText.check(errors, field, value);
        return value;
    }

    private static List<String> lines(FieldErrors errors, String field, List<String> raw, int min, int max, int maxLength) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (int i = 0; i < raw.size(); i++) {
                String value = text(errors, field + "[" + i + "]", raw.get(i), false, maxLength);
                if (!value.isEmpty()) {
                    out.add(value);
                }
            }
        }
        if (out.size() < min) {
            errors.add(field, "REQUIRED", "Cần ít nhất " + min + " dòng.", "At least " + min + " line(s).");
        } else if (out.size() > max) {
            errors.add(field, "TOO_MANY_LINES", "Tối đa " + max + " dòng.", "At most " + max + " lines.");
        }
        return out;
    }

    private static String colour(FieldErrors errors, String field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!COLOUR.matcher(value).matches()) {
            errors.add(field, "INVALID_COLOR", "Màu phải có dạng #rrggbb, ví dụ #B3261E.",
                    "A colour is written #rrggbb, e.g. #B3261E.");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** The uploaded bytes, when they are a PNG or JPEG that decodes and that PDFBox can place. */
    static byte[] image(String field, byte[] bytes) {
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw tooLarge();
        }
        String format = png(bytes) ? "png" : jpeg(bytes) ? "jpeg" : null;
        if (format == null) {
            throw invalid(field, "UNSUPPORTED_IMAGE", "Chỉ nhận ảnh PNG hoặc JPEG.", "Only PNG or JPEG images.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || w < 16 || h < 16) {
                    throw invalid(field, "IMAGE_DIMENSIONS", "Ảnh phải có cạnh từ 16 đến " + MAX_IMAGE_SIDE + " điểm ảnh.",
                            "Each side must be 16 to " + MAX_IMAGE_SIDE + " pixels.");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
            try (PDDocument scratch = new PDDocument()) {
                PDImageXObject.createFromByteArray(scratch, bytes, field);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw invalid(field, "INVALID_IMAGE", "Không đọc được ảnh (tệp hỏng hoặc không đúng định dạng).",
                    "The image cannot be read (damaged or not what it claims to be).");
        }
        return bytes;
    }

    /** 413: checked on the upload's declared size before its bytes are read, and again on the bytes. */
    static ApiException tooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "IMAGE_TOO_LARGE", "Ảnh quá lớn (tối đa 1 MB).",
                "The image is too large (at most 1 MB).", List.of(), Map.of("maxBytes", MAX_IMAGE_BYTES));
    }

    private static boolean png(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean jpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    private static ApiException invalid(String field, String code, String vi, String en) {
        return ApiException.invalid(new FieldErrors().add(field, code, vi, en).list());
    }
}
