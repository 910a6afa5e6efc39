package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Saved pages shaped like real outlets' pages (src/test/resources/pages): the article out of the page, and its metadata. */
class SavedPageTest {
    static String page(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/pages", name + ".html"));
    }

    @Test
    void theArticleIsTakenOutOfMenusRelatedLinksAndComments() throws IOException {
        SavedPage.Extracted p = SavedPage.extract(page("beritabaru-armenia"));
        assertThat(p.article()).isTrue();
        assertThat(p.text()).contains("Menteri Pertahanan Armenia Suren Papikyan mengatakan",
                "Gencatan senjata mulai berlaku pada pukul 9 pagi waktu setempat");
        // "Baca juga" inside the body stays as a line of its own, which the reader leaves unread
        assertThat(p.text()).contains("\nBaca juga: Armenia Tuduh Azerbaijan Langgar Gencatan Senjata\n");
        assertThat(p.text()).doesNotContain("Otomotif", "Cari berita", "Berita Terkait", "Harga BBM Naik",
                "Komentar", "Semoga cepat damai", "Pada 14 September pasukan menyerang", "Hak cipta", "Bagikan");
    }

    @Test
    void theMetadataOfAnIndonesianOutletsPage() throws IOException {
        PageMetadata m = SavedPage.extract(page("beritabaru-armenia")).metadata();
        assertThat(m.title()).isEqualTo("Setelah Bentrok dengan Azerbaijan, Armenia dan Rusia Sepakat Stabilkan Perbatasan");
        assertThat(m.outlet()).isEqualTo("Berita Baru");
        assertThat(m.time()).isEqualTo(OffsetDateTime.parse("2022-09-13T15:20+07:00"));
        assertThat(m.dateEvidence()).isEqualTo("article:published_time \"2022-09-13T15:20:00+07:00\"");
        assertThat(m.url()).isEqualTo("https://beritabaru.example/read/2022/09/13/armenia-rusia-stabilkan-perbatasan");
        assertThat(m.language()).isEqualTo("id");
    }

    @Test
    void jsonLdInAGraphGivesTheDateWhenNoMetaTagDoesAndABrokenBlockIsPassedOver() throws IOException {
        SavedPage.Extracted p = SavedPage.extract(page("bordermonitor-shelling"));
        assertThat(p.metadata().time()).isEqualTo(OffsetDateTime.parse("2022-09-14T10:45Z"));
        assertThat(p.metadata().dateEvidence()).startsWith("JSON-LD datePublished");
        assertThat(p.metadata().outlet()).isEqualTo("Border Monitor");
        assertThat(p.metadata().language()).isEqualTo("en");
        assertThat(p.text()).contains("Azerbaijan's defence ministry denied the account")
                .doesNotContain("cookies", "Most read", "Heatwave", "On 15 September the army attacked");
    }

    @Test
    void aTimeElementThenADateInTheUrlPathAreTheLastResorts() {
        String body = "<p>" + "Pasukan Armenia menembaki desa di perbatasan pada Senin malam, kata kementerian. ".repeat(6)
                + "</p>";
        PageMetadata time = SavedPage.extract("<html><body><article><time datetime=\"2021-11-16T17:30:00+04:00\">16 Nov"
                + "</time>" + body + "</article></body></html>").metadata();
        assertThat(time.time()).isEqualTo(OffsetDateTime.parse("2021-11-16T17:30+04:00"));
        assertThat(time.dateEvidence()).isEqualTo("<time datetime=\"2021-11-16T17:30:00+04:00\">");
        PageMetadata url = SavedPage.extract("<html><head><link rel=\"canonical\" href=\"https://x.example/read/2021/11/16/"
                + "12345/bentrok\"></head><body><article>" + body + "</article></body></html>").metadata();
        assertThat(url.date()).isEqualTo(LocalDate.of(2021, 11, 16));
        assertThat(url.time()).isNull();
        assertThat(url.dateEvidence()).isEqualTo("the date in the URL https://x.example/read/2021/11/16/12345/bentrok");
    }

    @Test
    void aSectionFrontHasNoArticleAndIsReadWhole() throws IOException {
        SavedPage.Extracted p = SavedPage.extract(page("beritabaru-section-front"));
        assertThat(p.article()).isFalse();
        assertThat(p.text()).contains("Azerbaijan Bantah Tuduhan Armenia", "Bursa Saham Asia Menguat");
        assertThat(p.metadata().date()).isNull();
    }

    @Test
    void aShortItemIsItsOwnArticle() {
        SavedPage.Extracted p = SavedPage.extract("<html><body><h1>Kilat</h1><p>Armenia melaporkan tembakan di Goris."
                + "</p></body></html>");
        assertThat(p.article()).isTrue();
        assertThat(p.text()).isEqualTo("Kilat\nArmenia melaporkan tembakan di Goris.");
    }
}
