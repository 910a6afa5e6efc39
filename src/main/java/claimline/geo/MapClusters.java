package claimline.geo;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks that would overlap on screen gathered into one, drawn with the count of their events. As map libraries do
 * (supercluster), the places are clustered once for each zoom level (two to a doubling of the scale), anchored to
 * the world rather than to the screen, and a frame only picks its level's clusters that are in view: panning does
 * not regroup the marks, zooming within a level does not either, and a frame of 10,000 places costs its visible
 * clusters. Greedy: the place with most events first, every later place within the radius (pixels at the level's
 * scale, on a hashed grid of cells one radius wide) of a cluster's centre joins it.
 */
public final class MapClusters {
    /** Places drawn as one mark at (x, y) pixels: their events, and the type most of them have. */
    public record Cluster(double x, double y, List<PlaceMark> places, int events, String dominantType) {
        public boolean single() { return places.size() == 1; }
    }

    /** Zoom levels clustered for each doubling of the scale: on screen a radius is within 2^±¼ of the one asked. */
    static final int LEVELS_PER_DOUBLING = 2;

    private MapClusters() {}

    /**
     * Places ready to be clustered at any view: in the order clustering takes them (most events first) with their
     * Web Mercator world coordinates, event counts and types as numbers, and the clusters of each zoom level once it
     * has been drawn (a new set of places is prepared again).
     */
    public static final class Prepared {
        private final PlaceMark[] places;
        private final double[] worldX;
        private final double[] worldY;
        private final int[] events;
        /** The event types in name order; place k has typeCount[i] events of type typeIndex[i], typeStart[k] <= i <
         * typeStart[k + 1] (most places have one or two types: no array of every type per place). */
        private final String[] types;
        private final int[] typeStart;
        private final int[] typeIndex;
        private final int[] typeCount;
        private final Map<Long, Level> levels = new ConcurrentHashMap<>();

        private Prepared(List<PlaceMark> list) {
            List<PlaceMark> order = new ArrayList<>(list);
            order.sort(Comparator.comparingInt(PlaceMark::events).reversed().thenComparing(PlaceMark::id));
            int n = order.size();
            places = order.toArray(PlaceMark[]::new);
            worldX = new double[n];
            worldY = new double[n];
            events = new int[n];
            TreeSet<String> names = new TreeSet<>();
            order.forEach(p -> names.addAll(p.typeCounts().keySet()));
            types = names.toArray(String[]::new);
            typeStart = new int[n + 1];
            int pairs = order.stream().mapToInt(p -> p.typeCounts().size()).sum();
            typeIndex = new int[pairs];
            typeCount = new int[pairs];
            int i = 0;
            for (int k = 0; k < n; k++) {
                PlaceMark p = places[k];
                worldX[k] = WebMercator.x(p.lon());
                worldY[k] = WebMercator.y(p.lat());
                events[k] = p.events();
                typeStart[k] = i;
                for (int t = 0; t < types.length; t++) {
                    Integer c = p.typeCounts().get(types[t]);
                    if (c != null) {
                        typeIndex[i] = t;
                        typeCount[i++] = c;
                    }
                }
            }
            typeStart[n] = i;
        }

        public int size() { return places.length; }

        /** How many zoom levels have been clustered so far. */
        public int clusteredLevels() { return levels.size(); }
    }

    /** One zoom level's clusters in world coordinates: centre, members, events and dominant type of each. */
    private record Level(double[] x, double[] y, List<PlaceMark>[] members, int[] events, String[] dominant) {}

    public static Prepared prepare(List<PlaceMark> places) { return new Prepared(places); }

    public static List<Cluster> cluster(List<PlaceMark> places, MapView view, double width, double height,
                                        double radius) {
        return cluster(prepare(places), view, width, height, radius);
    }

