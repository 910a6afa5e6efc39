package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause told over years ("the two sides have clashed for years", "pertikaian telah berlangsung selama
 * bertahun-tahun") sums up the background of a conflict: it makes no event, in either language. The same fight told
 * of one day does, and so does a happening called the worst in years, which is a current one. Peru and Ecuador, which
 * the gazetteer has no entry for.
 */
class LongSpanBackgroundTest {
    private static List<Mention> events(String text) {
        return OneArticle.mentions(text).stream().toList();
    }

    @Test
    void aConflictSummedUpOverYearsMakesNoEvent() {
        List<String> summaries = List.of(
                "LIMA, May 17, 2025 - Peruvian and Ecuadorian troops have clashed for years along the Cenepa valley.\n",
                "LIMA, May 17, 2025 - In recent years, fighting has erupted between the neighbours in the Cenepa valley.\n",
                "LIMA, 17 Mei 2025 - Pertempuran telah meletus antara kedua negara dalam beberapa tahun terakhir di lembah "
                        + "Cenepa.\n",
                "LIMA, 17 Mei 2025 - Konflik perbatasan antara Peru dan Ekuador telah berlangsung selama bertahun-tahun.\n",
                // "has long", "telah lama": told over a span as long as years
                "LIMA, May 17, 2025 - Lima has long accused Quito of shelling its posts in the Cenepa valley.\n",
                "LIMA, 17 Mei 2025 - Kelompok hak asasi telah lama memperingatkan bahwa serangan bisa terjadi di lembah "
                        + "Cenepa.\n");
        summaries.forEach(t -> assertThat(events(t)).as(t).isEmpty());
    }

    @Test
    void theSameFightOnOneDayOrTheWorstInYearsIsAnEvent() {
        List<String> current = List.of(
                "LIMA, May 17, 2025 - Peruvian and Ecuadorian troops clashed in the Cenepa valley on Tuesday.\n",
                "LIMA, May 17, 2025 - Peruvian and Ecuadorian troops clashed in the Cenepa valley on Tuesday, the worst "
                        + "fighting between the neighbours for years.\n",
                "LIMA, 17 Mei 2025 - Pasukan Peru dan Ekuador bertempur di lembah Cenepa pada Selasa, pertempuran terburuk "
                        + "selama bertahun-tahun.\n");
        current.forEach(t -> assertThat(events(t).stream().filter(m -> m.type().isViolence())).as(t).isNotEmpty());
    }
}
