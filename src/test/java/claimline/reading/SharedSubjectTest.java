package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Stance;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause that "but" or "tetapi" opens with a verb of saying and no subject of its own speaks with the sentence's
 * subject (reading guide, section 3): "Ecuador did not confirm any casualties, but accused Peru …" is Ecuador's
 * accusation, not the outlet's narrative. Peru–Ecuador, a border the gazetteer does not know.
 */
class SharedSubjectTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    private static List<Stance> stancesOf(List<Mention> ms, String party) {
        return ms.stream().filter(m -> party.equals(OneArticle.party(m)))
                .map(Mention::stance).toList();
    }

    @Test
    void theClauseAfterButSpeaksWithTheSentencesSubject() {
        List<Mention> en = read("LIMA, March 4, 2025 - Peruvian troops clashed with Ecuadorian soldiers near Zarumilla "
                + "on Monday, Peru's defence ministry said.\nEcuador did not confirm any casualties, but accused Peru of "
                + "crossing the border on Monday.\n");
        assertThat(stancesOf(en, "ECU")).containsOnly(Stance.ASSERTS).isNotEmpty();
        List<Mention> id = read("LIMA, 4 Maret 2025 - Tentara Peru bentrok dengan tentara Ekuador di dekat Zarumilla "
                + "pada Senin, kata Kementerian Pertahanan Peru.\nEkuador tidak mengonfirmasi adanya korban, tetapi "
                + "menuduh Peru melintasi perbatasan pada Senin.\n");
        assertThat(stancesOf(id, "ECU")).containsOnly(Stance.ASSERTS).isNotEmpty();
    }

    @Test
    void aDenialAfterButIsTheSubjectsDenial() {
        List<Mention> en = read("LIMA, March 4, 2025 - Peru said Ecuadorian troops shelled its border posts near "
                + "Zarumilla on Monday.\nEcuador confirmed a clash, but denied that its troops fired first on Monday.\n");
        assertThat(stancesOf(en, "ECU")).contains(Stance.DENIES);
    }

    @Test
    void aClauseWithASubjectOfItsOwnKeepsIt() {
        List<Mention> en = read("LIMA, March 4, 2025 - Ecuador accused Peru of shelling its border posts near "
                + "Zarumilla on Monday, but Peru said its troops only returned fire.\n");
        assertThat(stancesOf(en, "PER")).isNotEmpty();
    }
}
