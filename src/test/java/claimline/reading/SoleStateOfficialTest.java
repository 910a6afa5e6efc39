package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.events.Mention;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A minister named with no state ("Culture Minister Yawo Mensah") in an article that has named one state only, as a
 * war between a state and a rebel group is told, holds that state's office and speaks for it; where two states have
 * been named, the minister's state is not guessed. Togo and Ghana, which the gazetteer has no entry for.
 */
class SoleStateOfficialTest {
    private static List<String> sidesOfMinister(String text) {
        return OneArticle.mentions(text).stream().filter(m -> m.claimant() != null && m.claimant().startsWith("yawo-mensah"))
                .map(m -> Objects.toString(OneArticle.party(m))).distinct().toList();
    }

    @Test
    void aMinisterInAnArticleThatNamesOneStateSpeaksForIt() {
        List<String> oneState = List.of(
                "LOME, March 4, 2025 - Rebels of the Kara Liberation Front shelled a market in Sokode, Togo, on Monday, "
                        + "killing nine people.\n\nCulture Minister Yawo Mensah said the victims included children.\n",
                "LOME, 4 Maret 2025 - Pemberontak Front Pembebasan Kara menembaki sebuah pasar di Sokode, Togo, pada Senin "
                        + "dan menewaskan sembilan orang.\n\nMenteri Kebudayaan Yawo Mensah mengatakan para korban termasuk "
                        + "anak-anak.\n");
        oneState.forEach(t -> assertThat(sidesOfMinister(t)).as(t).containsExactly("TGO"));
    }

    @Test
    void aMinisterInAnArticleThatNamesTwoStatesIsNotGivenOne() {
        String twoStates = "LOME, March 4, 2025 - Troops of Togo and Ghana exchanged fire near Aflao on Monday, "
                + "killing nine people.\n\nThe fighting lasted two hours, residents said.\n\nShops stayed closed on Tuesday.\n\nCulture Minister Yawo Mensah "
                + "said the victims included children.\n";
        assertThat(sidesOfMinister(twoStates)).containsExactly("null");
    }
}
