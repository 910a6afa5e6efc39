package claimline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Long empty stretches of the time axis collapsed into short marked breaks, so that bursts of events far apart in
 * time are all readable at once: two days of fighting in November 2021 and a week in September 2022 each get a
 * fair share of the width instead of two slivers at the ends of a year of nothing.
 *
 * <p>It maps real time (epoch seconds) to display time, the seconds along an axis with the breaks taken out, and back.
 * Before the first break display time is real time; after a break it is shifted by what the break took out; inside a
 * break real time is squeezed linearly into the break's short length (an event moved there later is still drawn, in
 * the break). Zoom windows ({@link ZoomState}) are in display time. Pure and immutable.
 */
public final class TimeBreaks {
    /** No breaks: display time is real time. */
    public static final TimeBreaks NONE = new TimeBreaks(new double[0], new double[0], 0);
    /** A stretch shorter than this is never collapsed: a quiet fortnight is part of the story. */
    public static final double MIN_GAP = 30 * 86400.0;
    /** A stretch is collapsed when it would take more than this share of the axis that is left. */
    static final double MAX_SHARE = 0.1;
    /** Each break is drawn this share of the events' own time long (so about as wide at any scale)... */
    static final double BREAK_SHARE = 0.05;
    /** ...and at least an hour. */
    static final double MIN_BREAK = 3600;

    /** One collapsed stretch: real {@code [from, to)}, shown as display {@code [displayFrom, displayTo)}. */
    public record Break(double from, double to, double displayFrom, double displayTo) {}

    private final double[] from;
    private final double[] to;
    private final double[] displayFrom;
    private final double length;

    private TimeBreaks(double[] from, double[] to, double length) {
        this.from = from;
        this.to = to;
        this.length = length;
        this.displayFrom = new double[from.length];
        double removed = 0;
        for (int i = 0; i < from.length; i++) {
            displayFrom[i] = from[i] - removed;
            removed += to[i] - from[i] - length;
        }
    }

    /**
     * The breaks for a set of moments (when events start, and end when they are short): the longest empty stretches
     * between them, longest first, as long as each is at least {@link #MIN_GAP} and more than {@link #MAX_SHARE} of
     * the axis the stretches already collapsed leave.
     */
    public static TimeBreaks between(double[] moments) {
        double[] t = moments.clone();
        Arrays.sort(t);
        if (t.length < 2 || !(t[t.length - 1] - t[0] > MIN_GAP)) {
            return NONE;
        }
        // Only a gap of at least MIN_GAP can be chosen: sort those few, not every gap between 100,000 moments.
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < t.length - 1; i++) {
            if (t[i + 1] - t[i] >= MIN_GAP) {
                gaps.add(i);
            }
        }
        gaps.sort((a, b) -> Double.compare(t[b + 1] - t[b], t[a + 1] - t[a]));
        double left = t[t.length - 1] - t[0];
        List<Integer> chosen = new ArrayList<>();
        for (int g : gaps) {
            double gap = t[g + 1] - t[g];
            if (gap < MIN_GAP || gap <= MAX_SHARE * left) {
                break; // the gaps are longest first, and what is left only shrinks: no later one qualifies
            }
            chosen.add(g);
            left -= gap;
        }
        if (chosen.isEmpty()) {
            return NONE;
        }
        chosen.sort(null);
        double[] from = new double[chosen.size()];
        double[] to = new double[chosen.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = t[chosen.get(i)];
            to[i] = t[chosen.get(i) + 1];
        }
        return new TimeBreaks(from, to, Math.max(MIN_BREAK, BREAK_SHARE * left));
    }

    /** The breaks among timeline items: their starts, and their ends when they are shorter than a break would be. */
    public static TimeBreaks between(List<TimelineItem> items) {
        long[] starts = new long[items.size()];
        long[] ends = new long[items.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = items.get(i).startSecond();
            ends[i] = items.get(i).endSecond();
        }
        return between(starts, ends, null);
    }

    /** {@link #between(List)} for the items {@code which} (null: all) of these starts and ends. */
    static TimeBreaks between(long[] starts, long[] ends, int[] which) {
        int count = which == null ? starts.length : which.length;
        double[] moments = new double[count * 2];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = which == null ? k : which[k];
            moments[n++] = starts[i];
            // The end of a year or a month is no event: a bar spanning a quiet year must not keep that year open.
            if (ends[i] - starts[i] < MIN_GAP) {
                moments[n++] = ends[i];
            }
        }
        return between(Arrays.copyOf(moments, n));
    }

    public boolean isEmpty() { return from.length == 0; }

    public List<Break> breaks() {
        List<Break> out = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            out.add(new Break(from[i], to[i], displayFrom[i], displayFrom[i] + length));
        }
        return out;
    }

    /** Display time of a real time. */
    public double toDisplay(double real) {
        int i = lastAtOrBefore(from, real);
        if (i < 0) {
            return real;
        }
        if (real < to[i]) {
            return displayFrom[i] + (real - from[i]) / (to[i] - from[i]) * length;
        }
        return displayFrom[i] + length + (real - to[i]);
    }

    /** Real time of a display time. */
    public double toReal(double display) {
        int i = lastAtOrBefore(displayFrom, display);
        if (i < 0) {
            return display;
        }
        double into = display - displayFrom[i];
        if (into < length) {
            return from[i] + into / length * (to[i] - from[i]);
        }
        return to[i] + (into - length);
    }

    /** Index of the last value at or before {@code t}, or -1. */
    private static int lastAtOrBefore(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** A window shown with these breaks, as it is shown with {@code other}: the same real times at its edges. */
    public ZoomState convert(ZoomState z, TimeBreaks other) {
        double a = other.toDisplay(toReal(z.start()));
        double b = other.toDisplay(toReal(z.end()));
        return b > a ? new ZoomState(a, b) : z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeBreaks b && Arrays.equals(from, b.from) && Arrays.equals(to, b.to) && length == b.length;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(from) + Arrays.hashCode(to);
    }

    @Override
    public String toString() {
        return "TimeBreaks" + breaks();
    }
}
