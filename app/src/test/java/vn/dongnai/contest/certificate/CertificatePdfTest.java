package vn.dongnai.contest.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF itself, read back: its text, its fonts and its QR code. */
class CertificatePdfTest {

    static final CertificateData WINNER = new CertificateData(CertificateKind.PRIZE, "Nguyễn Thị Ánh Tuyết",
            "Sở Khoa học và Công nghệ", "Giải Nhất", "Tìm hiểu về Chuyển đổi số và Cải cách hành chính", "Đợt 1 — tuần đầu",
            LocalDate.of(2026, 12, 6), "7KQ2M9XAB3CD4EFG", "https://cuocthi.dongnai.gov.vn/verify/7KQ2M9XAB3CD4EFG");

    static CertificateTemplate template() {
        return new CertificateTemplate(List.of("UBND TỈNH ĐỒNG NAI", "BAN TỔ CHỨC CUỘC THI"), "GIẤY CHỨNG NHẬN",
                CertificateTemplate.DEFAULT_BODY, "Đồng Nai", "TRƯỞNG BAN TỔ CHỨC", "Phó Chủ tịch UBND tỉnh Võ Tấn Đức",
                "#B3261E", "#B8860B", false, null, null);
    }

    static byte[] pdf(CertificateData data, CertificateTemplate template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(data, template, out);
        return out.toByteArray();
    }

    @Test
    void theTextReadBackFromThePdfIsTheDataWithEveryDiacritic() throws IOException {
        byte[] bytes = pdf(WINNER, template());
        List<String> lines = CertificateReading.lines(bytes);
        assertTrue(lines.contains("GIẤY CHỨNG NHẬN"), lines.toString());
        assertTrue(lines.contains("Ban Tổ chức cuộc thi \u201cTìm hiểu về Chuyển đổi số và Cải cách hành chính\u201d chứng nhận"),
                lines.toString());
        assertTrue(lines.contains("Nguyễn Thị Ánh Tuyết"), lines.toString());
        assertTrue(lines.contains("Đơn vị: Sở Khoa học và Công nghệ"), lines.toString());
        assertTrue(lines.contains("Giải Nhất"), lines.toString());
        assertTrue(lines.contains("Đợt 1 — tuần đầu"), lines.toString());
        assertTrue(lines.contains("Đồng Nai, ngày 06 tháng 12 năm 2026"), lines.toString());
        assertTrue(lines.contains("Phó Chủ tịch UBND tỉnh Võ Tấn Đức"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(CertificatePdf.MOTTO_COUNTRY)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(CertificatePdf.MOTTO)), lines.toString());
        for (String line : lines) {
            assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
        }
    }

    @Test
    void nameGivenDecomposedIsPrintedComposed() throws IOException {
        String decomposed = Normalizer.normalize("Trương Văn Đức", Normalizer.Form.NFD);
        CertificateData data = new CertificateData(CertificateKind.PARTICIPATION, decomposed, null, "Đã tham gia",
                WINNER.contest(), WINNER.round(), WINNER.issuedOn(), WINNER.code(), WINNER.verifyUrl());
        List<String> lines = CertificateReading.lines(pdf(data, template()));
        assertTrue(lines.contains("Trương Văn Đức"), lines.toString());
        assertTrue(lines.contains("Đã tham gia"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Đơn vị")), "no unit, no 'Đơn vị:' line: " + lines);
    }

    @Test
    void lettersTheFontCouldJoinIntoALigatureReadBackAsTheyWereGiven() throws IOException {
        // "ff" in a random code or tag, "fi"/"fl" in a unit's English name: drawn as one glyph they would read back as nothing
        CertificateData data = new CertificateData(CertificateKind.PRIZE, "Trần Thị Ngọc Diệp",
                "Văn phòng Office ffi fl", WINNER.prize(), "Cuộc thi kiểm thử dff72384 ff2e0c33", WINNER.round(),
                WINNER.issuedOn(), WINNER.code(), WINNER.verifyUrl());
        List<String> lines = CertificateReading.lines(pdf(data, template()));
        assertTrue(lines.contains("Đơn vị: Văn phòng Office ffi fl"), lines.toString());
        assertTrue(lines.contains("Ban Tổ chức cuộc thi \u201cCuộc thi kiểm thử dff72384 ff2e0c33\u201d chứng nhận"),
                lines.toString());
    }

    @Test
    void bothFontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(WINNER, template()))) {
            List<String> names = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName());
            }
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+BeVietnamPro-.*")), names.toString());
        }
    }

    @Test
    void theQrCodeGivesTheVerificationUrl() throws IOException {
        assertEquals(WINNER.verifyUrl(), CertificateReading.qr(pdf(WINNER, template())));
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() throws IOException {
        CertificateData data = new CertificateData(CertificateKind.COLLECTIVE, "Phòng Văn hóa \uD83C\uDF89", null,
                "Giải Nhì tập thể", WINNER.contest(), "Toàn cuộc thi", WINNER.issuedOn(), WINNER.code(), WINNER.verifyUrl());
        List<String> lines = CertificateReading.lines(pdf(data, template()));
        assertTrue(lines.contains("Phòng Văn hóa ?"), lines.toString());
    }

    @Test
    void aLogoAndASignatureAreDrawn() throws IOException {
        byte[] logo = png(120, 120, new Color(0xB3, 0x26, 0x1E));
        byte[] signature = png(300, 100, new Color(0x10, 0x30, 0x90));
        byte[] bytes = pdf(WINNER, template().withImages(logo, signature));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(2, doc.getPage(0).getResources().getXObjectNames().spliterator().getExactSizeIfKnown());
        }
        assertEquals(WINNER.verifyUrl(), CertificateReading.qr(bytes));
    }

    /** Not an assertion: the page as an image, for people to look at (app/target/screenshots). */
    @Test
    void aRenderedCertificateIsSavedForPeopleToLookAt() throws IOException {
        byte[] bytes = pdf(WINNER, template().withImages(CertificateReading.sampleLogo(), CertificateReading.sampleSignature()));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", dir.resolve("certificate.png").toFile());
        }
        Files.write(dir.resolve("certificate.pdf"), bytes);
        assertTrue(Files.size(dir.resolve("certificate.png")) > 10_000);
    }

    static byte[] png(int w, int h, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillOval(4, 4, w - 8, h - 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
