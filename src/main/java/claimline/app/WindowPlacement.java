package claimline.app;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens, from what the last run remembered: bounds remembered on another (larger, or since
 * unplugged) screen are pulled onto this one. Pure arithmetic, so it is tested without a window. (Remembered dividers
 * need no such care: the split panes keep each pane's minimum size, which MainWindow sets.)
 */
final class WindowPlacement {
    /** The size of a first start, when the screen is large enough for it. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private WindowPlacement() {}

    /**
     * The window's bounds on {@code screen}: the remembered ones moved and shrunk to fit it, or (nothing remembered)
     * the default size centred on it.
     */
    static Rectangle2D bounds(Rectangle2D remembered, Rectangle2D screen) {
        if (remembered == null || !(remembered.getWidth() > 0) || !(remembered.getHeight() > 0)) {
            double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
            double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
            return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        }
        double w = Math.min(remembered.getWidth(), screen.getWidth());
        double h = Math.min(remembered.getHeight(), screen.getHeight());
        double x = clamp(remembered.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(remembered.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
