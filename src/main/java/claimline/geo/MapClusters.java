package claimline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Marks that would overlap on screen gathered into one, drawn with the count of their events. Greedy on a grid of
 * cells one radius wide: the place with most events first, every later place within the radius of a cluster's centre
 * joins it. Linear in the places, so 10,000 of them cluster within a frame.
 */
public final class MapClusters {
    /** Places drawn as one mark at (x, y) pixels: their events, and the type most of them have. */
    public record Cluster(double x, double y, List<PlaceMark> places, int events, String dominantType) {
        public boolean single() { return places.size() == 1; }
    }

    private MapClusters() {}

    /**
     * Places ready to be clustered at any view: in the order clustering takes them (most events first) with their
     * Web Mercator world coordinates computed once, not once per frame.
     */
    public static final class Prepared {
        private final List<PlaceMark> places;
        private final double[] worldX;
        private final double[] worldY;
        /** The event types in name order, and each place's count of each (so a frame adds numbers, not maps). */
        private final String[] types;
        private final int[][] typeCounts;

        private Prepared(List<PlaceMark> places) {
            List<PlaceMark> order = new ArrayList<>(places);
            order.sort(Comparator.comparingInt(PlaceMark::events).reversed().thenComparing(PlaceMark::id));
            this.places = List.copyOf(order);
            worldX = new double[order.size()];
            worldY = new double[order.size()];
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            order.forEach(p -> names.addAll(p.typeCounts().keySet()));
            types = names.toArray(String[]::new);
            typeCounts = new int[order.size()][types.length];
            for (int i = 0; i < order.size(); i++) {
                PlaceMark p = order.get(i);
                worldX[i] = WebMercator.x(p.lon());
                worldY[i] = WebMercator.y(p.lat());
                for (int t = 0; t < types.length; t++) {
                    typeCounts[i][t] = p.typeCounts().getOrDefault(types[t], 0);
                }
            }
        }
    }

    public static Prepared prepare(List<PlaceMark> places) { return new Prepared(places); }

    public static List<Cluster> cluster(List<PlaceMark> places, MapView view, double width, double height,
                                        double radius) {
        return cluster(prepare(places), view, width, height, radius);
    }

    public static List<Cluster> cluster(Prepared prepared, MapView view, double width, double height, double radius) {
        double cell = Math.max(1, radius);
        // a dense grid of cells one radius wide over the canvas (and a radius around it), each the head of a chain
        // of the clusters centred in it: no map, no boxing, for 10,000 places a frame
        int cols = (int) Math.ceil((width + 2 * radius) / cell) + 1;
        int rows = (int) Math.ceil((height + 2 * radius) / cell) + 1;
        int[] head = new int[cols * rows];
        java.util.Arrays.fill(head, -1);
        int n = prepared.places.size();
        double[] cxs = new double[Math.min(n, 1 << 16)];
        double[] cys = new double[cxs.length];
        int[] next = new int[cxs.length];
        List<List<PlaceMark>> members = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        List<int[]> typeSums = new ArrayList<>();
        List<int[]> eventSums = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double x = view.worldToPixelX(prepared.worldX[k], width);
            double y = view.worldToPixelY(prepared.worldY[k], height);
            if (x < -radius || y < -radius || x > width + radius || y > height + radius) {
                continue; // off screen: not drawn, not counted
            }
            int col = (int) ((x + radius) / cell);
            int row = (int) ((y + radius) / cell);
            int joined = -1;
            for (int i = Math.max(0, col - 1); i <= Math.min(cols - 1, col + 1) && joined < 0; i++) {
                for (int j = Math.max(0, row - 1); j <= Math.min(rows - 1, row + 1) && joined < 0; j++) {
                    for (int c = head[j * cols + i]; c >= 0; c = next[c]) {
                        double dx = cxs[c] - x;
                        double dy = cys[c] - y;
                        if (dx * dx + dy * dy <= radius * radius) {
                            joined = c;
                            break;
                        }
                    }
                }
            }
            PlaceMark p = prepared.places.get(k);
            if (joined >= 0) {
                members.get(joined).add(p);
                int[] sum = typeSums.get(joined);
                for (int t = 0; t < sum.length; t++) {
                    sum[t] += prepared.typeCounts[k][t];
                }
                eventSums.get(joined)[0] += p.events();
            } else {
                typeSums.add(prepared.typeCounts[k].clone());
                eventSums.add(new int[] {p.events()});
                int c = members.size();
                if (c == cxs.length) {
                    cxs = java.util.Arrays.copyOf(cxs, c * 2);
                    cys = java.util.Arrays.copyOf(cys, c * 2);
                    next = java.util.Arrays.copyOf(next, c * 2);
                }
                cxs[c] = x;
                cys[c] = y;
                next[c] = head[row * cols + col];
                head[row * cols + col] = c;
                centres.add(new double[] {x, y});
                List<PlaceMark> m = new ArrayList<>(1);
                m.add(p);
                members.add(m);
            }
        }
        List<Cluster> out = new ArrayList<>(centres.size());
        for (int c = 0; c < centres.size(); c++) {
            List<PlaceMark> m = members.get(c);
            int[] sum = typeSums.get(c);
            int best = -1;
            for (int t = 0; t < sum.length; t++) {
                if (best < 0 || sum[t] > sum[best]) {
                    best = t; // strictly more: a tie stays with the first type in name order
                }
            }
            String dominant = best < 0 ? "other" : prepared.types[best];
            out.add(new Cluster(centres.get(c)[0], centres.get(c)[1], java.util.Collections.unmodifiableList(m),
                    eventSums.get(c)[0], dominant));
        }
        return out;
    }

}
