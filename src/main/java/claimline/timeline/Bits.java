package claimline.timeline;

import java.util.BitSet;

/**
 * A fixed set of positions {@code [0, size)} that answers "how many are set before here" in constant time (a count
 * kept per word of 64), so that a lane counts the items shown in a cluster without visiting them. Immutable.
 */
final class Bits {
    private final long[] words;
    private final int[] before;
    private final int count;

    private Bits(long[] words) {
        this.words = words;
        this.before = new int[words.length + 1];
        for (int w = 0; w < words.length; w++) {
            before[w + 1] = before[w] + Long.bitCount(words[w]);
        }
        this.count = before[words.length];
    }

    /** The positions {@code p < size} set in a bit set. */
    static Bits of(BitSet set, int size) {
        long[] w = java.util.Arrays.copyOf(set.toLongArray(), (size + 63) >>> 6);
        if ((size & 63) != 0 && w.length > 0) {
            w[w.length - 1] &= (1L << (size & 63)) - 1;
        }
        return new Bits(w);
    }

    /** Positions being set one by one, in any order, then frozen. */
    static final class Builder {
        private final long[] words;

        Builder(int size) {
            words = new long[(size + 63) >>> 6];
        }

        void set(int p) {
            words[p >>> 6] |= 1L << p;
        }

        void clear(int p) {
            words[p >>> 6] &= ~(1L << p);
        }

        Bits build() {
            return new Bits(words);
        }
    }

    boolean get(int p) {
        return (words[p >>> 6] & (1L << p)) != 0;
    }

    /** Number of positions set. */
    int count() {
        return count;
    }

    /** Number of positions set in {@code [0, p)}. */
    int rank(int p) {
        int w = p >>> 6;
        if (w >= words.length) {
            return count;
        }
        return before[w] + Long.bitCount(words[w] & ((1L << p) - 1));
    }

    /** Number of positions set in {@code [from, to)}. */
    int count(int from, int to) {
        return to <= from ? 0 : rank(to) - rank(from);
    }

    /** The first position set at or after {@code p}, or -1. */
    int next(int p) {
        int w = p >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long word = words[w] & (-1L << p);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** The position of the {@code k}-th set position (from 0); {@code k} must be below {@link #count()}. */
    int select(int k) {
        int lo = 0;
        int hi = words.length - 1;
        while (lo < hi) { // the last word whose count before is at most k
            int mid = (lo + hi + 1) >>> 1;
            if (before[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long word = words[lo];
        for (int skip = k - before[lo]; skip > 0; skip--) {
            word &= word - 1;
        }
        return (lo << 6) + Long.numberOfTrailingZeros(word);
    }
}
