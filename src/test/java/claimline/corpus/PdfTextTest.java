package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.export.ModelFiles;
import claimline.model.EventModel;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF articles through PDFBox: the text layer, paragraphs as lines; a protected PDF or a scan is a clear problem. */
class PdfTextTest {
    static final String TITLE = "Armenia dan Rusia Sepakat Stabilkan Perbatasan";
    static final List<String> PARAGRAPHS = List.of(
            "Yerevan - Armenia dan Rusia menyepakati langkah bersama untuk menstabilkan situasi di sepanjang perbatasan "
                    + "Armenia dengan Azerbaijan setelah bentrokan mematikan pada Selasa (13/9/2022) dini hari.",
            "Dalam sebuah pernyataan, Kementerian Pertahanan Armenia mengatakan Azerbaijan meluncurkan penembakan "
                    + "intensif terhadap posisi militer Armenia ke arah kota Goris, Sotk, dan Jermuk pada pukul 00:05 "
                    + "waktu setempat pada hari Selasa (13/9/2022).",
            "Tetapi Kementerian Pertahanan Azerbaijan menuduh Armenia melakukan tindakan subversif skala besar di dekat "
                    + "distrik Dashkesan, Kelbajar dan Lachin di perbatasan.");

    @TempDir
    Path dir;

    @Test
    void theTextLayerIsReadWithEachParagraphOnALineOfItsOwn() throws Exception {
        PdfText.Extracted pdf = PdfText.extract("a.pdf", TestPdfs.article(TITLE, PARAGRAPHS));
        assertThat(pdf.problem()).isNull();
        assertThat(pdf.title()).isEqualTo(TITLE);
        List<String> lines = Arrays.stream(pdf.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).containsExactly(TITLE, PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2));
    }

    @Test
    void aPasswordProtectedPdfIsAClearProblem() throws Exception {
        assertThat(PdfText.extract("secret.pdf", TestPdfs.encrypted(TITLE, PARAGRAPHS)).problem())
                .isEqualTo(new Problem("secret.pdf", ProblemKind.ENCRYPTED,
                        "the PDF is protected by a password: save a copy without it to read it"));
    }

    @Test
    void aScanWithoutTextIsAClearProblem() throws Exception {
        assertThat(PdfText.extract("scan.pdf", TestPdfs.imageOnly(2)).problem()).isEqualTo(new Problem("scan.pdf",
                ProblemKind.EMPTY, "the PDF has no text layer (2 pages of images, a scan?): it would need OCR first"));
    }

    @Test
    void aBrokenPdfIsUnreadable() {
        byte[] cut = Arrays.copyOf("%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(), 30);
        assertThat(PdfText.extract("cut.pdf", cut).problem().kind()).isEqualTo(ProblemKind.UNREADABLE);
    }

    @Test
    void inAFolderPdfsAreArticlesAndTheBadOnesCostNothingElse() throws Exception {
        Files.write(dir.resolve("armenia.pdf"), TestPdfs.article(TITLE, PARAGRAPHS));
        Files.write(dir.resolve("secret.pdf"), TestPdfs.encrypted(TITLE, PARAGRAPHS));
        Files.write(dir.resolve("scan.pdf"), TestPdfs.imageOnly(1));
        EventModel m = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        assertThat(m.documents()).extracting(d -> d.id()).containsExactly("armenia");
        assertThat(m.documents().get(0).title()).isEqualTo(TITLE);
        assertThat(m.problems()).extracting(Problem::path, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scan.pdf", ProblemKind.EMPTY),
                org.assertj.core.groups.Tuple.tuple("secret.pdf", ProblemKind.ENCRYPTED));
        assertThat(m.events()).anyMatch(e -> e.time().start().iso().startsWith("2022-09-13T00:05"));
    }
}
