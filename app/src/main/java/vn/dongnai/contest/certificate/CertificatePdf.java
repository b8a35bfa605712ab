package vn.dongnai.contest.certificate;

import com.google.zxing.common.BitMatrix;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.dongnai.contest.system.FreeText;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one certificate on a landscape A4 page with PDFBox, in the customary Vietnamese layout:
 * the issuing body top left and the national motto top right, a double border, the centred title,
 * the template's lines, place and date with the signer bottom right, the QR code of the
 * verification page bottom left. Text is NFC and set in Be Vietnam Pro (SIL OFL, shipped in
 * {@code resources/fonts}), embedded as a subset, so every diacritic prints and can be searched
 * and copied from the file.
 *
 * <p>Parsing the two fonts costs more than drawing a page, so each thread keeps its parsed fonts
 * (a {@link TrueTypeFont} is not safe to share between threads) and a ZIP of 10,000 certificates
 * parses them once.
 */
final class CertificatePdf {

    static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final float W = PDRectangle.A4.getHeight();
    private static final float H = PDRectangle.A4.getWidth();
    private static final float LEFT_CENTRE = 220;
    private static final float RIGHT_CENTRE = 622;
    private static final float BODY_WIDTH = 660;
    private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private static final byte[] REGULAR = resource("/fonts/BeVietnamPro-Regular.ttf");
    private static final byte[] BOLD = resource("/fonts/BeVietnamPro-Bold.ttf");
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[]{
            parse(REGULAR), parse(BOLD)});

    private CertificatePdf() {
    }

    /** A template with its images decoded once, for every certificate of a ZIP. */
    record Layout(CertificateTemplate template, PreparedImage logo, PreparedImage signature) {
    }

    static Layout prepare(CertificateTemplate template) throws IOException {
        return new Layout(template, template.logo() == null ? null : PreparedImage.of(template.logo()),
                template.signature() == null ? null : PreparedImage.of(template.signature()));
    }

    /** Writes the certificate; the stream is left open (a ZIP entry follows another). */
    static void write(CertificateData data, CertificateTemplate template, OutputStream out) throws IOException {
        write(data, prepare(template), out);
    }

    static void write(CertificateData data, Layout layout, OutputStream out) throws IOException {
        CertificateTemplate template = layout.template();
        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont[] fonts = PARSED.get();
            PDType0Font regular = PDType0Font.load(doc, fonts[0], true);
            PDType0Font bold = PDType0Font.load(doc, fonts[1], true);
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(FreeText.normalizeLines(template.title()) + " — " + FreeText.normalizeLines(data.holder()));
            info.setSubject(FreeText.normalizeLines(data.contest()));
            info.setCreator("Contest platform");
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                Pen pen = new Pen(s, regular, bold, fonts[0].getUnicodeCmapLookup(), fonts[1].getUnicodeCmapLookup());
                Color primary = Color.decode(template.primaryColor());
                Color accent = Color.decode(template.accentColor());
                border(s, primary, accent);
                header(pen, template);
                if (layout.logo() != null) {
                    image(doc, s, layout.logo(), W / 2, H - 48, 70, 70);
                }
                float y = H - 172;
                pen.centred(FreeText.normalizeLines(template.title()), true, 34, primary, W / 2, y);
                y -= 44;
                for (Line line : lines(template, data)) {
                    y -= line.size * 0.5f;
                    for (String part : pen.wrap(line.text, line.bold, line.size, BODY_WIDTH)) {
                        pen.centred(part, line.bold, line.size, line.name ? primary : line.prize ? accent : INK, W / 2, y);
                        y -= line.size * 1.45f;
                    }
                }
                signature(doc, pen, layout, data.issuedOn());
                qr(pen, s, data);
            }
            doc.save(out);
        }
    }

    /** A line as printed: the name and the prize stand out, the rest is body text. */
    private record Line(String text, boolean bold, float size, boolean name, boolean prize) {
    }

    private static List<Line> lines(CertificateTemplate template, CertificateData data) {
        Map<String, String> values = new HashMap<>();
        values.put("name", FreeText.normalizeLines(data.holder()));
        values.put("unit", data.unit() == null ? "" : FreeText.normalizeLines(data.unit()));
        values.put("prize", FreeText.normalizeLines(data.prize()));
        values.put("contest", FreeText.normalizeLines(data.contest()));
        values.put("round", FreeText.normalizeLines(data.round()));
        values.put("date", date(data.issuedOn()));
        List<Line> lines = new ArrayList<>();
        for (String raw : template.body()) {
            String text = BodyText.fill(FreeText.normalizeLines(raw), values);
            if (text == null || text.isEmpty()) {
                continue;
            }
            boolean name = BodyText.isOnly(raw, "name");
            boolean prize = BodyText.isOnly(raw, "prize");
            lines.add(new Line(text, name || prize, name ? 26 : prize ? 20 : 14, name, prize));
        }
        return lines;
    }

    /** "ngày 06 tháng 12 năm 2026", as dates are written on Vietnamese documents. */
    static String date(LocalDate day) {
        return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(),
                day.getYear());
    }

    private static void border(PDPageContentStream s, Color primary, Color accent) throws IOException {
        s.setStrokingColor(primary);
        s.setLineWidth(3.2f);
        s.addRect(18, 18, W - 36, H - 36);
        s.stroke();
        s.setStrokingColor(accent);
        s.setLineWidth(1f);
        s.addRect(26, 26, W - 52, H - 52);
        s.stroke();
        s.setNonStrokingColor(accent);
        for (float[] corner : new float[][]{{26, 26}, {W - 26, 26}, {26, H - 26}, {W - 26, H - 26}}) {
            diamond(s, corner[0], corner[1], 6);
        }
    }

    private static void diamond(PDPageContentStream s, float x, float y, float r) throws IOException {
        s.moveTo(x, y + r);
        s.lineTo(x + r, y);
        s.lineTo(x, y - r);
        s.lineTo(x - r, y);
        s.closePath();
        s.fill();
    }

    private static void header(Pen pen, CertificateTemplate template) throws IOException {
        float y = H - 62;
        String last = "";
        for (int i = 0; i < template.issuer().size(); i++) {
            last = FreeText.normalizeLines(template.issuer().get(i));
            pen.centred(last, i > 0, 11.5f, INK, LEFT_CENTRE, y);
            y -= 15;
        }
        if (!last.isEmpty()) {
            pen.rule(LEFT_CENTRE, y + 10, Math.min(90, pen.width(last, true, 11.5f) * 0.5f));
        }
        pen.centred(MOTTO_COUNTRY, true, 11.5f, INK, RIGHT_CENTRE, H - 62);
        pen.centred(MOTTO, true, 12.5f, INK, RIGHT_CENTRE, H - 78);
        pen.rule(RIGHT_CENTRE, H - 83, pen.width(MOTTO, true, 12.5f));
    }

    private static void signature(PDDocument doc, Pen pen, Layout layout, LocalDate day) throws IOException {
        CertificateTemplate template = layout.template();
        String place = FreeText.normalizeLines(template.place());
        pen.centred((place.isEmpty() ? "" : place + ", ") + date(day), false, 12, INK, RIGHT_CENTRE, 178);
        float y = 160;
        for (String part : pen.wrap(FreeText.normalizeLines(template.signerTitle()), true, 12.5f, 300)) {
            pen.centred(part, true, 12.5f, INK, RIGHT_CENTRE, y);
            y -= 16;
        }
        if (layout.signature() != null) {
            image(doc, pen.s, layout.signature(), RIGHT_CENTRE, y - 2, 160, 70);
        }
        pen.centred(FreeText.normalizeLines(template.signerName()), true, 13, INK, RIGHT_CENTRE, 46);
    }

    private static void qr(Pen pen, PDPageContentStream s, CertificateData data) throws IOException {
        BitMatrix matrix = QrMatrix.of(data.verifyUrl());
        float size = 84;
        float x0 = 62;
        float y0 = 52;
        float module = size / matrix.getWidth();
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x0 - 4 * module, y0 - 4 * module, size + 8 * module, size + 8 * module);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // a run of dark modules as one rectangle, a hair wider so no seam shows between them
                s.addRect(x0 + start * module, y0 + size - (row + 1) * module, (col - start) * module + 0.05f,
                        module + 0.05f);
            }
        }
        s.fill();
        float tx = x0 + size + 12;
        pen.left("Mã xác minh", false, 8.5f, MUTED, tx, y0 + 66);
        pen.left(data.code(), true, 11, INK, tx, y0 + 52);
        pen.left("Quét mã QR hoặc mở địa chỉ dưới đây", false, 7.5f, MUTED, tx, y0 + 36);
        pen.left("để kiểm tra giấy chứng nhận:", false, 7.5f, MUTED, tx, y0 + 26);
        pen.left(data.verifyUrl(), false, 7.5f, INK, tx, y0 + 14);
    }

    /** Fits an uploaded image into a box whose top centre is (cx, top), keeping its proportions. */
    private static void image(PDDocument doc, PDPageContentStream s, PreparedImage prepared, float cx, float top,
                              float maxW, float maxH) throws IOException {
        PDImageXObject image = prepared.in(doc);
        float scale = Math.min(maxW / prepared.width, maxH / prepared.height);
        float w = prepared.width * scale;
        float h = prepared.height * scale;
        s.drawImage(image, cx - w / 2, top - h, w, h);
    }

    /** Text drawing with the two embedded fonts. */
    private static final class Pen {
        final PDPageContentStream s;
        final PDType0Font regular;
        final PDType0Font bold;
        final CmapLookup regularGlyphs;
        final CmapLookup boldGlyphs;

        Pen(PDPageContentStream s, PDType0Font regular, PDType0Font bold, CmapLookup regularGlyphs,
            CmapLookup boldGlyphs) {
            this.s = s;
            this.regular = regular;
            this.bold = bold;
            this.regularGlyphs = regularGlyphs;
            this.boldGlyphs = boldGlyphs;
        }

        float width(String text, boolean isBold, float size) throws IOException {
            return (isBold ? bold : regular).getStringWidth(printable(text, isBold)) / 1000 * size;
        }

        void centred(String text, boolean isBold, float size, Color colour, float cx, float y) throws IOException {
            left(text, isBold, size, colour, cx - width(text, isBold, size) / 2, y);
        }

        void left(String text, boolean isBold, float size, Color colour, float x, float y) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            s.beginText();
            s.setFont(isBold ? bold : regular, size);
            s.setNonStrokingColor(colour);
            s.newLineAtOffset(x, y);
            s.showText(printable(text, isBold));
            s.endText();
        }

        void rule(float cx, float y, float width) throws IOException {
            s.setStrokingColor(INK);
            s.setLineWidth(0.7f);
            s.moveTo(cx - width / 2, y);
            s.lineTo(cx + width / 2, y);
            s.stroke();
        }

        /** Breaks a line at spaces so no part is wider than {@code max}. */
        List<String> wrap(String text, boolean isBold, float size, float max) throws IOException {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(candidate, isBold, size) > max) {
                    parts.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            if (!current.isEmpty()) {
                parts.add(current.toString());
            }
            return parts;
        }

        /** A character the font lacks (an emoji in a unit's name) prints as "?" instead of failing the file. */
        private String printable(String text, boolean isBold) {
            CmapLookup glyphs = isBold ? boldGlyphs : regularGlyphs;
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> out.appendCodePoint(glyphs.getGlyphId(c) > 0 ? c : '?'));
            return out.toString();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFBox would otherwise set "ff" and "fi" as one ligature glyph that maps back to no text: the
     * page looks right, but a copy, a search or a screen reader loses the letters (a name, a unit,
     * "Office"), and widths measured per character no longer match what is drawn.
     */
    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
