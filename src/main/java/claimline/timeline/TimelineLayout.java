package claimline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The items of the timeline sorted into lanes. Built once per model or filter change (O(n log n)); each frame then
 * only visits the items inside the window, so panning and zooming stay cheap at any corpus size.
 */
public final class TimelineLayout {
    private final List<TimelineItem> items;
    private final List<Lane> lanes;
    private Map<String, Integer> indexById; // built on the first lookup: most layouts are drawn, not searched
    private final long minSecond;
    private final long maxSecond;

    /**
     * @param laneOrder order of lane keys (parties or types); keys it does not know come after, by item count
     * @param laneLabel display name of a lane key
     */
    public TimelineLayout(List<TimelineItem> items, LaneMode mode, Comparator<String> laneOrder,
                          Function<String, String> laneLabel) {
        this.items = List.copyOf(items);
        Map<String, IntList> byLane = new LinkedHashMap<>();
        // Items share their lane lists (the view model interns them): look the lanes of a list up once.
        Map<List<String>, IntList[]> byList = new java.util.IdentityHashMap<>();
        Map<String, List<String>> typeLists = new HashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        List<String> none = List.of("");
        for (int i = 0; i < this.items.size(); i++) {
            TimelineItem it = this.items.get(i);
            min = Math.min(min, it.startSecond());
            max = Math.max(max, it.endSecond());
            List<String> keys = mode == LaneMode.TYPE ? typeLists.computeIfAbsent(it.type(), List::of) : it.lanesByParty();
            if (keys.isEmpty()) {
                keys = none;
            }
            IntList[] lanes = byList.get(keys);
            if (lanes == null) {
                lanes = new IntList[keys.size()];
                for (int k = 0; k < lanes.length; k++) {
                    lanes[k] = byLane.computeIfAbsent(keys.get(k), x -> new IntList());
                }
                byList.put(keys, lanes);
            }
            for (IntList lane : lanes) {
                lane.add(i, it.startSecond(), it.endSecond());
            }
        }
        this.minSecond = min;
        this.maxSecond = max;
        List<String> keys = new ArrayList<>(byLane.keySet());
        keys.sort(laneOrder.thenComparing(k -> -byLane.get(k).size).thenComparing(Comparator.naturalOrder()));
        List<Lane> built = new ArrayList<>();
        for (String k : keys) {
            built.add(lane(k, laneLabel.apply(k), byLane.get(k)));
        }
        this.lanes = List.copyOf(built);
    }

    /**
     * A lane being filled: item indices and their starts in growable arrays (lanes of 100,000 items should not box
     * 100,000 Integers, nor look every item up again to sort and measure it).
     */
    private static final class IntList {
        int[] values = new int[16];
        long[] starts = new long[16];
        long maxDuration;
        int size;

