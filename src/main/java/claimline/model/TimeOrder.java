package claimline.model;

import java.util.Arrays;
import java.util.List;

/**
 * The order events are shown in: by start, then by id. Sorted as numbers (start and position packed into one long)
 * rather than through a comparator over boxed positions, which cost a third of indexing a corpus of 100,000 events;
 * only events that start at the same second are compared by id. Each event's start is worked out once (it is a
 * calendar computation: a comparator asking for it twice per comparison spent most of preparing 100,000 events in it),
 * and events that already come in this order (as the reader hands them over) are not sorted at all. Ties of start and
 * id keep the order they came in, as a stable sort does.
 */
public final class TimeOrder {
    private TimeOrder() {}

    /** The events by start, then id: the list itself when it is in that order already. */
    public static List<Event> sorted(List<Event> events) {
        int[] order = of(events);
        for (int k = 0; k < order.length; k++) {
            if (order[k] != k) {
                Event[] out = new Event[order.length];
                for (int p = 0; p < order.length; p++) {
                    out[p] = events.get(order[p]);
                }
                return Arrays.asList(out);
            }
        }
        return events;
    }

    /** Positions into {@code events}, in time order. */
    public static int[] of(List<Event> events) {
        long[] starts = new long[events.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = events.get(k).time().startEpochSecond();
        }
        return of(events, starts);
    }

    /** Positions into {@code events}, in time order, their starts already known. */
    public static int[] of(List<Event> events, long[] starts) {
        int n = events.size();
        if (inOrder(events, starts)) {
            int[] same = new int[n];
            for (int k = 0; k < n; k++) {
                same[k] = k;
            }
            return same;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, starts[k]);
            max = Math.max(max, starts[k]);
        }
        int[] order = n == 0 ? new int[0] : byStart(starts, min, max);
        // equal starts (events of the same day) in the order of their ids
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && starts[order[to]] == starts[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                byId(order, from, to, events);
            }
            from = to;
        }
        return order;
    }

    /** Whether the events come by start, then id, already (ids compared only where two starts are equal). */
    private static boolean inOrder(List<Event> events, long[] starts) {
        for (int k = 1; k < starts.length; k++) {
            if (starts[k - 1] > starts[k]
                    || starts[k - 1] == starts[k] && events.get(k - 1).id().compareTo(events.get(k).id()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Positions sorted by start (ties in any order). */
    private static int[] byStart(long[] starts, long min, long max) {
        int n = starts.length;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        boolean packs = max - min >= 0 && (max - min) < (1L << (62 - bits));
        int[] order = new int[n];
        if (packs) {
            long[] keys = new long[n];
            for (int k = 0; k < n; k++) {
                keys[k] = ((starts[k] - min) << bits) | k;
            }
            Arrays.sort(keys);
            long mask = (1L << bits) - 1;
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] & mask);
            }
            return order;
        }
        // starts too far apart to pack with the position (a span of more than about 4,000 years at this size)
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = k;
        }
        Arrays.sort(boxed, (a, b) -> Long.compare(starts[a], starts[b]));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }

    /** The run {@code [from, to)} of events starting at the same second, by id (a run is a day's few events). */
    private static void byId(int[] order, int from, int to, List<Event> events) {
        if (to - from > 32) {
            Integer[] run = new Integer[to - from];
            for (int k = from; k < to; k++) {
                run[k - from] = order[k];
            }
            Arrays.sort(run, (a, b) -> events.get(a).id().compareTo(events.get(b).id()));
            for (int k = from; k < to; k++) {
                order[k] = run[k - from];
            }
            return;
        }
        // insertion sort, stable as the sort above: for a few events cheaper than boxing them for a comparator
        for (int k = from + 1; k < to; k++) {
            int moving = order[k];
            String id = events.get(moving).id();
            int j = k - 1;
            while (j >= from && events.get(order[j]).id().compareTo(id) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = moving;
        }
    }
}
