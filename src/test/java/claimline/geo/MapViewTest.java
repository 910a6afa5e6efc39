package claimline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapViewTest {
    private static final double W = 800;
    private static final double H = 600;

    @Test
    void webMercatorPutsTheEquatorAndTheMeridianInTheMiddleAndGoesBothWays() {
        assertEquals(0.5, WebMercator.x(0), 1e-12);
        assertEquals(0.5, WebMercator.y(0), 1e-12);
        assertEquals(0, WebMercator.x(-180), 1e-12);
        assertEquals(0, WebMercator.y(WebMercator.MAX_LAT), 1e-9);
        assertEquals(0, WebMercator.y(90), 1e-9, "the pole is clamped, not infinite");
        for (double lat : new double[] {-60, -3.5, 0, 39.51, 80}) {
            assertEquals(lat, WebMercator.lat(WebMercator.y(lat)), 1e-9);
        }
        // Mercator stretches the north: a degree at 60°N is twice as tall as at the equator
        double atEquator = WebMercator.y(0) - WebMercator.y(1);
        double at60 = WebMercator.y(60) - WebMercator.y(61);
        assertEquals(2.0, at60 / atEquator, 0.05);
    }

    @Test
    void pixelsAndCoordinatesAreInverse() {
        MapView v = new MapView(WebMercator.x(46), WebMercator.y(40), 256 * 64);
        assertEquals(W / 2, v.pixelX(46, W), 1e-9);
        assertEquals(H / 2, v.pixelY(40, H), 1e-9);
        double px = v.pixelX(46.34, W);
        double py = v.pixelY(39.51, H);
        assertTrue(px > W / 2 && py > H / 2, "east is right, south is down");
        assertEquals(46.34, v.lon(px, W), 1e-9);
        assertEquals(39.51, v.lat(py, H), 1e-9);
    }

    @Test
    void zoomingKeepsThePointUnderThePointer() {
        MapView v = MapView.world(W, H);
        double lat = v.lat(123, H);
        double lon = v.lon(456, W);
        MapView in = v.zoomAt(8, 456, 123, W, H);
        assertEquals(v.scale() * 8, in.scale(), 1e-9);
        assertEquals(456, in.pixelX(lon, W), 1e-6);
        assertEquals(123, in.pixelY(lat, H), 1e-6);
        MapView back = in.zoomAt(1 / 8.0, 456, 123, W, H);
        assertEquals(v.centerX(), back.centerX(), 1e-12);
    }

    @Test
    void zoomStaysBetweenTheWorldAndStreetLevel() {
        MapView v = MapView.world(W, H);
        assertEquals(MapView.MIN_SCALE, v.zoomAt(1e-6, 10, 10, W, H).scale(), 1e-9);
        assertEquals(MapView.MAX_SCALE, v.zoomAt(1e12, 10, 10, W, H).scale(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new MapView(Double.NaN, 0.5, 512));
    }

    @Test
    void draggingMovesTheMapWithThePointer() {
        MapView v = new MapView(0.5, 0.5, 4096);
        double lonAtCentre = v.lon(W / 2, W);
        MapView dragged = v.pan(100, -50);
        assertEquals(W / 2 + 100, dragged.pixelX(lonAtCentre, W), 1e-9);
        assertEquals(H / 2 - 50, dragged.pixelY(v.lat(H / 2, H), H), 1e-9);
    }

    @Test
    void fittingShowsEveryPointInsideTheMarginAsLargeAsPossible() {
        double[] lats = {39.51, 40.52, 39.60, 40.11};
        double[] lons = {46.34, 46.08, 46.55, 46.04};
        MapView v = MapView.fit(lats, lons, W, H, 40, MapView.MAX_SCALE);
        double minX = W;
        double maxX = 0;
        double minY = H;
        double maxY = 0;
        for (int i = 0; i < lats.length; i++) {
            double x = v.pixelX(lons[i], W);
            double y = v.pixelY(lats[i], H);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        assertTrue(minX >= 40 - 1e-6 && maxX <= W - 40 + 1e-6 && minY >= 40 - 1e-6 && maxY <= H - 40 + 1e-6);
        assertTrue(Math.abs((maxY - minY) - (H - 80)) < 1e-6 || Math.abs((maxX - minX) - (W - 80)) < 1e-6,
                "one side of the points' box fills the view");
    }

    @Test
    void onePointIsShownAtTheGivenLimitAndNoPointsShowTheWorld() {
        MapView v = MapView.fit(new double[] {39.51}, new double[] {46.34}, W, H, 40, 256 * 1024);
        assertEquals(256 * 1024, v.scale(), 1e-9);
        assertEquals(W / 2, v.pixelX(46.34, W), 1e-9);
        assertEquals(MapView.world(W, H), MapView.fit(new double[0], new double[0], W, H, 40, 1e9));
    }

    @Test
    void theBaseMapHasLandAndBordersAtTwoScales() {
        BaseMap m = BaseMap.bundled();
        assertEquals(2, m.levels().size());
        assertEquals(110, m.levelFor(MapView.MIN_SCALE).scale());
        assertEquals(50, m.levelFor(BaseMap.FINE_FROM_SCALE * 2).scale());
        for (BaseMap.Level l : m.levels()) {
            assertTrue(l.lines().stream().anyMatch(x -> x.kind() == BaseMap.Kind.LAND));
            assertTrue(l.lines().stream().anyMatch(x -> x.kind() == BaseMap.Kind.BORDER));
        }
        // the Armenia–Azerbaijan border runs near Goris (39.51 N, 46.34 E): some 1:50m border passes within 15 km
        double gx = WebMercator.x(46.34);
        double gy = WebMercator.y(39.51);
        boolean near = m.levelFor(1e5).lines().stream().filter(x -> x.kind() == BaseMap.Kind.BORDER).anyMatch(x -> {
            for (int i = 0; i < x.xy().length; i += 2) {
                double lat = WebMercator.lat(x.xy()[i + 1]);
                double lon = WebMercator.lon(x.xy()[i]);
                if (Geo.distanceKm(lat, lon, 39.51, 46.34) < 15) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(near && gx > 0 && gy > 0);
    }
}
