package claimline.reading.time;

import static claimline.reading.OneArticle.read;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Document;
import claimline.model.PublishedBasis;
import org.junit.jupiter.api.Test;

/**
 * The publication date rests on evidence (reading guide, section 4): the page's metadata, a date line, a date with a
 * year the undated days follow, weekdays that fit one year only within the evidence. Without it the date is unknown,
 * never a guess. Articles written for the test, about a border the gazetteer does not know (Peru and Ecuador).
 */
class PublicationDatingTest {


    private static Document doc(String text) {
        return read(text).document();
    }

    @Test
    void aWeekdayAndADayWithoutAYearAreNoEvidenceOfTheYear() {
        Document d = doc("Tentara Peru dan Ekuador bentrok di perbatasan\n"
                + "Tentara Peru dan Ekuador terlibat baku tembak di perbatasan pada Selasa (8/4) sekitar pukul 17:00 "
                + "waktu setempat, kata Kementerian Pertahanan Peru.\n"
                + "Ekuador membantah tuduhan itu.");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
        assertThat(d.published().date()).isNull();
        // and nothing is put on a day the text does not give a year for
        assertThat(read(d.text()).mentions()).isEmpty();
    }

    @Test
    void thePagesMetadataStatesTheDateAndIsNotReadAsText() {
        String text = " date 2019-03-02 Ecuador says Peruvian troops crossed the border\n\n"
                + "Ecuador's defence ministry said on Friday that Peruvian troops crossed the border near Zarumilla.";
        Document d = doc(text);
        assertThat(d.published().date()).hasToString("2019-03-02");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.boilerplate()).extracting(s -> s.of(text)).contains("date 2019-03-02");
        assertThat(d.title()).isEqualTo("Ecuador says Peruvian troops crossed the border");
        assertThat(read(text).mentions()).allSatisfy(m -> assertThat(m.time().start().date()).hasToString("2019-03-01"));
    }

    @Test
    void aDateLineUnderTheHeadlineStatesTheDateAndIsBoilerplate() {
        String text = "Ekuador Tuding Peru Langgar Perbatasan\n"
                + "Andi Saputra , Jurnalis-Rabu, 04 Februari 2026 |12:15 WIB\n"
                + "QUITO - Kementerian Pertahanan Ekuador mengatakan pasukan Peru menyeberangi perbatasan pada Senin.";
        Document d = doc(text);
        assertThat(d.published().date()).hasToString("2026-02-04");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.boilerplate()).extracting(s -> s.of(text)).anyMatch(s -> s.contains("Jurnalis-Rabu"));
    }

    @Test
    void undatedDaysFollowTheDateGivenWithAYear() {
        Document d = doc("Pada 9 Desember 2019, pasukan Peru dan Ekuador bentrok di dekat Zarumilla.\n"
                + "Kementerian Luar Negeri Ekuador memanggil duta besar Peru pada Senin (16/12).");
        assertThat(d.published().date()).hasToString("2019-12-16");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void aFullDateFollowedByALaterMonthIsHistory() {
        Document d = doc("Sejak 15 April 2019, tentara Ekuador bertempur dengan pemberontak di perbatasan Peru.\n"
                + "Kota Zarumilla menjadi lokasi pertempuran sejak Mei 2020, kata warga pada hari Kamis.");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
    }

    @Test
    void aBareYearOfHistoryAndWeekdaysNamedOnTheirOwnFitTooManyYears() {
        Document d = doc("Militer Ekuador mengatakan pihaknya menyerang posisi pemberontak pada hari Rabu.\n"
                + "Patroli tentara Ekuador di dekat perbatasan Peru (22/7).\n"
                + "Kedua negara menandatangani perjanjian damai pada 1998, tetapi pada hari Selasa tembakan terdengar lagi.");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
    }

    @Test
    void weekdaysThatFitOneYearAfterTheNewestYearNamedDateTheArticle() {
        // 8 April fell on a Tuesday in 2014 and 2025: only 2025 is the year the text names or the next.
        Document d = doc("Sejak Oktober 2024, ketegangan meningkat di perbatasan Peru dan Ekuador.\n"
                + "Tentara Peru menembakkan tembakan peringatan pada Selasa (8/4) pukul 17:00 waktu setempat.");
        assertThat(d.published().date()).hasToString("2025-04-08");
        assertThat(d.published().evidence()).contains("2024");
    }


    @Test
    void aTermOfOfficeThatHasEndedBoundsTheYearTheWeekdaysThenPick() {
        // Blinken was Secretary of State from January 2021 to January 2025; 12 March was a Tuesday only in 2024 then
        String text = "Tentara Peru dan Ekuador bentrok di perbatasan\n"
                + "Menteri Luar Negeri AS Antony Blinken mengatakan, Selasa (12/3), Washington prihatin atas bentrokan "
                + "di perbatasan Peru dan Ekuador.\n";
        Document d = doc(text);
        assertThat(d.published().date()).hasToString("2024-03-12");
        assertThat(d.published().evidence()).contains("2024");
        // named as no longer in office, he bounds nothing
        Document former = doc(text.replace("Menteri Luar Negeri AS Antony Blinken", "mantan Menteri Luar Negeri AS "
                + "Antony Blinken"));
        assertThat(former.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
    }

    @Test
    void aPageStampWithAHyphenatedDateStatesTheDay() {
        Document d = doc("Peru says it repelled Ecuadorian troops\n\nPeru said on Monday its troops repelled Ecuadorian "
                + "soldiers near Zarumilla.\n\nAndes Wire | Updated: 04-03-2025 01:40 PET | Created: 04-03-2025 01:40 PET\n"
                + "Peru's defence ministry said the soldiers crossed at Zarumilla.\n");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.published().date()).hasToString("2025-03-04");
    }

    @Test
    void aBylineAndADatelineAboveTheLeadAreNotItsSentences() {
        // the lead's "Senin (3/3/2025)" states the day; "Sabtu malam" is the Saturday before, not a later one
        Document d = doc("Sumber: Andes Wire | Editor: Maria Lopez\n"
                + "ANDINA.PE - LIMA. Tentara Peru menggagalkan upaya tentara Ekuador menduduki bukit di perbatasan. "
                + "Hal itu diungkapkan seorang pejabat Peru di Lima pada hari Senin (3/3/2025), menyusul ketegangan "
                + "terbaru.\nInsiden itu terjadi pada Sabtu malam di tepi sungai Tumbes, kata tentara Peru.\n");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.published().date()).hasToString("2025-03-03");
    }

    @Test
    void noYearFitsWhenTheWeekdaysFallOnTheirDatesOnlyAfterTheTermOfTheOneInOfficeHadEnded() {
        // Blinken was Secretary of State until 20 January 2025; 14 March was a Friday in 2025 only of his years, after
        // his term: an article that quotes him in office was not written then, and the year is not known
        Document d = doc("Tentara Peru dan Ekuador bentrok di perbatasan\n"
                + "Menteri Luar Negeri AS Antony Blinken mengatakan, Jumat (14/3), Washington prihatin atas bentrokan "
                + "di perbatasan Peru dan Ekuador.\n");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
        assertThat(d.published().date()).isNull();
    }

    @Test
    void aTermOfOfficeStillRunningIsEvidenceForEveryYearOfIt() {
        // Hun Manet has been Cambodia's Prime Minister since August 2023; 24 May was a Saturday in 2025 only since then
        String text = "Kamboja tuding Thailand tembaki pos perbatasan\n"
                + "Perdana Menteri Kamboja Hun Manet mengatakan pada Sabtu (24/5) bahwa tentara Thailand menembaki pos "
                + "Kamboja di dekat kuil Ta Moan Thom.\n";
        Document d = doc(text);
        assertThat(d.published().date()).hasToString("2025-05-24");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void anArticleInferredFromItsLatestDateIsOfTheWeekdayItsLeadNames() {
        Document d = doc("Ecuador says attacked by Peru\n\n"
                + "QUITO - Ecuador accused Peru on Sunday of launching attacks along their border, saying its troops "
                + "drove off the assault.\n\n"
                + "\"In the early morning hours of March 7th 2025, Peruvian soldiers attacked the Zarumilla front,\" the "
                + "ministry said. Peru denied it on Saturday.\n");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(d.published().date()).hasToString("2025-03-09");
    }
}
