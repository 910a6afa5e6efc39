package claimline.geo.raster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolygonFillTest {
    private static final int WATER = 0xff0000ff;
    private static final int LAND = 0xff00ff00;

    private static Raster water(int w, int h) {
        Raster r = new Raster(w, h);
        r.fill(WATER);
        return r;
    }

    private static void rect(PolygonFill f, double x0, double y0, double x1, double y1, boolean clockwise) {
        f.moveTo(x0, y0);
        if (clockwise) {
            f.lineTo(x1, y0);
            f.lineTo(x1, y1);
            f.lineTo(x0, y1);
        } else {
            f.lineTo(x0, y1);
            f.lineTo(x1, y1);
            f.lineTo(x1, y0);
        }
        f.closePath();
    }

    /** How much of the raster is land, in pixels (a pixel half land counts a half). */
    private static double landArea(Raster r) {
        double area = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                area += (r.get(x, y) >> 8 & 0xff) / 255.0;
            }
        }
        return area;
    }

    @Test
    void aSquareIsFilledInsideNotOutsideAndItsEdgesAreShared() {
        Raster r = water(40, 40);
        PolygonFill f = new PolygonFill();
        rect(f, 10, 10, 20.5, 20, true);
        f.fill(r, LAND);
        assertThat(r.get(15, 15)).isEqualTo(LAND);
        assertThat(r.get(10, 10)).isEqualTo(LAND);
        assertThat(r.get(9, 15)).isEqualTo(WATER);
        assertThat(r.get(15, 20)).isEqualTo(WATER);
        int half = r.get(20, 15);
        assertThat(half >> 8 & 0xff).as("the column half inside").isBetween(120, 136);
        assertThat(landArea(r)).isCloseTo(105, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void aHoleWoundTheOtherWayStaysOpenAndTwoIslandsAreBothFilled() {
        Raster r = water(60, 40);
        PolygonFill f = new PolygonFill();
        rect(f, 5, 5, 35, 35, true);
        rect(f, 15, 15, 25, 25, false); // a lake
        rect(f, 40, 5, 55, 20, true);
        f.fill(r, LAND);
        assertThat(r.get(8, 8)).isEqualTo(LAND);
        assertThat(r.get(20, 20)).as("in the lake").isEqualTo(WATER);
        assertThat(r.get(47, 12)).isEqualTo(LAND);
        assertThat(r.get(37, 12)).isEqualTo(WATER);
        assertThat(landArea(r)).isCloseTo(900 - 100 + 225, org.assertj.core.data.Offset.offset(0.5));

        Raster same = water(40, 40);
        rect(f, 5, 5, 35, 35, true);
        rect(f, 15, 15, 25, 25, true); // wound the same way: more land, not a lake (non-zero, not even-odd)
        f.fill(same, LAND);
        assertThat(same.get(20, 20)).isEqualTo(LAND);
    }

    @Test
    void aPolygonOffTheRasterDrawsNothingAndOneAroundItFillsItAll() {
        Raster r = water(30, 20);
        PolygonFill f = new PolygonFill();
        rect(f, 100, 100, 200, 200, true);
        rect(f, -500, 5, -10, 15, true); // left of the raster, on its rows: counted, not drawn
        f.fill(r, LAND);
        assertThat(landArea(r)).isZero();
        rect(f, -1e6, -1e6, 1e6, 1e6, true);
        f.fill(r, LAND);
        assertThat(landArea(r)).isEqualTo(600.0);
    }

    @Test
    void paintingTheWholeRasterIsTheSeaAndThenTheLandOverItWhateverWasThereBefore() {
        Raster layered = water(60, 50);
        Raster once = new Raster(60, 50);
        once.fill(0xffff00ff); // last frame's picture: every pixel must be painted again
        PolygonFill f = new PolygonFill();
        for (Raster r : new Raster[] {layered, once}) {
            rect(f, 5.5, 12.25, 30.75, 20.5, true);
            rect(f, 10, 14, 12, 16, false);
            f.moveTo(40.3, 30.1);
            f.lineTo(58.2, 49.7);
            f.lineTo(35.5, 45.2);
            if (r == layered) {
                f.fill(r, LAND);
            } else {
                f.fill(r, LAND, WATER);
            }
        }
        assertThat(once.pixels()).isEqualTo(layered.pixels());
    }

    @Test
    void aTriangleCoversItsAreaAndRepeatedFillsStartAfresh() {
        Raster r = water(50, 50);
        PolygonFill f = new PolygonFill();
        f.moveTo(3.3, 4.1);
        f.lineTo(45.7, 12.2);
        f.lineTo(20.2, 47.9);
        f.fill(r, LAND);
        double area = Math.abs((45.7 - 3.3) * (47.9 - 4.1) - (20.2 - 3.3) * (12.2 - 4.1)) / 2;
        assertThat(landArea(r)).isCloseTo(area, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(f.edges()).isZero();
        Raster again = water(50, 50);
        f.fill(again, LAND);
        assertThat(landArea(again)).as("nothing added since the last fill").isZero();
    }
}
