package claimline.geo;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.TreeSet;

/**
 * Marks that would overlap on screen gathered into one, drawn with the count of their events. Greedy on a grid of
 * cells one radius wide: the place with most events first, every later place within the radius of a cluster's centre
 * joins it. Linear in the places and in plain arrays (no map, no list per mark while clustering), so 10,000 places
 * cluster in a small part of a frame.
 */
public final class MapClusters {
    /** Places drawn as one mark at (x, y) pixels: their events, and the type most of them have. */
    public record Cluster(double x, double y, List<PlaceMark> places, int events, String dominantType) {
        public boolean single() { return places.size() == 1; }
    }

    private MapClusters() {}

    /**
     * Places ready to be clustered at any view: in the order clustering takes them (most events first) with their
     * Web Mercator world coordinates, event counts and types as numbers, computed once rather than once per frame.
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
    }

    public static Prepared prepare(List<PlaceMark> places) { return new Prepared(places); }

    public static List<Cluster> cluster(List<PlaceMark> places, MapView view, double width, double height,
                                        double radius) {
        return cluster(prepare(places), view, width, height, radius);
    }

    public static List<Cluster> cluster(Prepared prepared, MapView view, double width, double height, double radius) {
        int n = prepared.places.length;
        int[] clusterOf = new int[n];
        Centres centres = new Centres(width, height, radius, Math.min(n, 1 << 12));
        for (int k = 0; k < n; k++) {
            double x = view.worldToPixelX(prepared.worldX[k], width);
            double y = view.worldToPixelY(prepared.worldY[k], height);
            if (x < -radius || y < -radius || x > width + radius || y > height + radius) {
                clusterOf[k] = -1; // off screen: not drawn, not counted
                continue;
            }
            int c = centres.within(x, y);
            clusterOf[k] = c >= 0 ? c : centres.add(x, y);
        }
        return gather(prepared, clusterOf, centres);
    }

    /** The clusters' members (in the order they joined), event counts and dominant types, as records. */
    private static List<Cluster> gather(Prepared p, int[] clusterOf, Centres centres) {
        int m = centres.count;
        int[] start = new int[m + 1];
        int[] events = new int[m];
        int types = p.types.length;
        int[] sums = new int[m * types];
        for (int k = 0; k < clusterOf.length; k++) {
            int c = clusterOf[k];
            if (c >= 0) {
                start[c + 1]++;
                events[c] += p.events[k];
                for (int i = p.typeStart[k]; i < p.typeStart[k + 1]; i++) {
                    sums[c * types + p.typeIndex[i]] += p.typeCount[i];
                }
            }
        }
        for (int c = 0; c < m; c++) {
            start[c + 1] += start[c];
        }
        PlaceMark[] members = new PlaceMark[start[m]];
        int[] filled = Arrays.copyOf(start, m);
        for (int k = 0; k < clusterOf.length; k++) {
            if (clusterOf[k] >= 0) {
                members[filled[clusterOf[k]]++] = p.places[k];
            }
        }
        List<Cluster> out = new ArrayList<>(m);
        for (int c = 0; c < m; c++) {
            int best = -1;
            for (int t = 0; t < types; t++) {
                if (best < 0 || sums[c * types + t] > sums[c * types + best]) {
                    best = t; // strictly more: a tie stays with the first type in name order
                }
            }
            String dominant = best < 0 || sums[c * types + best] == 0 ? "other" : p.types[best];
            out.add(new Cluster(centres.x[c], centres.y[c], new Slice(members, start[c], start[c + 1]), events[c],
                    dominant));
        }
        return out;
    }

    /**
     * The clusters' centres on a dense grid of cells one radius wide over the canvas (and a radius around it), each
     * cell the head of a chain of the centres in it.
     */
    private static final class Centres {
        private final double radius;
        private final double cell;
        private final int cols;
        private final int rows;
        private final int[] head;
        private double[] x;
        private double[] y;
        private int[] next;
        private int count;

        Centres(double width, double height, double radius, int capacity) {
            this.radius = radius;
            cell = Math.max(1, radius);
            cols = (int) Math.ceil((width + 2 * radius) / cell) + 1;
            rows = (int) Math.ceil((height + 2 * radius) / cell) + 1;
            head = new int[cols * rows];
            Arrays.fill(head, -1);
            x = new double[Math.max(16, capacity)];
            y = new double[x.length];
            next = new int[x.length];
        }

        /** The first centre within the radius of (px, py) in the cells around it, or -1. */
        int within(double px, double py) {
            int col = (int) ((px + radius) / cell);
            int row = (int) ((py + radius) / cell);
            double r2 = radius * radius;
            for (int i = Math.max(0, col - 1); i <= Math.min(cols - 1, col + 1); i++) {
                for (int j = Math.max(0, row - 1); j <= Math.min(rows - 1, row + 1); j++) {
                    for (int c = head[j * cols + i]; c >= 0; c = next[c]) {
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
            int cellIndex = (int) ((py + radius) / cell) * cols + (int) ((px + radius) / cell);
            x[count] = px;
            y[count] = py;
            next[count] = head[cellIndex];
            head[cellIndex] = count;
            return count++;
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
