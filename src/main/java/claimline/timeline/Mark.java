package claimline.timeline;

/**
 * Something drawn in one frame: an item in a lane row, or a cluster of items too dense to draw one by one.
 * Coordinates are canvas pixels.
 *
 * @param item      index of the item in the layout, or -1 for a cluster
 * @param count     number of items a cluster stands for (1 for an item)
 * @param fromSecond start of the time the mark covers (a cluster zooms in on {@code [fromSecond, toSecond)})
 */
public record Mark(int lane, int row, double x0, double x1, double y0, double y1, int item, int count,
                   double fromSecond, double toSecond) {
    public boolean isCluster() { return item < 0; }

    public boolean contains(double x, double y) {
        return x >= x0 - 2 && x <= x1 + 2 && y >= y0 && y <= y1;
    }
}
