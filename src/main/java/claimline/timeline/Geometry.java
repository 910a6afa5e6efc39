package claimline.timeline;

/**
 * Fixed sizes of the timeline drawing, in pixels.
 *
 * @param axisHeight   height of the time axis at the top
 * @param gutter       width of the lane labels on the left; time starts right of it
 * @param rowHeight    height of one row of marks
 * @param rows         rows of marks per lane before items overflow into clusters
 * @param laneGap      space between lanes
 * @param minMarkWidth narrowest span mark, so a day stays visible when zoomed out
 * @param tickWidth    width of a tick mark (minute precision)
 * @param clusterWidth width of the buckets overflowing items are counted in
 */
public record Geometry(double axisHeight, double gutter, double rowHeight, int rows, double laneGap,
                       double minMarkWidth, double tickWidth, double clusterWidth) {
    public static final Geometry DEFAULT = new Geometry(40, 120, 18, 3, 8, 6, 3, 36);

    /** Height of a lane: its rows plus the row for clusters. */
    public double laneHeight() {
        return (rows + 1) * rowHeight + laneGap;
    }
}
