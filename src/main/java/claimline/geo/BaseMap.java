package claimline.geo;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * One line of the map in world coordinates (x0, y0, x1, y1, ...), with its bounding box and the boxes of its
     * stretches of {@value #STRETCH} segments: a frame skips a line off the view by its box, and the stretches of a
     * long coast that are off the view by theirs (Eurasia's coast crosses nearly every view of Eurasia).
     */
    public record Line(Kind kind, float[] xy, float minX, float minY, float maxX, float maxY, float[] stretches) {
        /** Segments in a stretch. */
        public static final int STRETCH = 32;

        /** A line with its boxes computed. */
        public static Line of(Kind kind, float[] xy) {
            int n = xy.length / 2;
            int count = Math.max(1, (n - 2) / STRETCH + 1);
            float[] boxes = new float[4 * count];
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int s = 0; s < count; s++) {
                float sx0 = Float.MAX_VALUE;
                float sy0 = Float.MAX_VALUE;
                float sx1 = -Float.MAX_VALUE;
                float sy1 = -Float.MAX_VALUE;
                for (int i = s * STRETCH; i <= Math.min(n - 1, (s + 1) * STRETCH); i++) {
                    sx0 = Math.min(sx0, xy[2 * i]);
                    sx1 = Math.max(sx1, xy[2 * i]);
                    sy0 = Math.min(sy0, xy[2 * i + 1]);
                    sy1 = Math.max(sy1, xy[2 * i + 1]);
                }
                boxes[4 * s] = sx0;
                boxes[4 * s + 1] = sy0;
                boxes[4 * s + 2] = sx1;
                boxes[4 * s + 3] = sy1;
                minX = Math.min(minX, sx0);
                minY = Math.min(minY, sy0);
                maxX = Math.max(maxX, sx1);
                maxY = Math.max(maxY, sy1);
            }
            return new Line(kind, xy, minX, minY, maxX, maxY, boxes);
        }

        public int points() { return xy.length / 2; }

        /** How many stretches: stretch s runs from point s × STRETCH to point (s + 1) × STRETCH (or the last). */
        public int stretchCount() { return stretches.length / 4; }

        public boolean intersects(double x0, double y0, double x1, double y1) {
            return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
        }

        /** Whether stretch s may cross the box (false: it lies wholly beyond one of its sides). */
        public boolean stretchIntersects(int s, double x0, double y0, double x1, double y1) {
            return stretches[4 * s + 2] >= x0 && stretches[4 * s] <= x1 && stretches[4 * s + 3] >= y0
                    && stretches[4 * s + 1] <= y1;
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

    /**
     * Reads the map's text (see src/tools/map/world.py). Read as bytes with the numbers parsed in place: the first
     * frame of the map waits for this, and splitting 85,000 numbers into strings took most of it.
     */
    public static BaseMap read(InputStream text) throws IOException {
        byte[] b = text.readAllBytes();
        List<Level> levels = new ArrayList<>();
        List<Line> lines = null;
        long[] numbers = new long[1024];
        int lineNo = 0;
        for (int pos = 0; pos < b.length; ) {
            int end = pos;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > pos && b[end - 1] == '\r' ? end - 1 : end;
            int wordEnd = pos;
            while (wordEnd < stop && b[wordEnd] != ' ') {
                wordEnd++;
            }
            String word = new String(b, pos, wordEnd - pos, StandardCharsets.US_ASCII);
            if (!word.isBlank() && !word.startsWith("#")) {
                int n = 0;
                for (int i = wordEnd; i < stop; ) {
                    if (b[i] == ' ') {
                        i++;
                        continue;
                    }
                    if (n == numbers.length) {
                        numbers = java.util.Arrays.copyOf(numbers, n * 2);
                    }
                    boolean minus = b[i] == '-';
                    int j = minus ? i + 1 : i;
                    long v = 0;
                    int digits = 0;
                    for (; j < stop && b[j] != ' '; j++, digits++) {
                        if (b[j] < '0' || b[j] > '9' || digits > 15) {
                            throw new IOException("line " + lineNo + ": not a number");
                        }
                        v = v * 10 + (b[j] - '0');
                    }
                    if (digits == 0) {
                        throw new IOException("line " + lineNo + ": not a number");
                    }
                    numbers[n++] = minus ? -v : v;
                    i = j;
                }
                if (word.equals("level") && n == 1) {
                    lines = new ArrayList<>();
                    levels.add(new Level((int) numbers[0], lines));
                } else if (lines == null || (!word.equals("land") && !word.equals("border")) || n % 2 != 0
                        || n == 0) {
                    throw new IOException("line " + lineNo + ": not a map line");
                } else {
                    lines.add(line(word.equals("land") ? Kind.LAND : Kind.BORDER, numbers, n));
                }
            }
            pos = end + 1;
        }
        return new BaseMap(levels);
    }

    /** A line from its numbers: the first point absolute, each next one the difference from the one before. */
    private static Line line(Kind kind, long[] numbers, int n) {
        float[] xy = new float[n];
        long lon = 0;
        long lat = 0;
        for (int i = 0; i < n; i += 2) {
            lon += numbers[i];
            lat += numbers[i + 1];
            xy[i] = (float) WebMercator.x(lon / 1000.0);
            xy[i + 1] = (float) WebMercator.y(lat / 1000.0);
        }
        return Line.of(kind, xy);
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
