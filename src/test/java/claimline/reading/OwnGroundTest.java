package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Stance;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side insisting that its forces stayed on its own land denies the other side's account of an incursion (reading
 * guide, section 3); a side saying the other's forces shelled villages inside its territory accuses. Peru–Ecuador.
 */
class OwnGroundTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    private static Stance stanceOf(List<Mention> ms, String party) {
        return ms.stream().filter(m -> party.equals(OneArticle.party(m)))
                .map(Mention::stance).reduce((a, b) -> a == Stance.DENIES ? a : b).orElseThrow();
    }

    @Test
    void troopsThatStayedOnTheirOwnSideAreADenial() {
        List<Mention> id = read("QUITO - Ekuador mengatakan tentara Peru memasuki wilayah Ekuador di dekat Zarumilla pada "
                + "Senin (3/3/2025).\nPemerintah Peru bersikeras bahwa tentara mereka tetap berada di dalam wilayah Peru.\n");
        assertThat(stanceOf(id, "PER")).isEqualTo(Stance.DENIES);
        List<Mention> en = read("QUITO, March 4, 2025 - Ecuador said Peruvian troops entered Ecuadorian territory near "
                + "Zarumilla on Monday.\nPeru's government insisted its troops remained within Peruvian territory.\n");
        assertThat(stanceOf(en, "PER")).isEqualTo(Stance.DENIES);
    }

    @Test
    void theOtherSidesTroopsOnOnesLandAreAnAccusation() {
        List<Mention> en = read("LIMA, March 4, 2025 - Peru said Ecuadorian troops shelled villages within Peruvian "
                + "territory on Monday.\n");
        assertThat(stanceOf(en, "PER")).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void recentlyAndNotOnlyAreNoDenial() {
        // "belum lama ini" (not long ago) and "not only" are no negation of the act after them
        List<Mention> id = read("LIMA - Peru mengatakan tentara Ekuador belum lama ini menembaki desa-desa Peru di dekat "
                + "Zarumilla pada Senin (3/3/2025).\n");
        assertThat(stanceOf(id, "PER")).isEqualTo(Stance.ASSERTS);
        List<Mention> en = read("LIMA, March 4, 2025 - Peru said Ecuadorian troops not only crossed the border but "
                + "shelled villages near Zarumilla on Monday.\n");
        assertThat(stanceOf(en, "PER")).isEqualTo(Stance.ASSERTS);
        // a negation still denies
        List<Mention> no = read("LIMA, March 4, 2025 - Ecuador said Peruvian troops shelled villages near Zarumilla on "
                + "Monday.\nPeru said its troops did not fire on any village on Monday.\n");
        assertThat(stanceOf(no, "PER")).isEqualTo(Stance.DENIES);
    }

    @Test
    void sayingOnesTroopsAreNotShootingDenies() {
        List<Mention> en = read("LIMA, March 4, 2025 - Ecuador said Peruvian troops shelled villages near Zarumilla on "
                + "Monday.\n\"Peruvian troops are definitely not shooting at Ecuador,\" said Carlos Quispe, a spokesman for "
                + "Peru's defence ministry.\n");
        assertThat(stanceOf(en, "PER")).isEqualTo(Stance.DENIES);
    }
}
