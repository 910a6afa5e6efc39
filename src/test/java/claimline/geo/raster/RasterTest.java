package claimline.geo.raster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RasterTest {
    private static final int WHITE = 0xffffffff;
    private static final int BLACK = 0xff000000;
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;

    private static Raster white(int w, int h) {
        Raster r = new Raster(w, h);
        r.fill(WHITE);
        return r;
    }

    private static int red(int argb) { return argb >> 16 & 0xff; }

    private static int green(int argb) { return argb >> 8 & 0xff; }

    @Test
    void halfCoverageOfBlackOverWhiteIsMidGrey() {
        Raster r = white(2, 1);
        r.blend(0, 0, BLACK, Raster.FULL / 2);
        assertThat(green(r.get(0, 0))).isBetween(126, 129);
        assertThat(r.get(1, 0)).isEqualTo(WHITE);
        r.blend(5, 5, BLACK, Raster.FULL); // off the raster: nothing, no error
    }




    @Test
    void aLineCoversItsRowsAndASegmentOffTheRasterNothing() {
        Raster r = white(30, 30);
        r.line(2, 10.5, 25, 10.5, 1, BLACK);
        assertThat(r.get(10, 10)).isEqualTo(BLACK);
        assertThat(r.get(10, 9)).isEqualTo(WHITE);
        assertThat(r.get(10, 11)).isEqualTo(WHITE);
        assertThat(r.get(27, 10)).as("beyond the end").isEqualTo(WHITE);
        r.line(-100, -50, -10, -400, 1, BLACK);
        r.line(40, 0, 80, 30, 1, BLACK);
        int black = 0;
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                black += r.get(x, y) == BLACK ? 1 : 0;
            }
        }
        assertThat(black).isEqualTo(23);
    }

    @Test
    void aSteepLineIsAsContinuousAsAFlatOneAndALineCrossingTheRasterIsClipped() {
        Raster r = white(30, 30);
        r.line(10.5, -1000, 10.5, 1000, 1, BLACK);
        for (int y = 0; y < 30; y++) {
            assertThat(r.get(10, y)).isEqualTo(BLACK);
            assertThat(r.get(11, y)).isEqualTo(WHITE);
        }
        Raster d = white(30, 30);
        d.line(0, 0, 30, 30, 1, BLACK);
        for (int i = 1; i < 29; i++) {
            assertThat(red(d.get(i, i))).as("on the diagonal at " + i).isLessThan(128);
        }
    }

    @Test
    void aRingIsDrawnOnItsCircleOnly() {
        Raster r = white(40, 40);
        r.ring(20, 20, 8, 2, RED);
        assertThat(r.get(27, 20)).as("centre 7.5 from the middle: on the ring").isEqualTo(RED);
        assertThat(r.get(20, 20)).isEqualTo(WHITE);
        assertThat(r.get(31, 20)).isEqualTo(WHITE);
        r.ring(-50, -50, 8, 2, RED); // off the raster: nothing, no error
    }


}
