package vn.dongnai.contest.certificate;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;

/**
 * A logo or signature decoded and compressed once, ready to be placed in any number of PDFs:
 * PDFBox's own {@code createFromByteArray} decodes and deflates a PNG again for every document,
 * which took most of the time of a 10,000-certificate ZIP. The pixels are kept as Flate-encoded
 * RGB, with the transparency as a soft mask, exactly what PDFBox would have written.
 */
final class PreparedImage {

    final int width;
    final int height;
    private final byte[] rgb;
    private final byte[] alpha;

    private PreparedImage(int width, int height, byte[] rgb, byte[] alpha) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.alpha = alpha;
    }

    static PreparedImage of(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not an image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean transparent = image.getColorModel().hasAlpha();
        ByteArrayOutputStream rgb = new ByteArrayOutputStream(w * h);
        ByteArrayOutputStream alpha = new ByteArrayOutputStream(transparent ? w * h / 4 : 0);
        try (DeflaterOutputStream rgbOut = new DeflaterOutputStream(rgb);
             DeflaterOutputStream alphaOut = new DeflaterOutputStream(alpha)) {
            int[] row = new int[w];
            byte[] rgbRow = new byte[w * 3];
            byte[] alphaRow = new byte[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    rgbRow[3 * x] = (byte) (p >> 16);
                    rgbRow[3 * x + 1] = (byte) (p >> 8);
                    rgbRow[3 * x + 2] = (byte) p;
                    alphaRow[x] = (byte) (p >>> 24);
                }
                rgbOut.write(rgbRow);
                if (transparent) {
                    alphaOut.write(alphaRow);
                }
            }
        }
        return new PreparedImage(w, h, rgb.toByteArray(), transparent ? alpha.toByteArray() : null);
    }

    /** This image as an XObject of {@code doc}: the compressed bytes are copied, never encoded again. */
    PDImageXObject in(PDDocument doc) throws IOException {
        PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(rgb), COSName.FLATE_DECODE, width, height,
                8, PDDeviceRGB.INSTANCE);
        if (alpha != null) {
            PDImageXObject mask = new PDImageXObject(doc, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE, width,
                    height, 8, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return image;
    }
}
