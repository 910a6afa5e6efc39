package claimline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The base map's lines as each zoom level draws them: simplified (Douglas–Peucker) to within half a pixel at that
 * level, rings smaller than that dropped, computed the first time the level is needed and then kept. A frame at any
 * scale uses the level at or just above it, so no point it drops was more than half a pixel away. From zoom level
 * {@value #SOURCE_FROM_ZOOM} half a pixel is finer than the 1:50m lines' own points (simplifying keeps 96 % of them),
 * so the source lines are drawn as they are.
 */
public final class BaseMapZooms {
    /** How far (pixels, at the level's scale) a simplified line may stray from the source line. */
    public static final double TOLERANCE_PIXELS = 0.5;
    /** The zoom level from which the source lines are drawn unsimplified. */
    public static final int SOURCE_FROM_ZOOM = 8;
    private final BaseMap base;
    private final Map<Integer, List<BaseMap.Line>> cache = new ConcurrentHashMap<>();

    public BaseMapZooms(BaseMap base) { this.base = base; }

    private static volatile boolean bundledRead;

    private static final class Bundled {
        static final BaseMapZooms INSTANCE = new BaseMapZooms(BaseMap.bundled());

        static {
            bundledRead = true;
        }
    }

    /** The zoom levels of the bundled base map (read on first use, which waits for the read), shared by every map. */
    public static BaseMapZooms bundled() { return Bundled.INSTANCE; }

    /**
     * Whether the bundled base map has been read, without reading it or waiting for a read under way: a window's
     * first frame is drawn without the base map rather than wait for it on the toolkit's thread.
     */
    public static boolean bundledRead() { return bundledRead; }

    /** The zoom level whose lines a frame at this scale draws: the nearest at or above it (0..17). */
    public static int zoomFor(double scale) {
        int z = (int) Math.ceil(Math.log(Math.max(MapView.MIN_SCALE, scale) / 256) / Math.log(2) - 1e-9);
        return Math.max(0, Math.min(17, z));
    }

    /** The lines to draw at this scale (the source level chosen by {@link BaseMap#levelFor}), simplified. */
    public List<BaseMap.Line> linesFor(double scale) {
        BaseMap.Level source = base.levelFor(scale);
        int zoom = zoomFor(scale);
        if (zoom >= SOURCE_FROM_ZOOM) {
            return source.lines();
        }
        return cache.computeIfAbsent(source.scale() * 100 + zoom, k -> simplified(source, zoom));
    }

    /**
     * Simplifies every level a frame may ask for (about a fifth of a second of work), so that zooming in later does
     * not wait for it. Safe to run on another thread while frames are drawn.
     */
    public void prepareAll() {
        for (int zoom = 0; zoom < SOURCE_FROM_ZOOM; zoom++) {
            // the level's own scale, and just under it (where a coarser source may still be drawn)
            linesFor(256 * Math.pow(2, zoom));
            linesFor(256 * Math.pow(2, zoom) * 0.9);
        }
    }

    /** How many (source, level) pairs have been simplified so far. */
    public int cachedLevels() { return cache.size(); }

    static List<BaseMap.Line> simplified(BaseMap.Level source, int zoom) {
        double tolerance = TOLERANCE_PIXELS / (256 * Math.pow(2, zoom));
        List<BaseMap.Line> out = new ArrayList<>(source.lines().size());
        for (BaseMap.Line line : source.lines()) {
            boolean ring = line.kind() == BaseMap.Kind.LAND;
            if (ring && line.maxX() - line.minX() < tolerance && line.maxY() - line.minY() < tolerance) {
                continue; // an island smaller than half a pixel
            }
            float[] xy = Simplify.douglasPeucker(line.xy(), tolerance);
            if (ring && xy.length < 8) {
                continue; // fewer than three corners left: nothing to fill
            }
            out.add(BaseMap.Line.of(line.kind(), xy));
        }
        return List.copyOf(out);
    }
}
