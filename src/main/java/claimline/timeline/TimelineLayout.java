package claimline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The items of the timeline sorted into lanes. The lanes are sorted once per set of items ({@link LaneIndex}, O(n log
 * n)); a filter change then only masks them ({@link #show}), and each frame only visits the items inside the window,
 * so panning, zooming and filtering stay cheap at any corpus size.
 */
public final class TimelineLayout {
    private final LaneIndex index;
    private final List<TimelineItem> given;
    /** Indices (into the index) of the items shown, ascending, and each index's place among them; null: all. */
    private final int[] shownItems;
    private final int[] shownIndex;
    private final List<TimelineItem> items;
    private final List<Lane> lanes;

    /**
     * Every item shown, each in its own lanes. The list is kept, not copied (it is the items of a corpus): it must not
     * change afterwards.
     *
     * @param laneOrder order of lane keys (parties or types); keys it does not know come after, by item count
     * @param laneLabel display name of a lane key
     */
    public TimelineLayout(List<TimelineItem> items, LaneMode mode, Comparator<String> laneOrder,
                          Function<String, String> laneLabel) {
        this(new LaneIndex(items, mode), items, null, true, laneOrder, laneLabel);
    }

    private TimelineLayout(LaneIndex index, List<TimelineItem> given, ShownItems shown, boolean background,
                           Comparator<String> laneOrder, Function<String, String> laneLabel) {
        this.index = index;
        this.given = given;
        BitSet bits = shown == null ? null : shown.items();
        if (!background && !index.background.isEmpty()) {
            if (bits == null) {
                bits = new BitSet(index.size());
                bits.set(0, index.size());
            }
            bits.andNot(index.background);
        }
        if (bits == null) {
            shownItems = null;
            shownIndex = null;
            items = index.items;
        } else {
            bits.clear(index.size(), Math.max(index.size(), bits.length()));
            shownItems = new int[bits.cardinality()];
            for (int k = 0, i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                shownItems[k++] = i;
            }
            shownIndex = new int[index.size()];
            Arrays.fill(shownIndex, -1);
            for (int k = 0; k < shownItems.length; k++) {
                shownIndex[shownItems[k]] = k;
            }
            items = ListAtPositions.of(index.items, shownItems);
        }
        this.lanes = lanes(bits, shown, laneOrder, laneLabel);
    }


    /**
     * The same items in the same lane mode with other items shown, others moved and the lanes in another order: the
     * lanes sorted for this layout are masked, not sorted again.
     *
     * @param shown      which items are shown and which move lanes; null: all, each in its own lanes
     * @param background whether history the articles recall is shown
     */
    public TimelineLayout show(ShownItems shown, boolean background, Comparator<String> laneOrder,
                               Function<String, String> laneLabel) {
        boolean all = shown == null || shown.moved().length == 0 && shown.items().nextClearBit(0) >= index.size();
        return new TimelineLayout(index, given, all ? null : shown, background, laneOrder, laneLabel);
    }

    /** Whether this layout is of these very items in this mode, so that {@link #show} fits them. */
    public boolean isOf(List<TimelineItem> items, LaneMode mode) {
        return (items == given || items == index.items) && mode == index.mode;
    }

    /** The lanes with an item shown, each masked to the items shown, in their order. */
    private List<Lane> lanes(BitSet bits, ShownItems shown, Comparator<String> laneOrder,
                             Function<String, String> laneLabel) {
        int laneCount = index.keys.size();
        Bits.Builder[] masks = new Bits.Builder[laneCount];
        if (bits != null) {
            for (int l = 0; l < laneCount; l++) {
                int[] members = index.laneItems[l];
                masks[l] = new Bits.Builder(members.length);
                for (int p = 0; p < members.length; p++) {
                    if (bits.get(members[p])) {
                        masks[l].set(p);
                    }
                }
            }
        }
        Map<String, List<Integer>> joining = moves(bits, shown, masks);
        Map<String, Lane> byKey = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int l = 0; l < laneCount; l++) {
            String key = index.keys.get(l);
            if (!joining.containsKey(key)) {
                Bits mask = masks[l] == null ? null : masks[l].build();
                if (mask == null ? index.laneItems[l].length > 0 : mask.count() > 0) {
                    byKey.put(key, new Lane(key, laneLabel.apply(key), index.laneItems[l], index.laneStarts[l],
                            index.laneLongest[l], mask, shownIndex));
                    keys.add(key);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> j : joining.entrySet()) {
            int l = index.lane(j.getKey());
            Lane merged = merged(j.getKey(), laneLabel.apply(j.getKey()), l < 0 ? null : masks[l], l, j.getValue());
            if (merged.size() > 0) {
                byKey.put(j.getKey(), merged);
                keys.add(j.getKey());
            }
        }
        keys.sort(laneOrder.thenComparing(k -> -byKey.get(k).size()).thenComparing(Comparator.naturalOrder()));
        List<Lane> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(byKey.get(k)));
        return List.copyOf(out);
    }

    /**
     * Takes the moved items out of the lanes they leave (clearing their bits) and returns, per lane, the items that
     * join it; only lanes by party move items.
     */
    private Map<String, List<Integer>> moves(BitSet bits, ShownItems shown, Bits.Builder[] masks) {
        Map<String, List<Integer>> joining = new HashMap<>();
        if (shown == null || index.mode != LaneMode.PARTY) {
            return joining;
        }
        for (int k = 0; k < shown.moved().length; k++) {
            int item = shown.moved()[k];
            if (item >= index.size() || !bits.get(item)) {
                continue;
            }
            List<String> own = index.ownLanes(item);
            List<String> now = shown.lanes().get(k).isEmpty() ? LaneIndex.NO_LANE : shown.lanes().get(k);
            for (String key : own) {
                if (!now.contains(key)) {
                    int l = index.lane(key);
                    masks[l].clear(index.position(l, item));
                }
            }
            for (String key : now) {
                if (!own.contains(key)) {
                    joining.computeIfAbsent(key, x -> new ArrayList<>()).add(item);
                }
            }
        }
        return joining;
    }

    /** A lane of the items it shows and those that join it, sorted again (a lane only a filter makes, or grows). */
    private Lane merged(String key, String label, Bits.Builder mask, int lane, List<Integer> joining) {
        List<Integer> members = new ArrayList<>(joining);
        if (mask != null) {
            Bits kept = mask.build();
            for (int p = kept.next(0); p >= 0; p = kept.next(p + 1)) {
                members.add(index.laneItems[lane][p]);
            }
        }
        members.sort(Comparator.comparingLong((Integer i) -> index.starts[i]).thenComparingInt(i -> i));
        int[] sorted = new int[members.size()];
        long[] starts = new long[sorted.length];
        long longest = 0;
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = members.get(k);
            starts[k] = index.starts[sorted[k]];
            longest = Math.max(longest, index.ends[sorted[k]] - starts[k]);
        }
        return new Lane(key, label, sorted, starts, longest, null, shownIndex);
    }

    /** The items shown. */
    public List<TimelineItem> items() { return items; }

    public List<Lane> lanes() { return lanes; }

    public boolean isEmpty() { return items.isEmpty(); }

    /** The index among {@link #items()} of the item with this id, or -1 when there is none or it is not shown. */
    public int indexOf(String id) {
        int i = index.indexOf(id);
        return i < 0 || shownIndex == null ? i : shownIndex[i];
    }

    /**
     * First and last second of the items shown that are not background (history the articles recall), or of all of
     * them when every item is background; null when there are none. This is what the first view of a corpus shows.
     */
    public long[] foregroundExtent() {
        long[] fore = extent(true);
        return fore != null ? fore : extent(false);
    }

    /** First and last second of all items shown; null when there are none. */
    public long[] extent() {
        return extent(false);
    }

    private long[] extent(boolean foregroundOnly) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int count = shownItems == null ? index.size() : shownItems.length;
        for (int k = 0; k < count; k++) {
            int i = shownItems == null ? k : shownItems[k];
            if (!foregroundOnly || !index.background.get(i)) {
                min = Math.min(min, index.starts[i]);
                max = Math.max(max, index.ends[i]);
            }
        }
        return min > max ? null : new long[] {min, max};
    }

    /** The breaks among the items shown ({@link TimeBreaks#between(List)}), read from the index, not the items. */
    public TimeBreaks breaks() {
        return shownItems == null ? index.allBreaks() : TimeBreaks.between(index.starts, index.ends, shownItems);
    }

    /** The items shown in a lane that overlap the real times {@code [from, to]}, as indices into {@link #items()}. */
    int[] overlapping(Lane lane, double from, double to) {
        return lane.overlapping(from, to, index.ends);
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
        return new LaneRows(index, shownIndex, axis, breaks.toReal(zoom.start()), breaks.toReal(zoom.end()), g)
                .frame(lanes, width, height, scrollY);
    }
}
