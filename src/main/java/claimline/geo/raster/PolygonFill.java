package claimline.geo.raster;

import java.util.Arrays;

/**
 * Fills polygons into a {@link Raster}, any number of rings at once under the non-zero rule (a hole wound the other
 * way stays open, as in the world's land), antialiased by four sub-scanlines per pixel row and the exact share of
 * the pixels where a span starts and ends. A scanline fill with an active edge list: the cost is the edges and the
 * pixels covered, so a coast far off screen costs only its edges, and points outside the raster need no clamping
 * (their edges still count in the winding of the rows they cross). Reused frame after frame: no allocation once its
 * arrays have grown to the largest polygon.
 */
public final class PolygonFill {
    private static final int SUB = 4;
    private static final int PER_SUB = Raster.FULL / SUB;

    private double[] top = new double[256];
    private double[] bottom = new double[256];
    private double[] xAtTop = new double[256];
    private double[] slope = new double[256];
    private int[] dir = new int[256];
    private int edges;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private boolean open;

    private long[] order = new long[0];
    private int[] active = new int[64];
    private double[] activeX = new double[64];
    private int[] delta = new int[0];
    private int[] part = new int[0];
    /** Which pixels of the row have a coverage change (one bit each): the sweep visits those and fills between. */
    private long[] touchedBits = new long[0];

    public void moveTo(double x, double y) {
        closePath();
        startX = lastX = x;
        startY = lastY = y;
        open = true;
    }

