package claimline.reading.language;

import static claimline.reading.OneArticle.read;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.DocumentReader.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A photo's caption is not article text (the readers of the development corpus list it as boilerplate): no event comes
 * from it, whatever it tells; its day is evidence of the publication's year unless the photo is a file photo.
 */
class PhotoCaptionTest {
    private static final String LEAD = "LIMA - Militer Peru mengatakan pasukan Ekuador menembaki pos perbatasan di dekat "
            + "desa Zarumilla pada Senin (3/3) malam dan menewaskan dua tentara.\n";

    private static Reading withCaption(String caption) {
        return read("Peru dan Ekuador Saling Tuding\n\n" + caption + "\n\n" + LEAD);
    }

    @Test
    void aLineEndingWithItsPhotosCreditIsACaptionAndMakesNoEvent() {
        for (String caption : List.of(
                "Pasukan Ekuador menembaki pos Peru di Zarumilla pada 20 Februari 2025. (FOTO: AFP)",
                "Pasukan Ekuador menembaki pos Peru di Zarumilla pada 20 Februari 2025. (Ana Diaz/Pool via AP)",
                "Pasukan Ekuador menembaki pos Peru di Zarumilla pada 20 Februari 2025. Andina via REUTERS",
                "Ecuadorian troops shelled a Peruvian post at Zarumilla on February 20, 2025. - Reuters/Stringer")) {
            Reading r = withCaption(caption);
            assertThat(r.document().boilerplate()).as(caption).anySatisfy(b -> assertThat(b.of(r.document().text()))
                    .isEqualTo(caption));
            // the caption's day is the year's evidence; the lead's Monday is the only happening
            assertThat(r.mentions()).as(caption).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).startsWith("2025-03-03"));
        }
    }

    @Test
    void aFilePhotosDayIsNoEvidenceOfTheYear() {
        Reading r = withCaption("Ilustrasi: Pasukan Peru berlatih di Zarumilla pada 20 Februari 2025. (Ana Diaz/Pool via AP)");
        // only "Senin (3/3)" is left: many years fit, none is established
        assertThat(r.document().published().date()).isNull();
    }

    @Test
    void aSitesBannerIsNotTextButItsDateLineIs() {
        String text = "AndesWar.com - Your Window On The Border\nKompas.com - 4/3/2025, 10:12 WIB\n" + LEAD;
        List<claimline.model.Span> b = DocumentShape.boilerplate(text);
        assertThat(b).extracting(s -> s.of(text)).contains("AndesWar.com - Your Window On The Border")
                .doesNotContain("Kompas.com - 4/3/2025, 10:12 WIB");
    }

    @Test
    void aCreditEndingALongLineIsFoundAtItsEnd() {
        // a credit is looked for near its line's end only: a long caption keeps its credit, a credit-like bracket
        // in the middle of a long paragraph is not one
        String words = "Soldiers of Peru and Ecuador stand near the Zarumilla canal after the night's shelling, ";
        String longCaption = words.repeat(6) + "residents said. (Ana Diaz/Pool via AP)";
        String paragraph = "Lima (Reuters/Staff) said " + words.repeat(6) + "and Quito denied it.";
        String text = "Peru and Ecuador trade blame\n" + LEAD + "\n" + longCaption + "\n" + paragraph;
        assertThat(DocumentShape.boilerplate(text)).extracting(s -> s.of(text))
                .contains(longCaption)
                .noneMatch(s -> s.contains("Quito denied it"));
    }

    @Test
    void aCaptionRepeatedWithOtherSpacingIsACaptionBothTimes() {
        String caption = "Smoke rises over the border post near Zarumilla after the shelling";
        String text = "Peru and Ecuador trade blame\n" + caption.replace("over the", "over  the") + "\n"
                + caption.replace(" near", "\tnear") + "\n" + LEAD;
        assertThat(DocumentShape.boilerplate(text)).extracting(s -> s.of(text))
                .contains(caption.replace("over the", "over  the"), caption.replace(" near", "\tnear"));
    }

    @Test
    void aGalleryTellsItsStoryInCaptionsAndTheyAreText() {
        // every paragraph a photo's caption with its credit: the captions are the article, only the credits are not
        String text = "Perbatasan Belize-Guatemala Ditutup\n\n"
                + "Antrean truk di perbatasan Belize - Guatemala pada Kamis (15/6/2023). (REUTERS/STRINGER)\n\n"
                + "Pemerintah Belize memutuskan menutup perbatasan dengan Guatemala pada Kamis (15/6/2023). (REUTERS/STRINGER)\n\n"
                + "Menteri Luar Negeri Guatemala Ana Morales mengecam penutupan itu. (REUTERS/STRINGER)\n\n"
                + "Warga menunggu di pos lintas batas Benque Viejo. (REUTERS/STRINGER)\n";
        Reading r = read(text);
        String doc = r.document().text();
        assertThat(r.document().boilerplate()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.of(doc)).isEqualTo("(REUTERS/STRINGER)"));
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).contains("menutup perbatasan");
            assertThat(m.time().start().iso()).isEqualTo("2023-06-15");
        });
    }
}
