package claimline.reading.language;

import static claimline.reading.OneArticle.read;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.DocumentReader;
import org.junit.jupiter.api.Test;

/** The outlet an article's dateline names, in the forms wires and Indonesian outlets write it. */
class DatelineTest {

    private static String outlet(String text) {
        return read(text).document().outlet();
    }

    @Test
    void outletsOfTheCommonDatelineForms() {
        assertThat(outlet("LIMA, Peru (AP) — Peruvian troops exchanged fire with Ecuadorian forces on Monday.\n"))
                .isEqualTo("AP");
        assertThat(outlet("Jakarta (ANTARA) - Militer Peru mengatakan pasukan Ekuador menembaki pos perbatasan.\n"))
                .isEqualTo("ANTARA");
        assertThat(outlet("Liputan6.com, Jakarta - Militer Peru mengatakan pasukan Ekuador menembaki pos.\n"))
                .isEqualTo("Liputan6.com");
        assertThat(outlet("TEMPO.CO, Jakarta - Militer Peru mengatakan pasukan Ekuador menembaki pos.\n"))
                .isEqualTo("TEMPO.CO");
        assertThat(outlet("LIMA, KOMPAS.com - Militer Peru mengatakan pasukan Ekuador menembaki pos.\n"))
                .isEqualTo("KOMPAS.com");
        assertThat(outlet("LIMA, March 4 (Andes Wire) - Peru's army said Ecuadorian troops fired on a post.\n"))
                .isEqualTo("Andes Wire");
        // the day before the month, as Indonesian and British wires write it
        assertThat(outlet("LIMA, 4 Maret 2025 (Kabar Andes) - Militer Peru mengatakan pasukan Ekuador menembaki pos.\n"))
                .isEqualTo("Kabar Andes");
        assertThat(outlet("LIMA, 4 March (Andes Wire) - Peru's army said Ecuadorian troops fired on a post.\n"))
                .isEqualTo("Andes Wire");
        // no space after the comma, two hyphens
        assertThat(outlet("REPUBLIKA.CO.ID,LIMA -- Militer Peru mengatakan pasukan Ekuador menembaki pos.\n"))
                .isEqualTo("REPUBLIKA.CO.ID");
    }

    @Test
    void aCityAloneBeforeTheDashIsWhereTheStoryWasFiledNotASide() {
        String lead = "Militer Peru mengatakan pasukan Ekuador menembaki pos perbatasan di dekat desa Zarumilla pada "
                + "Senin (3/3/2025) malam dan menewaskan dua tentara.\n";
        var filed = read("Jakarta - " + lead);
        assertThat(filed.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.parties()).as(m.source().toString()).doesNotContain("IDN"));
        // a short headline with a dash between two states is no dateline: both stay sides
        var headline = read("Peru - Ekuador saling tuding soal tembakan\n" + lead);
        assertThat(headline.mentions()).anySatisfy(m -> assertThat(m.parties()).contains("PER", "ECU"));
    }

    @Test
    void aDatelineBelowTheHeadlineBylineAndCaptionIsStillTheDateline() {
        String page = "• Berita\n\nPeru dan Ekuador Saling Tuding\n\nAna Rosa | Selasa, 4/3/2025 10:01 WIB\n"
                + "Tentara Peru menembaki posisi Ekuador di Zarumilla, Peru, 20 Februari 2025.\n\n"
                + "LIMA - Militer Peru mengatakan pasukan Ekuador menembaki pos perbatasan di dekat desa Zarumilla "
                + "pada Senin malam dan menewaskan dua tentara.\n";
        var read = read(page);
        // the caption's day is not the story's, and "LIMA - " is where it was filed
        assertThat(read.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.time().start().iso()).as(m.source().toString()).isEqualTo("2025-03-03T20:00-05:00");
        });
        assertThat(DocumentShape.dateline(page)).isNotNull()
                .satisfies(d -> assertThat(d.place()).isEqualTo("Lima"));
    }

    @Test
    void aCaptionsDateIsEvidenceOfTheYearThoughItIsNotRead() {
        String page = "Peru dan Ekuador Saling Tuding\n"
                + "Tentara Peru berjaga di Zarumilla, Peru, 20 Februari 2025.\n"
                + "Militer Peru mengatakan pasukan Ekuador menembaki pos perbatasan di dekat desa Zarumilla pada "
                + "Senin (3/3) malam dan menewaskan dua tentara.\n";
        var read = read(page);
        // the year is the caption's (the photo is no later than the article); the caption itself makes no event
        assertThat(read.document().published().date()).isNotNull()
                .satisfies(d -> assertThat(d.getYear()).isEqualTo(2025));
        assertThat(read.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).startsWith("2025-03-03"));
    }

    @Test
    void aPageStampGluedToTheLeadDatesThePageAndIsNotText() {
        // "Rabu, 16 Agustus 2017, 22:54 WIBWarta.id - …": the stamp is the publication, not the clash; the lead's
        // "Selasa 18 Agustus" (a slip: after the article, and the 18th is no Tuesday) is the Tuesday before
        String text = "Pasukan Peru dan Ekuador Bentrok\n"
                + "Rabu, 16 Agustus 2017, 22:54 WIBWarta.id - Pasukan Peru dan Ekuador bentrok di perbatasan, kata pejabat "
                + "Peru pada hari Selasa 18 Agustus.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().published().date()).hasToString("2017-08-16");
        String doc = r.document().text();
        assertThat(r.document().boilerplate()).anySatisfy(b -> assertThat(b.of(doc)).isEqualTo("Rabu, 16 Agustus 2017, 22:54 WIB"));
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(r.document().boilerplate()).noneMatch(b -> b.start() < m.source().end() && m.source().start() < b.end());
        });
        assertThat(r.mentions()).filteredOn(m -> m.type().isViolence())
                .anySatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2017-08-15"));
    }
}
