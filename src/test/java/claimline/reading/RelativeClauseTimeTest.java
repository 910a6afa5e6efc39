package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.SourceText;
import claimline.model.EventType;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time in a relative clause dates what that clause is about (reading guide 4): the truce a violation breaks ("…
 * the truce, which began in March") keeps its month to itself; a clause about the happening itself ("the strike,
 * which hit the market on Tuesday") dates the happening. Peru–Ecuador, which the gazetteer has no entry for.
 */
class RelativeClauseTimeTest {
    private static final DocumentReader READER = new DocumentReader(2026);

    private static List<Mention> read(String text) {
        return READER.read(new SourceText("r", "r.txt", text, null)).mentions();
    }

    @Test
    void theMonthOfTheTruceIsNotTheMonthOfItsViolation() {
        for (String text : List.of(
                "LIMA - Pasukan Ekuador menembaki pos Peru di Zarumilla pada Jumat (16/5/2025), kata militer Peru.\n"
                        + "Ini adalah pelanggaran terbaru oleh Ekuador terhadap gencatan senjata yang ditengahi Brasil, "
                        + "yang dimulai pada bulan Maret.\n",
                "LIMA, May 17, 2025 - Ecuadorian troops shelled a Peruvian post at Zarumilla on Friday, Peru's army said.\n"
                        + "It was the latest violation by Ecuador of the truce mediated by Brazil, which began in March.\n")) {
            assertThat(read(text)).as(text).filteredOn(m -> m.type() == EventType.CEASEFIRE_VIOLATION)
                    .isNotEmpty().allSatisfy(m -> assertThat(m.time().start().iso()).doesNotStartWith("2025-03"));
        }
    }

    @Test
    void aRelativeClauseAboutTheHappeningItselfDatesIt() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Peru's army said the shelling of Zarumilla, which hit the market "
                + "on Tuesday, killed two civilians.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-13"));
    }
}
