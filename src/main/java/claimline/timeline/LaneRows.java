package claimline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out one frame: in each lane in view, the items of the window packed into rows, and where the rows are full,
 * clusters counting the rest. Reads the starts, ends and ticks from the {@link LaneIndex} and counts a cluster's items
 * from the lane's mask, so a frame costs the number of marks it draws, not the number of events.
 */
final class LaneRows {
    private final LaneIndex index;
    private final int[] shownIndex;
    private final TimeAxis axis;
    private final double from;
    private final double to;
    private final Geometry g;
    private final double[] rowEnd;

    /**
     * @param shownIndex each index's place among the layout's items shown (null: the same)
     * @param from       first real second of the window
     * @param to         last real second of the window
     */
    LaneRows(LaneIndex index, int[] shownIndex, TimeAxis axis, double from, double to, Geometry g) {
        this.index = index;
        this.shownIndex = shownIndex;
        this.axis = axis;
        this.from = from;
        this.to = to;
        this.g = g;
        this.rowEnd = new double[g.rows()];
    }

    Frame frame(List<Lane> lanes, double width, double height, double scrollY) {
        List<Mark> marks = new ArrayList<>();
        double[] laneTops = new double[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            double top = g.axisHeight() + l * g.laneHeight() - scrollY;
            laneTops[l] = top;
            if (top + g.laneHeight() < g.axisHeight() || top > height) {
                continue;
            }
            lane(l, lanes.get(l), top, marks);
        }
        return new Frame(axis, g, width, marks, laneTops);
    }

    /** The marks of one lane for the real times {@code [from, to]} in view. */
    private void lane(int laneIndex, Lane lane, double top, List<Mark> marks) {
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        double clusterY = top + g.rows() * g.rowHeight();
        double cx0 = 0;
        double cx1 = Double.NEGATIVE_INFINITY;
        int count = 0;
        double cFrom = 0;
        double cTo = 0;
        int end = lane.endVisible(to);
        for (int n = lane.nextShown(lane.firstVisible(from), end); n < end; n = lane.nextShown(n + 1, end)) {
            int i = lane.itemAt(n);
            long start = index.starts[i];
            long stop = index.ends[i];
            if (stop < from) {
                continue;
            }
            double x0 = g.gutter() + axis.toPixel(start);
            double x1 = index.ticks.get(i) ? x0 + g.tickWidth()
                    : Math.max(g.gutter() + axis.toPixel(stop), x0 + g.minMarkWidth());
            int row = freeRow(x0);
            if (row >= 0) {
                rowEnd[row] = x1;
                double y0 = top + row * g.rowHeight();
                marks.add(new Mark(laneIndex, row, x0, x1, y0, y0 + g.rowHeight() - 3,
                        shownIndex == null ? i : shownIndex[i], 1, start, stop));
                continue;
            }
            if (count > 0 && x0 <= cx1) {
                count++;
                cx1 = Math.max(cx1, Math.max(x1, cx0 + g.clusterWidth()));
                cTo = Math.max(cTo, stop);
                continue;
            }
            if (count > 0) {
                marks.add(new Mark(laneIndex, g.rows(), cx0, cx1, clusterY, clusterY + g.rowHeight() - 3, -1,
                        count, cFrom, cTo));
            }
            count = 1;
            cx0 = x0;
            cx1 = Math.max(x1, x0 + g.clusterWidth());
            cFrom = start;
            cTo = stop;
            // Every item starting inside this cluster's width joins it: count those shown from the lane's mask
            // instead of visiting each, so a frame costs the number of marks, not the number of events.
            double bucketEnd = axis.toSecond(cx1 - g.gutter());
            int after = Math.min(end, lane.endVisible(bucketEnd));
            if (after > n + 1) {
                int joined = lane.shownBetween(n + 1, after);
                if (joined > 0) {
                    count += joined;
                    cTo = Math.max(cTo, bucketEnd);
                }
                n = after - 1;
            }
        }
        if (count > 0) {
            marks.add(new Mark(laneIndex, g.rows(), cx0, cx1, clusterY, clusterY + g.rowHeight() - 3, -1,
                    count, cFrom, cTo));
        }
    }

    /** The first row whose last mark ends at least 2 px before {@code x0}, or -1. */
    private int freeRow(double x0) {
        for (int r = 0; r < rowEnd.length; r++) {
            if (rowEnd[r] + 2 <= x0) {
                return r;
            }
        }
        return -1;
    }
}
