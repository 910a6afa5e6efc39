package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.export.ModelFiles;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.ProblemKind;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages read end to end: the page's metadata on the document, and the reading done at its date. */
class SavedPagesReadingTest {
    @TempDir
    Path dir;

    private EventModel read(String... pages) throws Exception {
        for (String p : pages) {
            Files.writeString(dir.resolve(p + ".html"), SavedPageTest.page(p));
        }
        return ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
    }

    @Test
    void thePublicationTimeComesFromTheMetadataWithItsEvidence() throws Exception {
        EventModel m = read("beritabaru-armenia", "bordermonitor-shelling");
        Document id = m.documentsById().get("beritabaru-armenia");
        assertThat(id.published().basis()).isEqualTo(PublishedBasis.METADATA);
        assertThat(id.published().time()).isEqualTo(OffsetDateTime.parse("2022-09-13T15:20+07:00"));
        assertThat(id.published().evidence()).isEqualTo("article:published_time \"2022-09-13T15:20:00+07:00\"");
        assertThat(id.outlet()).isEqualTo("Berita Baru");
        assertThat(id.url()).isEqualTo("https://beritabaru.example/read/2022/09/13/armenia-rusia-stabilkan-perbatasan");
        assertThat(id.title()).startsWith("Setelah Bentrok dengan Azerbaijan");
        Document en = m.documentsById().get("bordermonitor-shelling");
        assertThat(en.published().time()).isEqualTo(OffsetDateTime.parse("2022-09-14T10:45Z"));
        assertThat(en.published().evidence()).startsWith("JSON-LD datePublished");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void theArticlesDaysWithoutAYearAreReadInThePublicationYear() throws Exception {
        // the text names days but no year ("Selasa (13/9)"): only the page's metadata dates it
        String body = "<p>Kementerian Pertahanan Armenia mengatakan pasukan Azerbaijan menembaki posisi militer Armenia "
                + "di dekat kota Jermuk pada Selasa (13/9) dini hari.</p><p>Pasukan Azerbaijan menggunakan artileri dan "
                + "pesawat tak berawak, kata kementerian itu dalam sebuah pernyataan.</p><p>Kementerian Pertahanan "
                + "Azerbaijan membantah tuduhan itu dan menuduh Armenia melakukan provokasi di perbatasan.</p>";
        Files.writeString(dir.resolve("dated.html"), "<html><head><meta property=\"article:published_time\" "
                + "content=\"2022-09-13T11:00:00+04:00\"></head><body><article>" + body + "</article></body></html>");
        Files.writeString(dir.resolve("undated.html"), "<html><body><article>" + body + "</article></body></html>");
        EventModel m = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        assertThat(m.documentsById().get("undated").published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
        assertThat(m.documentsById().get("dated").published().date()).hasToString("2022-09-13");
        assertThat(m.events()).anyMatch(e -> e.time().start().iso().startsWith("2022-09-13")
                && e.claims().stream().anyMatch(c -> c.sources().stream().anyMatch(s -> s.document().equals("dated"))));
    }

    @Test
    void spansIndexTheTextTheReaderShowsAndNothingComesFromComments() throws Exception {
        EventModel m = read("beritabaru-armenia", "bordermonitor-shelling");
        for (Event e : m.events()) {
            for (Claim c : e.claims()) {
                for (Source s : c.sources()) {
                    Document d = m.documentsById().get(s.document());
                    assertThat(s.end()).isLessThanOrEqualTo(d.length());
                    assertThat(d.textOf(s.span())).isNotBlank();
                    assertThat(d.textOf(s.span())).doesNotContain("teman saya", "my cousin");
                }
            }
        }
        assertThat(m.events()).noneMatch(e -> e.time().start().iso().startsWith("2022-09-15"));
    }

    @Test
    void theMetadataSurvivesExportAndImport() throws Exception {
        EventModel m = read("beritabaru-armenia");
        String once = claimline.export.ModelJsonWriter.toString(m);
        assertThat(once).contains("\"url\" : \"https://beritabaru.example/read/2022/09/13/armenia-rusia-stabilkan-perbatasan\"",
                "\"time\" : \"2022-09-13T15:20+07:00\"", "\"basis\" : \"metadata\"");
        EventModel back = claimline.export.ModelJsonReader.read(new java.io.ByteArrayInputStream(
                once.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(back.documents()).isEqualTo(m.documents());
        assertThat(claimline.export.ModelJsonWriter.toString(back)).isEqualTo(once);
        assertThat(claimline.viewmodel.ReaderViewModel.publication(back.documents().get(0)))
                .isEqualTo("published 13 Sep 2022 15:20 +07:00 (metadata)");
    }

    @Test
    void aPageWithNoArticleIsAProblemAndItsTextIsStillRead() throws Exception {
        EventModel m = read("beritabaru-section-front", "beritabaru-armenia");
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("beritabaru-section-front.html");
            assertThat(p.kind()).isEqualTo(ProblemKind.NO_ARTICLE);
            assertThat(p.message()).contains("no article found");
        });
        assertThat(m.documentsById()).containsKeys("beritabaru-section-front", "beritabaru-armenia");
        assertThat(m.documentsById().get("beritabaru-section-front").text()).contains("Bursa Saham Asia Menguat");
    }
}
