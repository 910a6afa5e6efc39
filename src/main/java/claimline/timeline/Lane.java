package claimline.timeline;

/**
 * One horizontal lane: its items sorted by start, with the longest duration so that the items visible in a window
 * are found by binary search instead of a scan of the whole corpus, and the mask of those a filter shows (counted
 * per word, so that a cluster's items are counted without visiting them).
 */
public final class Lane {
    private final String key;
    private final String label;
    private final int[] items;
    private final long[] starts;
    private final long longest;
    private final Bits shown;
    private final int[] shownIndex;

    /**
     * @param items      indices into the layout's index of the lane's items, by start
     * @param shown      which positions of the lane are shown; null: all
     * @param shownIndex each index's place among the layout's items shown; null: the same number
     */
    Lane(String key, String label, int[] items, long[] starts, long longest, Bits shown, int[] shownIndex) {
        this.key = key;
        this.label = label;
        this.items = items;
        this.starts = starts;
        this.longest = longest;
        this.shown = shown;
        this.shownIndex = shownIndex;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** The number of items shown in the lane. */
    public int size() { return shown == null ? items.length : shown.count(); }

    /** Index into the layout's items of the n-th item shown in this lane, in time order. */
    public int item(int n) {
        int i = items[shown == null ? n : shown.select(n)];
        return shownIndex == null ? i : shownIndex[i];
    }

    /**
     * The items shown in this lane that overlap the real times {@code [from, to]}, as indices into the layout's items,
     * by start: a binary search for the window, widened by the lane's longest item so that one starting before the
     * window is found, then the positions shown.
     */
    int[] overlapping(double from, double to, long[] ends) {
        int end = endVisible(to);
        int[] out = new int[Math.max(0, end - firstVisible(from))];
        int n = 0;
        for (int p = nextShown(firstVisible(from), end); p < end; p = nextShown(p + 1, end)) {
            if (ends[items[p]] >= from) {
                out[n++] = shownIndex == null ? items[p] : shownIndex[items[p]];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The index-space item at a position (shown or not). */
    int itemAt(int position) {
        return items[position];
    }

    /** First position whose item may be visible from {@code from} on (items that start earlier end too soon). */
    int firstVisible(double from) {
        return lowerBound(from - longest);
    }

    /** Position after the last item that starts at or before {@code to}. */
    int endVisible(double to) {
        return lowerBound(Math.floor(to) + 1);
    }

    /** The first shown position at or after {@code p} (before {@code end}), or {@code end}. */
    int nextShown(int p, int end) {
        if (shown == null || p >= end) {
            return Math.min(p, end);
        }
        int q = shown.next(p);
        return q < 0 || q > end ? end : q;
    }

    /** Shown positions in {@code [from, to)}. */
    int shownBetween(int from, int to) {
        return shown == null ? Math.max(0, to - from) : shown.count(from, to);
    }

    private int lowerBound(double t) {
        long key = t < Long.MIN_VALUE / 2 ? Long.MIN_VALUE / 2 : t > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) Math.ceil(t);
        return LaneIndex.lowerBound(starts, key);
    }
}
