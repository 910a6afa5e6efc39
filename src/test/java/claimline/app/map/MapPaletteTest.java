package claimline.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The parties' names on the map are readable on its land in both themes. */
class MapPaletteTest {
    @Test
    void everyPartysNamesHaveTheContrastOfSmallTextOnTheLandInBothThemes() {
        for (MapPalette p : new MapPalette[] {MapPalette.LIGHT, MapPalette.DARK}) {
            for (int rank = 0; rank < 6; rank++) {
                assertThat(contrast(p.partyText(rank), p.land()))
                        .as("party " + rank + (p == MapPalette.DARK ? ", dark" : ", light")).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(MapPalette.LIGHT.partyText(0)).as("the light theme's names in the rings' own colour")
                .isEqualTo(MapPalette.party(0));
    }

    private static double contrast(Color a, Color b) {
        return MapPalette.contrast(a, b);
    }

    @Test
    void contrastIsWcagsRatio() {
        assertThat(MapPalette.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MapPalette.contrast(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }
}
