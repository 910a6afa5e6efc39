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
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG's relative luminance. */
    private static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
}