    public void lineTo(double x, double y) {
        if (!open) {
            moveTo(x, y);
            return;
        }
        edge(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
    }

    public void closePath() {
        if (open) {
            edge(lastX, lastY, startX, startY);
            lastX = startX;
            lastY = startY;
            open = false;
        }
    }

    /** The edges added since the last fill. */
    public int edges() { return edges; }

    private void edge(double x0, double y0, double x1, double y1) {
        if (y0 == y1 || Double.isNaN(x0 + y0 + x1 + y1)) {
            return; // horizontal: crosses no scanline
        }
        if (edges == top.length) {
            int n = edges * 2;
            top = Arrays.copyOf(top, n);
            bottom = Arrays.copyOf(bottom, n);
            xAtTop = Arrays.copyOf(xAtTop, n);
            slope = Arrays.copyOf(slope, n);
            dir = Arrays.copyOf(dir, n);
        }
        boolean down = y1 > y0;
        top[edges] = down ? y0 : y1;
        bottom[edges] = down ? y1 : y0;
        xAtTop[edges] = down ? x0 : x1;
        slope[edges] = (x1 - x0) / (y1 - y0);
        dir[edges] = down ? 1 : -1;
        edges++;
    }

    /** Fills what the rings added since the last fill enclose, in a colour, and starts afresh. */
    public void fill(Raster r, int rgb) { fill(r, rgb, 0, false); }

    /**
     * Paints the whole raster: what the rings enclose in a colour, the rest in an opaque background, the edges
     * mixed, every pixel written once (rather than the background everywhere and then the land over most of it).
     */
    public void fill(Raster r, int rgb, int background) { fill(r, rgb, 0xff000000 | background, true); }

    private void fill(Raster r, int rgb, int background, boolean everyPixel) {
        closePath();
        int w = r.width();
        int h = r.height();
        if (delta.length < w + 2) {
            delta = new int[w + 2];
            part = new int[w + 2];
            touchedBits = new long[(w + 2 + 63) / 64];
        }
        sorted = sortByTop(h);
        next = 0;
        live = 0;
        for (int row = 0; row < h; row++) {
            if (live == 0) {
                // no edge on this row: on to the next edge's first row (or the end), the rows between outside
                int nextRow = next == sorted ? h : Math.min(h, Math.max(row, (int) (order[next] >>> 32) / SUB));
                if (everyPixel) {
                    Arrays.fill(r.pixels(), row * w, nextRow * w, background);
                }
                row = nextRow;
                if (row >= h) {
                    break;
                }
            }
            row(r, row, rgb, everyPixel, background);
        }
        edges = 0;
    }

    /** The edges of this fill sorted by their first scanline, the next of them to come in, and how many are live. */
    private int sorted;
    private int next;
    private int live;

    /**
     * One pixel row: its four scanlines' spans, then the row written (a method of its own: called for every row,
     * the JIT compiles it fully within the first frames).
     */
    private void row(Raster r, int row, int rgb, boolean everyPixel, int background) {
        int w = r.width();
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        for (int s = 0; s < SUB; s++) {
            double y = row + (s + 0.5) / SUB;
            long scanline = row * SUB + s;
            while (next < sorted && order[next] >>> 32 <= scanline) {
                int e = (int) order[next++];
                if (bottom[e] > y) {
                    live = activate(e, live);
                }
            }
            live = crossings(y, live);
            int[] touched = spans(live, w);
            minX = Math.min(minX, touched[0]);
            maxX = Math.max(maxX, touched[1]);
        }
        flush(r, row, minX, maxX, rgb, everyPixel, background);
    }

    /**
     * The edges that reach the raster's rows, in the order of the first scanline each crosses (that scanline in the
     * high half of a long, the edge in the low half, so one primitive sort orders them).
     */
    private int sortByTop(int h) {
        if (order.length < edges) {
            order = new long[edges];
        }
        int n = 0;
        for (int e = 0; e < edges; e++) {
            if (bottom[e] > 0 && top[e] < h) {
                long first = (long) Math.max(0, Math.ceil(top[e] * SUB - 0.5));
                order[n++] = first << 32 | e;
            }
        }
        Arrays.sort(order, 0, n);
        return n;
    }

    private int activate(int e, int live) {
        if (live == active.length) {
            active = Arrays.copyOf(active, live * 2);
            activeX = Arrays.copyOf(activeX, live * 2);
        }
        active[live] = e;
        return live + 1;
    }

    /** Each live edge's x at this scanline, ended edges dropped, sorted by x (nearly sorted already: insertion). */
    private int crossings(double y, int live) {
        int kept = 0;
        for (int i = 0; i < live; i++) {
            int e = active[i];
            if (bottom[e] > y) {
                active[kept] = e;
                activeX[kept] = xAtTop[e] + (y - top[e]) * slope[e];
                kept++;
            }
        }
        for (int i = 1; i < kept; i++) {
            int e = active[i];
            double x = activeX[i];
            int j = i - 1;
            while (j >= 0 && activeX[j] > x) {
                active[j + 1] = active[j];
                activeX[j + 1] = activeX[j];
                j--;
            }
            active[j + 1] = e;
            activeX[j + 1] = x;
        }
        return kept;
    }

    private final int[] touched = new int[2];

    /** Adds the spans of one scanline where the winding is not zero to the row's coverage; the pixels touched. */
    private int[] spans(int live, int w) {
        touched[0] = Integer.MAX_VALUE;
        touched[1] = -1;
        int winding = 0;
        double from = 0;
        for (int i = 0; i < live; i++) {
            int was = winding;
            winding += dir[active[i]];
            if (was == 0 && winding != 0) {
                from = activeX[i];
            } else if (was != 0 && winding == 0) {
                add(from, activeX[i], w);
            }
        }
        return touched;
    }

    private void add(double x0, double x1, int w) {
        double a = Math.max(0, x0);
        double b = Math.min(w, x1);
        if (a >= b) {
            return;
        }
        int ia = (int) a;
        int ib = (int) b;
        if (ia == ib) {
            part[ia] += (int) ((b - a) * PER_SUB);
        } else {
            part[ia] += (int) ((ia + 1 - a) * PER_SUB);
            delta[ia + 1] += PER_SUB;
            delta[ib] -= PER_SUB;
            part[ib] += (int) ((b - ib) * PER_SUB);
            mark(ia + 1);
        }
        mark(ia);
        mark(ib);
        touched[0] = Math.min(touched[0], ia);
        touched[1] = Math.max(touched[1], ib);
    }

    private void mark(int x) { touchedBits[x >>> 6] |= 1L << x; }

    /**
     * Writes one pixel row's coverage into the raster and clears it. Only the pixels where the coverage changes are
     * visited one by one; between them the coverage is the same, and a run inside the polygon is one fill. With
     * {@code everyPixel} the row is painted whole: the background outside, the edges mixed with it.
     */
    private void flush(Raster r, int row, int minX, int maxX, int rgb, boolean everyPixel, int background) {
        int w = r.width();
        int base = row * w;
        int[] pixels = r.pixels();
        if (maxX < 0) {
            if (everyPixel) {
                Arrays.fill(pixels, base, base + w, background);
            }
            return;
        }
        int run = 0;
        int from = everyPixel ? 0 : minX;
        for (int word = minX >>> 6; word <= maxX >>> 6; word++) {
            long bits = touchedBits[word];
            touchedBits[word] = 0;
            while (bits != 0) {
                int x = word << 6 | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (from < x) {
                    run(pixels, base + from, base + Math.min(x, w), run, rgb, everyPixel, background);
                }
                run += delta[x];
                int c = run + part[x];
                delta[x] = 0;
                part[x] = 0;
                if (x < w) {
                    int under = everyPixel ? background : pixels[base + x];
                    pixels[base + x] = Raster.mix(under, rgb, Math.min(Raster.FULL, c));
                }
                from = x + 1;
            }
        }
        if (everyPixel && from < w) {
            Arrays.fill(pixels, base + from, base + w, background);
        }
    }

    /** Pixels from (inclusive) to (exclusive) of the same coverage: one fill inside or (painting all) outside. */
    private static void run(int[] pixels, int from, int to, int coverage, int rgb, boolean everyPixel,
                            int background) {
        if (coverage >= Raster.FULL && rgb >>> 24 == 0xff) {
            Arrays.fill(pixels, from, to, 0xff000000 | rgb);
        } else if (coverage <= 0) {
            if (everyPixel) {
                Arrays.fill(pixels, from, to, background);
            }
        } else {
            for (int i = from; i < to; i++) {
                pixels[i] = Raster.mix(everyPixel ? background : pixels[i], rgb, Math.min(Raster.FULL, coverage));
            }
        }
    }
}
