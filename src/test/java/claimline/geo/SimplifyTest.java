package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimplifyTest {
    @Test
    void pointsWithinTheToleranceOfTheLineAreDroppedAndTheEndsKept() {
        float[] wobbly = {0, 0, 1, 0.05f, 2, -0.04f, 3, 0.02f, 4, 0};
        assertThat(Simplify.douglasPeucker(wobbly, 0.1)).containsExactly(0, 0, 4, 0);
    }

    @Test
    void aSpikeBeyondTheToleranceIsKept() {
        float[] spike = {0, 0, 1, 1.52f, 2, 3, 3, 1.49f, 4, 0};
        assertThat(Simplify.douglasPeucker(spike, 0.1)).containsExactly(0, 0, 2, 3, 4, 0);
        assertThat(Simplify.douglasPeucker(spike, 5)).containsExactly(0, 0, 4, 0);
    }

    @Test
    void aClosedRingKeepsItsCornersAndDropsThePointsAlongItsSides() {
        float[] square = {0, 0, 5, 0, 10, 0, 10, 5, 10, 10, 5, 10, 0, 10, 0, 5, 0, 0};
        assertThat(Simplify.douglasPeucker(square, 0.5)).containsExactly(0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
    }

    @Test
    void twoPointsOrFewerAreKeptAsTheyAre() {
        assertThat(Simplify.douglasPeucker(new float[] {1, 2, 3, 4}, 10)).containsExactly(1, 2, 3, 4);
    }
}
