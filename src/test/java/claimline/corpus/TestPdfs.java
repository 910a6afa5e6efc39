package claimline.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made for the tests with PDFBox: an article as a printed page lays it out, a protected one, a scan. */
public final class TestPdfs {
    private static final float MARGIN = 60;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private TestPdfs() {}

    /** Each paragraph wrapped to the page's width, a blank line between paragraphs; a page break when full. */
    public static byte[] article(String title, List<String> paragraphs) throws IOException {
        return save(articleDocument(title, paragraphs));
    }

    /** The article protected by a password needed to open it. */
    public static byte[] encrypted(String title, List<String> paragraphs) throws IOException {
        PDDocument pdf = articleDocument(title, paragraphs);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
        return save(pdf);
    }

    /** Pages that are only pictures, as a scanner makes them. */
    public static byte[] imageOnly(int pages) throws IOException {
        PDDocument pdf = new PDDocument();
        BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        var g = scan.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(java.awt.Color.DARK_GRAY);
        for (int y = 40; y < 520; y += 18) {
            g.fillRect(30, y, 340, 8);
        }
        g.dispose();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                c.drawImage(image, 20, 20, 555, 800);
            }
        }
        return save(pdf);
    }

    private static PDDocument articleDocument(String title, List<String> paragraphs) throws IOException {
        PDDocument pdf = new PDDocument();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        pdf.setDocumentInformation(info);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        for (String p : paragraphs) {
            lines.addAll(wrap(p, font, width));
            lines.add("");
        }
        PDPageContentStream c = null;
        float y = 0;
        for (String line : lines) {
            if (c == null || y < MARGIN) {
                if (c != null) {
                    c.endText();
                    c.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                c = new PDPageContentStream(pdf, page);
                c.beginText();
                c.setFont(font, SIZE);
                y = PDRectangle.A4.getHeight() - MARGIN;
                c.newLineAtOffset(MARGIN, y);
            }
            c.showText(line);
            c.newLineAtOffset(0, -LEADING);
            y -= LEADING;
        }
        c.endText();
        c.close();
        return pdf;
    }

    private static List<String> wrap(String text, PDType1Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        try (pdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
