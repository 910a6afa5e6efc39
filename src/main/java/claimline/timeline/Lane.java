package claimline.timeline;

import java.util.Arrays;

/**
 * One horizontal lane: its items sorted by start, with the longest duration so that the items visible in a window
 * are found by binary search instead of a scan of the whole corpus.
 */
public final class Lane {
    private final String key;
    private final String label;
    private final int[] items;
    private final long[] starts;
    private final long maxDuration;

    Lane(String key, String label, int[] sortedItems, long[] starts, long maxDuration) {
        this.key = key;
        this.label = label;
        this.items = sortedItems;
        this.starts = starts;
        this.maxDuration = maxDuration;
    }

    public String key() { return key; }

    public String label() { return label; }

    public int size() { return items.length; }

    /** Index into the layout's items of the n-th item of this lane in time order. */
    public int item(int n) { return items[n]; }

    /** First position whose item may be visible from {@code from} on (items that start earlier end too soon). */
    int firstVisible(double from) {
        return lowerBound(from - maxDuration);
    }

    /** Position after the last item that starts at or before {@code to}. */
    int endVisible(double to) {
        return lowerBound(Math.floor(to) + 1);
    }

    private int lowerBound(double t) {
        long key = t < Long.MIN_VALUE / 2 ? Long.MIN_VALUE / 2 : t > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) Math.ceil(t);
        int i = Arrays.binarySearch(starts, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == key) {
            i--;
        }
        return i;
    }
}
