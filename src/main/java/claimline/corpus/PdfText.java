package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF article, through PDFBox: paragraphs as lines (the lines of a paragraph joined, as the reader
 * takes a line break for the end of a headline or a paragraph), words hyphenated at a line's end joined again. A PDF
 * with a password, or with pages but no text (a scan), has no text to read: the problem says which.
 */
public final class PdfText {
    /** The text and its title (the document's Title property), or the reason there is none. */
    public record Extracted(String text, String title, Problem problem) {}

    private PdfText() {}

    public static Extracted extract(String rel, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\u2028");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String raw = stripper.getText(pdf);
            String text = raw.replaceAll("(\\p{L})-\u2028(\\p{Ll})", "$1$2").replace('\u2028', ' ')
                    .replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
            if (text.isBlank()) {
                int pages = pdf.getNumberOfPages();
                return new Extracted(null, null, new Problem(rel, ProblemKind.EMPTY, "the PDF has no text layer ("
                        + pages + (pages == 1 ? " page" : " pages") + " of images, a scan?): it would need OCR first"));
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new Extracted(text, title == null || title.isBlank() ? null : title.strip(), null);
        } catch (InvalidPasswordException e) {
            return new Extracted(null, null, new Problem(rel, ProblemKind.ENCRYPTED,
                    "the PDF is protected by a password: save a copy without it to read it"));
        } catch (IOException | RuntimeException e) {
            return new Extracted(null, null, new Problem(rel, ProblemKind.UNREADABLE, "not a readable PDF: " + e.getMessage()));
        }
    }
}
