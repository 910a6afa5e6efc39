package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.geo.raster.Raster;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The base map drawn into a raster: what is in view is drawn in its colours, what is not is skipped. */
class BaseMapRasterTest {
    private static final BaseMapRaster.Style STYLE =
            new BaseMapRaster.Style(0xff0000ff, 0xff00ff00, 0xff000000, 0xffff0000, 1, 1.5);

    /** Two square islands ten degrees wide, at 0°E and at 100°E, and a border across the first at 5°E. */
    static BaseMap twoIslands() throws Exception {
        String text = """
                level 110
                land 0 0 10000 0 0 10000 -10000 0 0 -10000
                land 100000 0 10000 0 0 10000 -10000 0 0 -10000
                border 5000 0 0 10000
                """;
        return BaseMap.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MapView viewOf(double lon0, double lon1) {
        return MapView.fit(new double[] {0, 10}, new double[] {lon0, lon1}, 200, 200, 40, 1e9);
    }

    @Test
    void theIslandInViewIsLandWithItsBorderAndTheOneOffScreenIsNotDrawn() throws Exception {
        BaseMapRaster drawer = new BaseMapRaster(new BaseMapZooms(twoIslands()));
        Raster r = new Raster(200, 200);
        MapView v = viewOf(0, 10);
        int drawn = drawer.draw(r, v, STYLE);
        assertThat(drawn).as("the first island and its border; the second island is off screen").isEqualTo(2);
        assertThat(r.get((int) v.pixelX(2.5, 200), (int) v.pixelY(2.5, 200))).isEqualTo(0xff00ff00);
        assertThat(r.get(5, 5)).as("the sea around it").isEqualTo(0xff0000ff);
        int onBorder = r.get((int) Math.round(v.pixelX(5, 200) - 0.5), (int) v.pixelY(7.5, 200));
        assertThat(onBorder >> 16 & 0xff).as("red of the border line").isGreaterThan(100);
        int onCoast = r.get((int) Math.round(v.pixelX(0, 200) - 0.5), (int) v.pixelY(5, 200));
        assertThat(onCoast & 0xffff).as("dark: the coast line").isLessThan(0x8080);

        MapView other = viewOf(100, 110);
        assertThat(drawer.draw(r, other, STYLE)).as("now only the second island").isEqualTo(1);
        assertThat(r.get((int) other.pixelX(105, 200), (int) other.pixelY(5, 200))).isEqualTo(0xff00ff00);
    }

    @Test
    void aCoastMostlyOffTheViewIsDrawnExactlyAsIfEveryPointWereTraced() throws Exception {
        // a round island 40 degrees across, drawn with 2,000 points; the view sees a stretch of its north coast
        StringBuilder text = new StringBuilder("level 110\nland");
        long lastLon = 0;
        long lastLat = 0;
        for (int i = 0; i <= 2000; i++) {
            long lon = Math.round(20000 * Math.cos(2 * Math.PI * i / 2000));
            long lat = Math.round(20000 * Math.sin(2 * Math.PI * i / 2000));
            text.append(' ').append(lon - lastLon).append(' ').append(lat - lastLat);
            lastLon = lon;
            lastLat = lat;
        }
        BaseMap island = BaseMap.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        MapView v = MapView.fit(new double[] {19.5, 20.5}, new double[] {-1, 1}, 300, 200, 0, 1e9);
        BaseMapZooms zooms = new BaseMapZooms(island);
        Raster drawn = new Raster(300, 200);
        new BaseMapRaster(zooms).draw(drawn, v, STYLE);
        BaseMap.Line coast = zooms.linesFor(v.scale()).get(0); // the line as this zoom level simplified it

        Raster every = new Raster(300, 200);
        every.fill(STYLE.water());
        claimline.geo.raster.PolygonFill fill = new claimline.geo.raster.PolygonFill();
        float[] xy = coast.xy();
        fill.moveTo(v.worldToPixelX(xy[0], 300), v.worldToPixelY(xy[1], 200));
        for (int i = 2; i < xy.length; i += 2) {
            fill.lineTo(v.worldToPixelX(xy[i], 300), v.worldToPixelY(xy[i + 1], 200));
        }
        fill.fill(every, STYLE.land());
        for (int i = 2; i < xy.length; i += 2) {
            every.line(v.worldToPixelX(xy[i - 2], 300), v.worldToPixelY(xy[i - 1], 200), v.worldToPixelX(xy[i], 300),
                    v.worldToPixelY(xy[i + 1], 200), STYLE.coastWidth(), STYLE.coast());
        }
        assertThat(coast.stretchCount()).as("many stretches, most of them off the view").isGreaterThan(5);
        int worst = 0;
        for (int i = 0; i < 300 * 200; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                worst = Math.max(worst, Math.abs((drawn.pixels()[i] >> shift & 0xff) - (every.pixels()[i] >> shift
                        & 0xff)));
            }
        }
        assertThat(worst).as("the same picture, to the rounding of a projection written another way").isLessThan(3);
        int land = 0;
        for (int p : drawn.pixels()) {
            land += p == STYLE.land() ? 1 : 0;
        }
        assertThat(land).as("land below the coast, sea above").isBetween(300 * 200 / 4, 300 * 200 * 3 / 4);
    }

    @Test
    void aHiDpiRasterDrawsTheSameMapTwiceAsLarge() throws Exception {
        BaseMapRaster drawer = new BaseMapRaster(new BaseMapZooms(twoIslands()));
        MapView v = viewOf(0, 10);
        Raster r = new Raster(400, 400);
        drawer.draw(r, v, 2, STYLE);
        assertThat(r.get((int) (2 * v.pixelX(2.5, 200)), (int) (2 * v.pixelY(2.5, 200)))).isEqualTo(0xff00ff00);
        assertThat(r.get((int) (2 * v.pixelX(-1, 200)), (int) (2 * v.pixelY(5, 200)))).isEqualTo(0xff0000ff);
    }
}