        void add(int v, long start, long end) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
            }
            values[size] = v;
            starts[size++] = start;
            maxDuration = Math.max(maxDuration, end - start);
        }
    }

    private Lane lane(String key, String label, IntList members) {
        int[] idx = java.util.Arrays.copyOf(members.values, members.size);
        long[] starts = java.util.Arrays.copyOf(members.starts, members.size);
        boolean sorted = true;
        for (int n = 1; n < idx.length && sorted; n++) {
            sorted = starts[n - 1] <= starts[n];
        }
        if (!sorted) {
            // Items usually come in time order (the view model keeps them so); sort only when they do not.
            Integer[] boxed = new Integer[idx.length];
            for (int n = 0; n < idx.length; n++) {
                boxed[n] = idx[n];
            }
            java.util.Arrays.sort(boxed, Comparator.comparingLong((Integer i) -> items.get(i).startSecond())
                    .thenComparingInt(i -> i));
            for (int n = 0; n < idx.length; n++) {
                idx[n] = boxed[n];
                starts[n] = items.get(idx[n]).startSecond();
            }
        }
        return new Lane(key, label, idx, starts, members.maxDuration);
    }

    public List<TimelineItem> items() { return items; }

    public List<Lane> lanes() { return lanes; }

    public boolean isEmpty() { return items.isEmpty(); }

    public synchronized int indexOf(String id) {
        if (indexById == null) {
            indexById = new HashMap<>(items.size() * 2);
            for (int i = 0; i < items.size(); i++) {
                indexById.put(items.get(i).id(), i);
            }
        }
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /**
     * First and last second of the items that are not background (history the articles recall), or of all of them
     * when every item is background; null when there are none. This is what the first view of a corpus shows.
     */
    public long[] foregroundExtent() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TimelineItem it : items) {
            if (!it.background()) {
                min = Math.min(min, it.startSecond());
                max = Math.max(max, it.endSecond());
            }
        }
        return min > max ? extent() : new long[] {min, max};
    }

    /** First and last second of all items; null when there are none. */
    public long[] extent() {
        return items.isEmpty() ? null : new long[] {minSecond, maxSecond};
    }

    /** Total height of all lanes with the axis. */
    public double contentHeight(Geometry g) {
        return g.axisHeight() + lanes.size() * g.laneHeight();
    }

    /** Lays out one frame: the marks visible in a canvas of the given size, lanes scrolled up by {@code scrollY}. */
    public Frame frame(ZoomState zoom, Geometry g, double width, double height, double scrollY) {
        return frame(zoom, TimeBreaks.NONE, g, width, height, scrollY);
    }

    /** Lays out one frame of a window in display time, on an axis with these breaks. */
    public Frame frame(ZoomState zoom, TimeBreaks breaks, Geometry g, double width, double height, double scrollY) {
        double timeWidth = Math.max(1, width - g.gutter());
        TimeAxis axis = zoom.axis(timeWidth, breaks);
        double from = breaks.toReal(zoom.start());
        double to = breaks.toReal(zoom.end());
        List<Mark> marks = new ArrayList<>();
        double[] laneTops = new double[lanes.size()];
        double[] rowEnd = new double[g.rows()];
        for (int l = 0; l < lanes.size(); l++) {
            double top = g.axisHeight() + l * g.laneHeight() - scrollY;
            laneTops[l] = top;
            if (top + g.laneHeight() < g.axisHeight() || top > height) {
                continue;
            }
            layoutLane(l, lanes.get(l), axis, from, to, g, top, rowEnd, marks);
        }
        return new Frame(axis, g, width, marks, laneTops);
    }

    /** The marks of one lane for the real times {@code [from, to]} in view. */
    private void layoutLane(int laneIndex, Lane lane, TimeAxis axis, double from, double to, Geometry g, double top,
                            double[] rowEnd, List<Mark> marks) {
        java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        double clusterY = top + g.rows() * g.rowHeight();
        double cx0 = 0;
        double cx1 = Double.NEGATIVE_INFINITY;
        int count = 0;
        double cFrom = 0;
        double cTo = 0;
        int end = lane.endVisible(to);
        for (int n = lane.firstVisible(from); n < end; n++) {
            int i = lane.item(n);
            TimelineItem it = items.get(i);
            if (it.endSecond() < from) {
                continue;
            }
            double x0 = g.gutter() + axis.toPixel(it.startSecond());
            double x1 = it.tick() ? x0 + g.tickWidth()
                    : Math.max(g.gutter() + axis.toPixel(it.endSecond()), x0 + g.minMarkWidth());
            int row = -1;
            for (int r = 0; r < rowEnd.length; r++) {
                if (rowEnd[r] + 2 <= x0) {
                    row = r;
                    break;
                }
            }
            if (row >= 0) {
                rowEnd[row] = x1;
                double y0 = top + row * g.rowHeight();
                marks.add(new Mark(laneIndex, row, x0, x1, y0, y0 + g.rowHeight() - 3, i, 1,
                        it.startSecond(), it.endSecond()));
                continue;
            }
            if (count > 0 && x0 <= cx1) {
                count++;
                cx1 = Math.max(cx1, Math.max(x1, cx0 + g.clusterWidth()));
                cTo = Math.max(cTo, it.endSecond());
                continue;
            }
            if (count > 0) {
                marks.add(new Mark(laneIndex, g.rows(), cx0, cx1, clusterY, clusterY + g.rowHeight() - 3, -1,
                        count, cFrom, cTo));
            }
            count = 1;
            cx0 = x0;
            cx1 = Math.max(x1, x0 + g.clusterWidth());
            cFrom = it.startSecond();
            cTo = it.endSecond();
            // Every item starting inside this cluster's width joins it: count them by binary search instead of
            // visiting each, so a frame costs the number of marks, not the number of events.
            double bucketEnd = axis.toSecond(cx1 - g.gutter());
            int stop = Math.min(end, lane.endVisible(bucketEnd));
            if (stop > n + 1) {
                count += stop - n - 1;
                cTo = Math.max(cTo, bucketEnd);
                n = stop - 1;
            }
        }
        if (count > 0) {
            marks.add(new Mark(laneIndex, g.rows(), cx0, cx1, clusterY, clusterY + g.rowHeight() - 3, -1,
                    count, cFrom, cTo));
        }
    }
}
