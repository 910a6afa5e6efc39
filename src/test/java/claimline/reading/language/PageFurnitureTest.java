package claimline.reading.language;

import static claimline.reading.OneArticle.read;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.DocumentReader;
import org.junit.jupiter.api.Test;

/**
 * What a page puts around an article is not read (reading guide, section 1): a caption credited after a slash ("… /
 * Reuters", "…/Net"), a "Baca:" link, a site's logo text glued before the lead. Peru and Ecuador, written for the test.
 */
class PageFurnitureTest {

    @Test
    void captionsCreditedAfterASlashLinksAndALogoGluedToTheLeadAreNotArticleText() {
        String text = "Tentara Ekuador Tembaki Pos Peru\n"
                + "Tentara Peru berjaga di perbatasan/Net\n"
                + "peru news logo Tentara Ekuador menembaki pos perbatasan Peru di dekat kota Zarumilla pada Senin "
                + "(12/5/2025), kata Kementerian Pertahanan Peru.\n"
                + "Pasukan Peru membalas tembakan setelah serangan itu, yang menurut pemerintah melukai dua tentara. / Reuters\n"
                + "Baca: Peru dan Ekuador Sepakat Berunding\n"
                + "Ekuador membantah tuduhan itu.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text)).contains(
                "Tentara Peru berjaga di perbatasan/Net", "peru news logo",
                "Baca: Peru dan Ekuador Sepakat Berunding");
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text)).anyMatch(s -> s.endsWith("/ Reuters"));
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.text())
                .doesNotContain("/Net", "logo", "Baca", "Reuters"));
    }

    @Test
    void aLinkInBracketsGluedToAParagraphAndACaptionEndingWithItsFotoCreditAreNotRead() {
        String text = "Peru dan Ekuador Saling Tuduh\n"
                + "Tentara Peru berjaga di perbatasan setelah bentrokan pekan ini. Foto: Reuters\n\n"
                + "LIMA - Kementerian Pertahanan Peru mengatakan tentara Ekuador menembaki pos perbatasan Peru di dekat "
                + "kota Zarumilla pada Senin (12/5/2025).  (Blog: reporting on the clash at Zarumilla)\n"
                + "Ekuador membantah tuduhan itu.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text)).contains(
                "Tentara Peru berjaga di perbatasan setelah bentrokan pekan ini. Foto: Reuters",
                "(Blog: reporting on the clash at Zarumilla)");
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.text()).doesNotContain("Blog", "Foto"));
    }

    @Test
    void aCaptionOpenedByItsFilesNameAndAnEmbeddedPostAreNotReadButTheCaptionsDayIsEvidence() {
        String text = "Peru accuses Ecuador of burning border village\n"
                + "zarumilla-burned-village-sept4-2020.jpg Remnants of burned houses in Zarumilla, Peru, Sept. 4, 2020.\n"
                + "Peruvian villagers said Ecuadorian troops burned houses in Zarumilla on Thursday, and Ecuador's army "
                + "denied it.\n"
                + "Ecuador's behaviour violated agreements. It's serious military provocation: Peru Foreign Ministry "
                + "https://t.co/AbCdEf — Andina (@Andina) September 4, 2020\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text))
                .anyMatch(s -> s.startsWith("zarumilla-burned-village-sept4-2020.jpg"))
                .anyMatch(s -> s.endsWith("(@Andina) September 4, 2020"));
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.text())
                .doesNotContain(".jpg", "@Andina", "Remnants"));
        // the caption's day bounds the year: the Thursday before it is 3 September 2020
        assertThat(r.document().published().date()).isNotNull();
        assertThat(r.document().published().date().getYear()).isEqualTo(2020);
    }

    @Test
    void aLinkedStorysHeadlineGluedToTheEndOfAParagraphIsNotRead() {
        String text = "Lima, September 8, 2020: Peru's foreign ministry said Ecuadorian troops crossed the border near Zarumilla "
                + "on Monday and fired warning shots. \"Our troops were compelled to respond\", it added. Ecuador Rejects "
                + "Peru's Allegations, Says 'No Shots Fired by Ecuador at Zarumilla, Peruvian Troops Resorted to Gunfire'.\n"
                + "Ecuador's army said its troops had not crossed the border. Quito said Peruvian soldiers fired first.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text))
                .anyMatch(s -> s.startsWith("Ecuador Rejects Peru's Allegations"))
                .noneMatch(s -> s.contains("Quito said"));
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.text()).doesNotContain("Rejects"));
    }
}
