package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening pointed back at ("pertikaian ini", "that clash") is the one the article told, however many sentences
 * back: a side's word on it, said on a later day, is dated by the clash, not by the saying. Peru and Ecuador, which the
 * gazetteer has no entry for.
 */
class PointedBackTest {
    private static List<Mention> violentIn(String text, String sentence) {
        return OneArticle.mentions(text).stream().filter(m -> m.type().isViolence()
                && m.documentText().substring(m.source().start(), m.source().end()).contains(sentence)).toList();
    }

    @Test
    void aClashPointedBackAtKeepsItsDay() {
        String id = "LIMA - Pasukan Peru dan Ekuador terlibat bentrokan di Zarumilla pada 15 Juni 2025.\n"
                + "Juru bicara Kementerian Luar Negeri Ekuador, Ana Vera, angkat bicara melalui pernyataan, Jumat (20/6/2025).\n"
                + "Vera menerangkan, Zarumilla merupakan bagian dari wilayah yang disengketakan.\n"
                + "Ia juga menyinggung perundingan perbatasan kedua negara.\n"
                + "Vera menyebut pertikaian ini sebagai provokasi yang disengaja oleh pihak Lima.\n";
        String en = "LIMA - Peruvian and Ecuadorian troops clashed at Zarumilla on June 15, 2025.\n"
                + "Ecuador's foreign ministry spokeswoman Ana Vera spoke in a statement on Friday, June 20, 2025.\n"
                + "Vera said Zarumilla is part of a disputed region.\n"
                + "She also mentioned the border talks between the two countries.\n"
                + "Vera called that clash a deliberate provocation by Lima.\n";
        for (String[] article : List.of(new String[] {id, "pertikaian ini"}, new String[] {en, "that clash"})) {
            assertThat(violentIn(article[0], article[1])).as(article[1]).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-06-15"));
        }
    }
}
