package vn.dongnai.contest.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reading a certificate back as a person or a phone would: its text lines and its QR code. */
final class CertificateReading {

    private CertificateReading() {
    }

    /** The page's text lines, top to bottom, trimmed. */
    static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Arrays.stream(stripper.getText(doc).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** The QR code's text, decoded by ZXing from page 1 rendered at 150 dpi in grey. */
    static String qr(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (NotFoundException e) {
                throw new AssertionError("no QR code found on the page", e);
            } catch (ReaderException e) {
                throw new AssertionError("QR code unreadable", e);
            }
        }
    }

    /** A made-up emblem (a red disc with a gold star): no real seal is ever shipped. */
    static byte[] sampleLogo() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xB3, 0x26, 0x1E));
        g.fillOval(0, 0, 200, 200);
        g.setColor(new Color(0xF2, 0xC1, 0x2E));
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 80 : 32;
            double a = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) (100 + r * Math.cos(a));
            ys[i] = (int) (100 - r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        return png(image);
    }

    /** A made-up scribble standing in for a signature. */
    static byte[] sampleSignature() {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x15, 0x2a, 0x8a));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {20, 60, 80, 110, 130, 170, 190, 230, 260, 300, 340};
        int[] ys = {90, 30, 95, 40, 85, 25, 80, 45, 75, 50, 60};
        g.drawPolyline(xs, ys, xs.length);
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 1));
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
