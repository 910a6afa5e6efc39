package claimline.timeline;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of a timeline sorted by start in each lane they are drawn in, with what a frame needs of an item (start,
 * end, whether it is a tick) in flat arrays: an interval index, built once for a set of items and a lane mode. A
 * filter then only masks it ({@link ShownItems}), and a frame finds the items of its window by binary search in each
 * lane (an item starting before the window is found through the lane's longest duration), reading the arrays rather
 * than the items, so it touches only what it draws.
 */
final class LaneIndex {
    /** The lane of items with no party. */
    static final List<String> NO_LANE = List.of("");

    final List<TimelineItem> items;
    final LaneMode mode;
    final long[] starts;
    final long[] ends;
    final BitSet ticks = new BitSet();
    final BitSet background = new BitSet();
    /** Each item's own lanes (shared lists: a filter moving 10,000 items reads these, not the items). */
    private final List<?>[] ownLanes;
    /** Lane keys in the order first met; per lane, its items by start (then index), their starts, the longest. */
    final List<String> keys;
    final int[][] laneItems;
    final long[][] laneStarts;
    final long[] laneLongest;
    private final Map<String, Integer> laneOfKey = new HashMap<>();
    private Map<String, Integer> byId; // built on the first lookup: most layouts are drawn, not searched
    private TimeBreaks allBreaks;

    /** @param items the items, which the index keeps: a list that is never changed (as a property's value is) */
    LaneIndex(List<TimelineItem> items, LaneMode mode) {
        this.items = java.util.Collections.unmodifiableList(items);
        this.mode = mode;
        int n = this.items.size();
        starts = new long[n];
        ends = new long[n];
        ownLanes = new List<?>[n];
        Map<String, Members> byLane = new LinkedHashMap<>();
        // Items share their lane lists (the view model interns them): look the lanes of a list up once.
        Map<List<String>, Members[]> byList = new IdentityHashMap<>();
        Map<String, List<String>> typeLists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            // one call per item: the loop runs compiled from the start, not interpreted for most of 100,000 turns
            add(i, byLane, byList, typeLists);
        }
        keys = List.copyOf(byLane.keySet());
        laneItems = new int[keys.size()][];
        laneStarts = new long[keys.size()][];
        laneLongest = new long[keys.size()];
        for (int l = 0; l < keys.size(); l++) {
            Members m = byLane.get(keys.get(l));
            laneOfKey.put(keys.get(l), l);
            laneItems[l] = Arrays.copyOf(m.items, m.size);
            laneStarts[l] = Arrays.copyOf(m.starts, m.size);
            laneLongest[l] = m.longest;
            sortByStart(laneItems[l], laneStarts[l]);
        }
    }

    /** Reads one item into the flat arrays and the lanes it is drawn in. */
    private void add(int i, Map<String, Members> byLane, Map<List<String>, Members[]> byList,
                     Map<String, List<String>> typeLists) {
        TimelineItem it = items.get(i);
        starts[i] = it.startSecond();
        ends[i] = it.endSecond();
        if (it.tick()) {
            ticks.set(i);
        }
        if (it.background()) {
            background.set(i);
        }
        List<String> own = mode == LaneMode.TYPE ? typeLists.computeIfAbsent(it.type(), List::of)
                : it.lanesByParty().isEmpty() ? NO_LANE : it.lanesByParty();
        ownLanes[i] = own;
        Members[] lanes = byList.get(own);
        if (lanes == null) {
            lanes = new Members[own.size()];
            for (int k = 0; k < lanes.length; k++) {
                lanes[k] = byLane.computeIfAbsent(own.get(k), x -> new Members());
            }
            byList.put(own, lanes);
        }
        for (Members lane : lanes) {
            lane.add(i, starts[i], ends[i] - starts[i]);
        }
    }

    /**
     * A lane being filled: item indices and their starts in growable arrays (lanes of 100,000 items should not box
     * 100,000 Integers, nor look every item up again to sort and measure it).
     */
    private static final class Members {
        int[] items = new int[16];
        long[] starts = new long[16];
        long longest;
        int size;

        void add(int item, long start, long duration) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
            }
            items[size] = item;
            starts[size++] = start;
            longest = Math.max(longest, duration);
        }
    }

    /** Items usually come in time order (the view model keeps them so); sorts only when they do not. */
    private static void sortByStart(int[] items, long[] starts) {
        boolean sorted = true;
        for (int k = 1; k < items.length && sorted; k++) {
            sorted = starts[k - 1] <= starts[k];
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[items.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> starts[a] != starts[b] ? Long.compare(starts[a], starts[b])
                : Integer.compare(items[a], items[b]));
        int[] itemsBefore = items.clone();
        long[] startsBefore = starts.clone();
        for (int k = 0; k < order.length; k++) {
            items[k] = itemsBefore[order[k]];
            starts[k] = startsBefore[order[k]];
        }
    }

    int size() {
        return items.size();
    }

    /** The lanes an item is drawn in when nothing moves it: its type's, or its parties' (the lane of none). */
    @SuppressWarnings("unchecked")
    List<String> ownLanes(int item) {
        return (List<String>) ownLanes[item];
    }

    /** The number of the lane with this key, or -1. */
    int lane(String key) {
        Integer l = laneOfKey.get(key);
        return l == null ? -1 : l;
    }

    /** Where an item is in a lane's order, or -1 when it is not in that lane. */
    int position(int lane, int item) {
        long[] s = laneStarts[lane];
        int p = lowerBound(s, starts[item]);
        for (; p < s.length && s[p] == starts[item]; p++) {
            if (laneItems[lane][p] == item) {
                return p;
            }
        }
        return -1;
    }

    /** The breaks among all the items (fitting a new corpus asks for them; worked out once). */
    synchronized TimeBreaks allBreaks() {
        if (allBreaks == null) {
            allBreaks = TimeBreaks.between(starts, ends, null);
        }
        return allBreaks;
    }

    /** The index of the item with this id, or -1. */
    synchronized int indexOf(String id) {
        if (byId == null) {
            byId = new HashMap<>(items.size() * 2);
            for (int i = 0; i < items.size(); i++) {
                byId.put(items.get(i).id(), i);
            }
        }
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    /** First position whose start is at or after {@code t}. */
    static int lowerBound(long[] sorted, long t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
