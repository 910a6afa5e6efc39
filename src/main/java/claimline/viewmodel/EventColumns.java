package claimline.viewmodel;

import claimline.model.EventType;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The facts a filter tests, for every event by its position in time order, in flat arrays and bit sets: the events
 * of each type, those contested, their starts and ends, and the events each actor is involved in. A filter change then
 * combines bit sets ({@link EventFilter#shownIn}) instead of visiting 100,000 events scattered over the heap.
 */
final class EventColumns {
    private final int size;
    private final BitSet[] ofType = new BitSet[EventType.values().length];
    private final BitSet contested = new BitSet();
    private final long[] starts;
    private final long[] ends;
    private final int[][] ofActor;

    /** @param actors the number of actor numbers handed out */
    EventColumns(List<ModelIndex.Info> inTimeOrder, int actors) {
        size = inTimeOrder.size();
        starts = new long[size];
        ends = new long[size];
        for (int t = 0; t < ofType.length; t++) {
            ofType[t] = new BitSet(size);
        }
        int[] counts = new int[actors];
        for (int p = 0; p < size; p++) {
            ModelIndex.Info info = inTimeOrder.get(p);
            starts[p] = info.start();
            ends[p] = info.end();
            ofType[info.type().ordinal()].set(p);
            if (info.contested()) {
                contested.set(p);
            }
            for (int n : info.involvedNumbers()) {
                counts[n]++;
            }
        }
        ofActor = new int[actors][];
        for (int a = 0; a < actors; a++) {
            ofActor[a] = new int[counts[a]];
        }
        Arrays.fill(counts, 0);
        for (int p = 0; p < size; p++) {
            for (int n : inTimeOrder.get(p).involvedNumbers()) {
                ofActor[n][counts[n]++] = p;
            }
        }
    }

    int size() {
        return size;
    }

    BitSet ofType(EventType t) {
        return ofType[t.ordinal()];
    }

    BitSet contested() {
        return contested;
    }

    long start(int p) {
        return starts[p];
    }

    long end(int p) {
        return ends[p];
    }

    /** First position whose event starts after {@code t}. */
    int startingAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int actors() {
        return ofActor.length;
    }

    /** Positions of the events the actor with this number is involved in, ascending. */
    int[] ofActor(int actor) {
        return ofActor[actor];
    }
}
