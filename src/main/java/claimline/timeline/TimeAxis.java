package claimline.timeline;

/**
 * The mapping between time (epoch seconds) and horizontal pixels for one frame of the timeline.
 * Pure and immutable, so the control, hit testing and tests all agree on where a time is drawn.
 */
public record TimeAxis(double startSecond, double secondsPerPixel) {
    public TimeAxis {
        if (!(secondsPerPixel > 0) || Double.isInfinite(secondsPerPixel)) {
            throw new IllegalArgumentException("seconds per pixel must be positive: " + secondsPerPixel);
        }
    }

    public double toPixel(double epochSecond) {
        return (epochSecond - startSecond) / secondsPerPixel;
    }

    public double toSecond(double pixel) {
        return startSecond + pixel * secondsPerPixel;
    }

    /** Width in pixels of a span of seconds. */
    public double width(double seconds) {
        return seconds / secondsPerPixel;
    }
}
