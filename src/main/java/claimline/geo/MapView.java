package claimline.geo;

/**
 * What the map shows: the point of the unit Web Mercator world ({@link WebMercator}) at the centre of the view and
 * the scale in pixels per world width. Immutable, like the timeline's zoom state: each zoom or pan is a new view.
 * Pure arithmetic between latitude/longitude and the pixels of a view of a given size, tested without a toolkit.
 */
public record MapView(double centerX, double centerY, double scale) {
    /** The whole world 256 pixels wide: any smaller and it is a dot. */
    public static final double MIN_SCALE = 256;
    /** About street level (a pixel is some 2 m at the equator): GeoNames' points are no finer. */
    public static final double MAX_SCALE = 256 * Math.pow(2, 17);

    public MapView {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("bad map view " + centerX + ", " + centerY + " at " + scale);
        }
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        centerX = Math.max(0, Math.min(1, centerX));
        centerY = Math.max(0, Math.min(1, centerY));
    }

    /** The whole world, as large as fits in a view of this size. */
    public static MapView world(double width, double height) {
        return new MapView(0.5, 0.5, Math.max(MIN_SCALE, Math.min(width, height)));
    }

    /** The pixel x of a longitude in a view this wide. */
    public double pixelX(double lon, double width) { return worldToPixelX(WebMercator.x(lon), width); }

    public double pixelY(double lat, double height) { return worldToPixelY(WebMercator.y(lat), height); }

    public double worldToPixelX(double worldX, double width) { return (worldX - centerX) * scale + width / 2; }

    public double worldToPixelY(double worldY, double height) { return (worldY - centerY) * scale + height / 2; }

    public double lon(double pixelX, double width) { return WebMercator.lon(centerX + (pixelX - width / 2) / scale); }

    public double lat(double pixelY, double height) { return WebMercator.lat(centerY + (pixelY - height / 2) / scale); }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the point under the pixel where it is. */
    public MapView zoomAt(double factor, double pixelX, double pixelY, double width, double height) {
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double wx = centerX + (pixelX - width / 2) / scale;
        double wy = centerY + (pixelY - height / 2) / scale;
        return new MapView(wx - (pixelX - width / 2) / newScale, wy - (pixelY - height / 2) / newScale, newScale);
    }

    /** Moves the map by a drag of so many pixels (positive dx drags the map to the right). */
    public MapView pan(double dx, double dy) {
        return new MapView(centerX - dx / scale, centerY - dy / scale, scale);
    }

    /**
     * The view that shows these points (latitudes and longitudes, as many of each) with {@code marginPixels} to
     * spare on each side; one point, or points close together, are shown at {@code maxScale} at most (a village
     * alone is not shown at street level). No points: the world.
     */
    public static MapView fit(double[] lats, double[] lons, double width, double height, double marginPixels,
                              double maxScale) {
        if (lats.length == 0) {
            return world(width, height);
        }
        double minX = 1;
        double maxX = 0;
        double minY = 1;
        double maxY = 0;
        for (int i = 0; i < lats.length; i++) {
            double x = WebMercator.x(lons[i]);
            double y = WebMercator.y(lats[i]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double w = Math.max(1, width - 2 * marginPixels);
        double h = Math.max(1, height - 2 * marginPixels);
        double s = Math.min(maxScale, Math.min(w / Math.max(maxX - minX, 1e-12), h / Math.max(maxY - minY, 1e-12)));
        return new MapView((minX + maxX) / 2, (minY + maxY) / 2, s);
    }

    /** The zoom level as map tiles count it (0: the world in 256 pixels). */
    public double zoomLevel() { return Math.log(scale / 256) / Math.log(2); }
}
