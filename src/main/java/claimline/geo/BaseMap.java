package claimline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The offline base map: Natural Earth's land and country borders at two scales (assets/map/world.txt.gz, written
 * once from npm's world-atlas by src/tools/map/world.py), projected once to the unit Web Mercator world so that
 * drawing is only a scale and a shift. No tiles and no network.
 */
public final class BaseMap {
    public static final String ASSET = "/assets/map/world.txt.gz";

    public enum Kind { LAND, BORDER }

    /** One line of the map in world coordinates (x0, y0, x1, y1, ...), with its bounding box for culling. */
    public record Line(Kind kind, float[] xy, float minX, float minY, float maxX, float maxY) {
        public int points() { return xy.length / 2; }

        public boolean intersects(double x0, double y0, double x1, double y1) {
            return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
        }
    }

    /** The lines of one scale: 110 (1:110m, the world) or 50 (1:50m, a region). */
    public record Level(int scale, List<Line> lines) {}

    private final List<Level> levels;

    private BaseMap(List<Level> levels) { this.levels = List.copyOf(levels); }

    private static final class Bundled {
        static final BaseMap INSTANCE = load();
    }

    public static BaseMap bundled() { return Bundled.INSTANCE; }

    private static BaseMap load() {
        try (InputStream in = BaseMap.class.getResourceAsStream(ASSET)) {
            if (in == null) {
                throw new IllegalStateException("missing asset: " + ASSET);
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("bad asset " + ASSET, e);
        }
    }

    public static BaseMap read(InputStream text) throws IOException {
        List<Level> levels = new ArrayList<>();
        List<Line> lines = null;
        BufferedReader r = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
        int lineNo = 0;
        for (String s; (s = r.readLine()) != null; ) {
            lineNo++;
            if (s.isBlank() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split(" ");
            if (f[0].equals("level")) {
                lines = new ArrayList<>();
                levels.add(new Level(Integer.parseInt(f[1]), lines));
            } else if (lines == null || (!f[0].equals("land") && !f[0].equals("border")) || f.length % 2 == 0) {
                throw new IOException("line " + lineNo + ": not a map line");
            } else {
                lines.add(line(f[0].equals("land") ? Kind.LAND : Kind.BORDER, f));
            }
        }
        return new BaseMap(levels);
    }

    private static Line line(Kind kind, String[] f) {
        float[] xy = new float[f.length - 1];
        long lon = 0;
        long lat = 0;
        float minX = 1;
        float minY = 1;
        float maxX = 0;
        float maxY = 0;
        for (int i = 1; i < f.length; i += 2) {
            lon += Long.parseLong(f[i]);
            lat += Long.parseLong(f[i + 1]);
            float x = (float) WebMercator.x(lon / 1000.0);
            float y = (float) WebMercator.y(lat / 1000.0);
            xy[i - 1] = x;
            xy[i] = y;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new Line(kind, xy, minX, minY, maxX, maxY);
    }

    public List<Level> levels() { return levels; }

    /**
     * The level to draw at a scale (pixels per world width): the coarse one while the world or a continent is shown,
     * the finer one from about a country up.
     */
    public Level levelFor(double scale) {
        java.util.Comparator<Level> byDetail = java.util.Comparator.comparingInt(Level::scale);
        return scale >= FINE_FROM_SCALE ? levels.stream().min(byDetail).orElseThrow()
                : levels.stream().max(byDetail).orElseThrow();
    }

    /** From zoom level 4 (the world 4,096 pixels wide) the 1:50m lines are drawn. */
    public static final double FINE_FROM_SCALE = 4096;
}
