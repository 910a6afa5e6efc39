package claimline.viewmodel;

import claimline.model.EventType;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The facts a filter tests, for every event by its position in time order, in flat arrays and bit sets: the events
 * of each type, those contested, their starts and ends, and the events each actor is involved in. A filter change then
 * combines bit sets ({@link EventFilter#shownIn}) instead of visiting 100,000 events scattered over the heap.
 */
final class EventColumns {
    private final int size;
    private final BitSet[] ofType;
    private final BitSet contested;
    private final long[] starts;
    private final long[] ends;
    private final int[][] ofActor;

    private EventColumns(int size, BitSet[] ofType, BitSet contested, long[] starts, long[] ends, int[][] ofActor) {
        this.size = size;
        this.ofType = ofType;
        this.contested = contested;
        this.starts = starts;
        this.ends = ends;
        this.ofActor = ofActor;
    }

    /** The columns filled event by event, in any order, each at its position in time order. */
    static final class Builder {
        private final int size;
        private final BitSet[] ofType = new BitSet[EventType.values().length];
        private final BitSet contested = new BitSet();
        private final long[] starts;
        private final long[] ends;
        private int[][] ofActor = new int[16][];
        private int[] counts = new int[16];

        Builder(int size) {
            this.size = size;
            starts = new long[size];
            ends = new long[size];
            for (int t = 0; t < ofType.length; t++) {
                ofType[t] = new BitSet(size);
            }
        }

        void add(int position, ModelIndex.Info info) {
            starts[position] = info.start();
            ends[position] = info.end();
            ofType[info.type().ordinal()].set(position);
            if (info.contested()) {
                contested.set(position);
            }
            for (int n : info.involvedNumbers()) {
                if (n >= counts.length) {
                    ofActor = Arrays.copyOf(ofActor, Math.max(n + 1, counts.length * 2));
                    counts = Arrays.copyOf(counts, ofActor.length);
                }
                int[] list = ofActor[n];
                if (list == null || counts[n] == list.length) {
                    ofActor[n] = list == null ? new int[8] : Arrays.copyOf(list, list.length * 2);
                }
                ofActor[n][counts[n]++] = position;
            }
        }

        /** @param actors the number of actor numbers handed out */
        EventColumns build(int actors) {
            int[][] lists = new int[actors][];
            for (int a = 0; a < actors; a++) {
                lists[a] = a < ofActor.length && ofActor[a] != null ? Arrays.copyOf(ofActor[a], counts[a]) : new int[0];
                Arrays.sort(lists[a]); // the events came in the order they were read
            }
            return new EventColumns(size, ofType, contested, starts, ends, lists);
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
