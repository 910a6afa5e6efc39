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
        float minX = 1;
        float minY = 1;
        float maxX = 0;
        float maxY = 0;
        for (int i = 0; i < n; i += 2) {
            lon += numbers[i];
            lat += numbers[i + 1];
            float x = (float) WebMercator.x(lon / 1000.0);
            float y = (float) WebMercator.y(lat / 1000.0);
            xy[i] = x;
            xy[i + 1] = y;
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
