package claimline.geo;

/**
 * The Web Mercator projection on a unit world: longitude -180..180 maps to x 0..1 (east), latitude
 * +85.05..-85.05 to y 0..1 (south), as map tiles do. Beyond 85.05 degrees a latitude is clamped (the projection
 * goes to infinity at the poles).
 */
public final class WebMercator {
    /** The latitude at which the projected world is square. */
    public static final double MAX_LAT = 85.0511287798;

    private WebMercator() {}

    public static double x(double lon) { return (lon + 180) / 360; }

    public static double y(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    }

    public static double lon(double x) { return x * 360 - 180; }

    public static double lat(double y) { return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y)))); }
}
