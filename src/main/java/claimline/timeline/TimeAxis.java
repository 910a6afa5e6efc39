package claimline.timeline;

/**
 * The mapping between time (epoch seconds) and horizontal pixels for one frame of the timeline. The window starts at
 * display time {@code startSecond} and shows {@code secondsPerPixel} display seconds per pixel; the breaks turn real
 * time into display time (none by default). Pure and immutable, so the control, hit testing and tests all agree on
 * where a time is drawn.
 */
public record TimeAxis(double startSecond, double secondsPerPixel, TimeBreaks breaks) {
    public TimeAxis {
        if (!(secondsPerPixel > 0) || Double.isInfinite(secondsPerPixel)) {
            throw new IllegalArgumentException("seconds per pixel must be positive: " + secondsPerPixel);
        }
        if (breaks == null) {
            breaks = TimeBreaks.NONE;
        }
    }

    public TimeAxis(double startSecond, double secondsPerPixel) {
        this(startSecond, secondsPerPixel, TimeBreaks.NONE);
    }

    /** Pixel of a real time. */
    public double toPixel(double epochSecond) {
        return (breaks.toDisplay(epochSecond) - startSecond) / secondsPerPixel;
    }

    /** Real time at a pixel. */
    public double toSecond(double pixel) {
        return breaks.toReal(startSecond + pixel * secondsPerPixel);
    }

    /** Width in pixels of a span of seconds (outside breaks). */
    public double width(double seconds) {
        return seconds / secondsPerPixel;
    }
}