    /**
     * The marks of a view {@code width} × {@code height} pixels: its zoom level's clusters (made the first time the
     * level is shown) whose centre is on the canvas or within the radius of it, in pixels of the canvas.
     */
    public static List<Cluster> cluster(Prepared prepared, MapView view, double width, double height, double radius) {
        int level = (int) Math.round(LEVELS_PER_DOUBLING * Math.log(view.scale() / 256) / Math.log(2));
        long key = (long) level << 32 | Float.floatToIntBits((float) radius);
        Level l = prepared.levels.computeIfAbsent(key, k -> clusterLevel(prepared,
                radius / (256 * Math.pow(2, (double) level / LEVELS_PER_DOUBLING))));
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < l.x.length; c++) {
            double x = view.worldToPixelX(l.x[c], width);
            double y = view.worldToPixelY(l.y[c], height);
            if (x >= -radius && y >= -radius && x <= width + radius && y <= height + radius) {
                out.add(new Cluster(x, y, l.members[c], l.events[c], l.dominant[c]));
            }
        }
        return out;
    }

    /** Clusters every place with a radius in world units (greedy, on a hashed grid of cells one radius wide). */
    private static Level clusterLevel(Prepared p, double radius) {
        int n = p.size();
        Centres centres = new Centres(radius, Math.max(16, n / 4));
        int[] clusterOf = new int[n];
        for (int k = 0; k < n; k++) {
            double x = p.worldX[k];
            double y = p.worldY[k];
            int c = centres.within(x, y);
            clusterOf[k] = c >= 0 ? c : centres.add(x, y);
        }
        int m = centres.count;
        int types = p.types.length;
        int[] start = new int[m + 1];
        int[] events = new int[m];
        int[] sums = new int[m * types];
        for (int k = 0; k < n; k++) {
            int c = clusterOf[k];
            start[c + 1]++;
            events[c] += p.events[k];
            for (int i = p.typeStart[k]; i < p.typeStart[k + 1]; i++) {
                sums[c * types + p.typeIndex[i]] += p.typeCount[i];
            }
        }
        for (int c = 0; c < m; c++) {
            start[c + 1] += start[c];
        }
        PlaceMark[] members = new PlaceMark[n];
        int[] filled = Arrays.copyOf(start, m);
        for (int k = 0; k < n; k++) {
            members[filled[clusterOf[k]]++] = p.places[k];
        }
        @SuppressWarnings("unchecked")
        List<PlaceMark>[] lists = new List[m];
        String[] dominant = new String[m];
        for (int c = 0; c < m; c++) {
            lists[c] = new Slice(members, start[c], start[c + 1]);
            int best = -1;
            for (int t = 0; t < types; t++) {
                if (best < 0 || sums[c * types + t] > sums[c * types + best]) {
                    best = t; // strictly more: a tie stays with the first type in name order
                }
            }
            dominant[c] = best < 0 || sums[c * types + best] == 0 ? "other" : p.types[best];
        }
        return new Level(Arrays.copyOf(centres.x, m), Arrays.copyOf(centres.y, m), lists, events, dominant);
    }

    /**
     * The clusters' centres on a grid of cells one radius wide over the world, hashed (at close zoom the world is
     * millions of cells wide): each cell the head of a chain of the centres in it.
     */
    private static final class Centres {
        private final double radius;
        private long[] keys;
        private int[] heads;
        private int used;
        private double[] x;
        private double[] y;
        private int[] next;
        private int count;

        Centres(double radius, int capacity) {
            this.radius = radius;
            keys = new long[Integer.highestOneBit(capacity * 2) * 2];
            heads = new int[keys.length];
            Arrays.fill(heads, -1);
            x = new double[capacity];
            y = new double[capacity];
            next = new int[capacity];
        }

        private long cellKey(long col, long row) { return col << 32 ^ (row & 0xffffffffL); }

        /** The slot of a cell in the hash table (linear probing; a free slot has head -1). */
        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ key >>> 29) * 0x9E3779B9 & mask;
            while (heads[i] >= 0 && keys[i] != key) {
                i = i + 1 & mask;
            }
            return i;
        }

        /** The first centre within the radius of (px, py) in the cells around it, or -1. */
        int within(double px, double py) {
            long col = (long) Math.floor(px / radius);
            long row = (long) Math.floor(py / radius);
            double r2 = radius * radius;
            for (long i = col - 1; i <= col + 1; i++) {
                for (long j = row - 1; j <= row + 1; j++) {
                    for (int c = heads[slot(cellKey(i, j))]; c >= 0; c = next[c]) {
                        double dx = x[c] - px;
                        double dy = y[c] - py;
                        if (dx * dx + dy * dy <= r2) {
                            return c;
                        }
                    }
                }
            }
            return -1;
        }

        int add(double px, double py) {
            if (count == x.length) {
                x = Arrays.copyOf(x, count * 2);
                y = Arrays.copyOf(y, count * 2);
                next = Arrays.copyOf(next, count * 2);
            }
            if (2 * (used + 1) > keys.length) {
                rehash();
            }
            long key = cellKey((long) Math.floor(px / radius), (long) Math.floor(py / radius));
            int s = slot(key);
            if (heads[s] < 0) {
                used++;
                keys[s] = key;
            }
            x[count] = px;
            y[count] = py;
            next[count] = heads[s];
            heads[s] = count;
            return count++;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new long[oldKeys.length * 2];
            heads = new int[keys.length];
            Arrays.fill(heads, -1);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldHeads[i] >= 0) {
                    int s = slot(oldKeys[i]);
                    keys[s] = oldKeys[i];
                    heads[s] = oldHeads[i];
                }
            }
        }
    }

    /** A read-only view of part of an array: a cluster's places without a list of their own. */
    private static final class Slice extends AbstractList<PlaceMark> implements RandomAccess {
        private final PlaceMark[] all;
        private final int from;
        private final int to;

        Slice(PlaceMark[] all, int from, int to) {
            this.all = all;
            this.from = from;
            this.to = to;
        }

        @Override
        public PlaceMark get(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return all[from + index];
        }

        @Override
        public int size() { return to - from; }
    }
}
