package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Window bounds from the last run, fitted to this screen (no toolkit needed). */
class WindowPlacementTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void aFirstStartTakesTheDefaultSizeOrTheScreenIfItIsSmallerCentred() {
        assertThat(WindowPlacement.bounds(null, SMALL)).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
        assertThat(WindowPlacement.bounds(null, new Rectangle2D(0, 0, 1920, 1080)))
                .isEqualTo(new Rectangle2D(320, 140, 1280, 800));
    }

    @Test
    void boundsFromALargerScreenShrinkAndMoveOntoThisOne() {
        assertThat(WindowPlacement.bounds(new Rectangle2D(900, 500, 1600, 1000), SMALL))
                .isEqualTo(new Rectangle2D(0, 0, 1024, 700));
        assertThat(WindowPlacement.bounds(new Rectangle2D(-300, 600, 800, 500), SMALL))
                .isEqualTo(new Rectangle2D(0, 200, 800, 500));
        Rectangle2D secondScreen = new Rectangle2D(1920, 0, 1280, 1024);
        assertThat(WindowPlacement.bounds(new Rectangle2D(2900, 100, 600, 400), secondScreen))
                .isEqualTo(new Rectangle2D(2600, 100, 600, 400));
    }

    @Test
    void boundsThatFitStayAsTheyWere() {
        Rectangle2D fits = new Rectangle2D(40, 30, 900, 600);
        assertThat(WindowPlacement.bounds(fits, SMALL)).isEqualTo(fits);
    }
}
