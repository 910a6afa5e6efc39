package claimline.geo;

import claimline.geo.raster.PolygonFill;
import claimline.geo.raster.Raster;
import java.util.List;

/**
 * Draws the base map of a view into a {@link Raster}: water, the land filled, its coasts and the borders between
 * countries, each line only if its bounding box crosses the view, at the zoom level's simplification. The
 * projection is the view's: a line's unit Mercator points (projected once, when the map was read) are only scaled
 * and shifted here.
 */
public final class BaseMapRaster {
    /** Colours (0xRRGGBB) and line widths (pixels) of the base map. */
    public record Style(int water, int land, int coast, int border, double coastWidth, double borderWidth) {}

    private final BaseMapZooms zooms;
    private final PolygonFill fill = new PolygonFill();
    private int drawn;

    public BaseMapRaster(BaseMapZooms zooms) { this.zooms = zooms; }

    /**
     * Draws the map of {@code view} over the whole raster (the raster's size is the view's size in pixels) and
     * returns how many lines of the map it drew (the others lie outside the view).
     */
    public int draw(Raster r, MapView view, Style style) { return draw(r, view, 1, style); }

    /**
     * Draws the map of {@code view} on a raster with {@code ratio} device pixels per pixel of the view (2 on a
     * HiDPI screen; the raster is that much larger than the view, and the lines that much wider).
     */
    public int draw(Raster r, MapView view, double ratio, Style style) {
        scale = view.scale() * ratio;
        offsetX = r.width() / 2.0 - view.centerX() * scale;
        offsetY = r.height() / 2.0 - view.centerY() * scale;
        // the view in world units, a couple of pixels wider so a line just outside still antialiases its edge in
        double x0 = -(offsetX + 2) / scale;
        double x1 = (r.width() + 2 - offsetX) / scale;
        double y0 = -(offsetY + 2) / scale;
        double y1 = (r.height() + 2 - offsetY) / scale;
        List<BaseMap.Line> lines = zooms.linesFor(scale);
        drawn = 0;
        for (BaseMap.Line line : lines) {
            if (line.kind() == BaseMap.Kind.LAND && line.intersects(x0, y0, x1, y1)) {
                trace(line, x0, y0, x1, y1);
                drawn++;
            }
        }
        fill.fill(r, style.land(), style.water()); // every pixel once: the sea, the land, their edge
        stroke(r, lines, BaseMap.Kind.LAND, x0, y0, x1, y1, style.coastWidth() * ratio, style.coast());
        stroke(r, lines, BaseMap.Kind.BORDER, x0, y0, x1, y1, style.borderWidth() * ratio, style.border());
        return drawn;
    }

    /** The frame's projection: device pixels per world width, and where the world's origin falls. */
    private double scale;
    private double offsetX;
    private double offsetY;

    /**
     * Adds a ring to the fill. A stretch of it wholly beyond one side of the view is replaced by the straight edge
     * from its first point to its last: that edge lies beyond the same side, and the loop the two make encloses no
     * point of the view, so the winding inside the view (what is land) is the same, for a handful of edges instead
     * of a coast's worth.
     */
    private void trace(BaseMap.Line line, double x0, double y0, double x1, double y1) {
        float[] xy = line.xy();
        int last = line.points() - 1;
        fill.moveTo(xy[0] * scale + offsetX, xy[1] * scale + offsetY);
        for (int s = 0; s < line.stretchCount(); s++) {
            int from = s * BaseMap.Line.STRETCH;
            int to = Math.min(last, from + BaseMap.Line.STRETCH);
            if (line.stretchIntersects(s, x0, y0, x1, y1)) {
                for (int i = from + 1; i <= to; i++) {
                    fill.lineTo(xy[2 * i] * scale + offsetX, xy[2 * i + 1] * scale + offsetY);
                }
            } else {
                fill.lineTo(xy[2 * to] * scale + offsetX, xy[2 * to + 1] * scale + offsetY);
            }
        }
        fill.closePath();
    }

    /** How many lines the last draw drew. */
    public int drawnLines() { return drawn; }

    private void stroke(Raster r, List<BaseMap.Line> lines, BaseMap.Kind kind, double x0, double y0, double x1,
                        double y1, double width, int rgb) {
        for (BaseMap.Line line : lines) {
            if (line.kind() != kind || !line.intersects(x0, y0, x1, y1)) {
                continue;
            }
            if (kind == BaseMap.Kind.BORDER) {
                drawn++;
            }
            for (int s = 0; s < line.stretchCount(); s++) {
                if (line.stretchIntersects(s, x0, y0, x1, y1)) {
                    strokeStretch(r, line, s, width, rgb);
                } // else this stretch is off the view
            }
        }
    }

    /** One stretch of a line (a method of its own: the JIT compiles it fully within the first frames). */
    private void strokeStretch(Raster r, BaseMap.Line line, int s, double width, int rgb) {
        float[] xy = line.xy();
        int from = s * BaseMap.Line.STRETCH;
        int to = Math.min(line.points() - 1, from + BaseMap.Line.STRETCH);
        double lastX = xy[2 * from] * scale + offsetX;
        double lastY = xy[2 * from + 1] * scale + offsetY;
        for (int i = from + 1; i <= to; i++) {
            double px = xy[2 * i] * scale + offsetX;
            double py = xy[2 * i + 1] * scale + offsetY;
            r.line(lastX, lastY, px, py, width, rgb);
            lastX = px;
            lastY = py;
        }
    }
}
