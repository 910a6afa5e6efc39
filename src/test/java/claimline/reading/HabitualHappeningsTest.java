package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pattern of happenings ("has occasionally fired warning shots", "kerap menembakkan tembakan peringatan") is not one
 * happening: it makes no event, in either language; the same words told of one day do. Peru and Ecuador, which the
 * gazetteer has no entry for.
 */
class HabitualHappeningsTest {
    private static List<Mention> violent(String text) {
        return OneArticle.mentions(text).stream().filter(m -> m.type().isViolence()).toList();
    }

    @Test
    void aHabitMakesNoEventTheSameHappeningOnOneDayDoes() {
        List<String> habits = List.of(
                "LIMA, May 17, 2025 - In recent months, Peru's army has occasionally fired warning shots to repel "
                        + "Ecuadorian soldiers crossing the border near Zarumilla.\n",
                "LIMA, 17 Mei 2025 - Dalam beberapa bulan terakhir, militer Peru kerap menembakkan tembakan peringatan "
                        + "untuk mengusir tentara Ekuador di dekat Zarumilla.\n");
        List<String> days = List.of(
                "LIMA, May 17, 2025 - Peru's army fired warning shots at Ecuadorian soldiers near Zarumilla on Tuesday.\n",
                "LIMA, 17 Mei 2025 - Militer Peru menembakkan tembakan peringatan ke arah tentara Ekuador di dekat "
                        + "Zarumilla pada Selasa.\n");
        habits.forEach(t -> assertThat(violent(t)).as(t).isEmpty());
        days.forEach(t -> assertThat(violent(t)).as(t).isNotEmpty());
    }
}
