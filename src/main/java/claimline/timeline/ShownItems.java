package claimline.timeline;

import java.util.BitSet;
import java.util.List;

/**
 * Which of a timeline's items a filter lets through, and the lanes of those it moves: an item whose actors are partly
 * hidden is drawn only in the lanes of the actors still shown. A filter change gives a new value of this, and the
 * layout masks the lanes it has already sorted instead of laying every item out again.
 *
 * @param items the indices (into the timeline's items) of the items shown
 * @param moved indices of shown items drawn in other lanes than their own, ascending
 * @param lanes the lane keys of each moved item, in the order of {@code moved} (none: the lane of no party)
 */
public record ShownItems(BitSet items, int[] moved, List<List<String>> lanes) {
    public ShownItems {
        items = (BitSet) items.clone();
        moved = moved.clone();
        lanes = List.copyOf(lanes);
        if (moved.length != lanes.size()) {
            throw new IllegalArgumentException(moved.length + " items moved, lanes for " + lanes.size());
        }
        for (int k = 1; k < moved.length; k++) {
            if (moved[k - 1] >= moved[k]) {
                throw new IllegalArgumentException("moved items out of order at " + k);
            }
        }
    }

    /** The first {@code count} items, each in its own lanes. */
    public static ShownItems all(int count) {
        BitSet b = new BitSet(count);
        b.set(0, count);
        return new ShownItems(b, new int[0], List.of());
    }

    /** These items, each in its own lanes. */
    public static ShownItems of(BitSet items) {
        return new ShownItems(items, new int[0], List.of());
    }
}
