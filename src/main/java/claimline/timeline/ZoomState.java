package claimline.timeline;

/**
 * The visible window of the timeline, {@code [start, end)} in epoch seconds. Immutable: every zoom or pan returns
 * a new state, so the zoom history is simply a list of them.
 */
public record ZoomState(double start, double end) {
    /** Ten minutes: zooming further would show nothing a minute-precision event does not already show. */
    public static final double MIN_SPAN = 600;
    /** Two hundred years. */
    public static final double MAX_SPAN = 200 * 365.25 * 86400;
    private static final double LIMIT = 1e11; // about year 5000: keeps arithmetic finite

    public ZoomState {
        if (!Double.isFinite(start) || !Double.isFinite(end) || end <= start) {
            throw new IllegalArgumentException("bad zoom window [" + start + ", " + end + ")");
        }
    }

    public double span() { return end - start; }

    public double center() { return (start + end) / 2; }

    public TimeAxis axis(double widthPixels) {
        return axis(widthPixels, TimeBreaks.NONE);
    }

    /** The axis of this window (in display time) at a width, real time turned into display time by the breaks. */
    public TimeAxis axis(double widthPixels, TimeBreaks breaks) {
        return new TimeAxis(start, span() / Math.max(1, widthPixels), breaks);
    }

    /** Zooms by {@code factor} (&gt;1 zooms in) keeping the time under {@code anchorFraction} of the width fixed. */
    public ZoomState zoom(double factor, double anchorFraction) {
        double f = Math.max(0.0, Math.min(1.0, anchorFraction));
        double anchor = start + span() * f;
        double newSpan = clampSpan(span() / factor);
        return clampPosition(anchor - newSpan * f, newSpan);
    }

    public ZoomState panSeconds(double seconds) {
        return clampPosition(start + seconds, span());
    }

    /** Pans by a number of pixels at the given width (positive moves the view later in time). */
    public ZoomState panPixels(double pixels, double widthPixels) {
        return panSeconds(pixels * axis(widthPixels).secondsPerPixel());
    }

    /** The window that shows {@code [from, to)} with a margin of {@code margin} of the span on each side. */
    public static ZoomState fit(double from, double to, double margin) {
        double span = Math.max(to - from, MIN_SPAN);
        double mid = (from + to) / 2;
        double padded = clampSpan(span * (1 + 2 * margin));
        return clampPosition(mid - padded / 2, padded);
    }

    /** The least a window shows around one event: a minute or an hour alone says nothing about what came before. */
    public static final double CONTEXT_SPAN = 86400;

    /**
     * The window to look at {@code [from, to)} in its context: centred on it, the event a third of the width, and at
     * least {@link #CONTEXT_SPAN} wide (a minute-precise event gets the day around it, not 25 minutes).
     */
    public static ZoomState around(double from, double to) {
        double span = clampSpan(Math.max(CONTEXT_SPAN, 3 * Math.max(0, to - from)));
        return clampPosition((from + to) / 2 - span / 2, span);
    }

    /**
     * The window that shows {@code [from, to)} across a width with {@code leftPad} and {@code rightPad} pixels to
     * spare at its ends: what is drawn after the last event's start (its count pill, its badge) stays in view. Falls
     * back to a margin of a twentieth of the span on each side when the width is too small for the pads.
     */
    public static ZoomState fit(double from, double to, double widthPixels, double leftPad, double rightPad) {
        double inner = widthPixels - leftPad - rightPad;
        if (!(inner >= widthPixels / 2) || !(widthPixels > 0)) {
            return fit(from, to, 0.05);
        }
        double span = Math.max(to - from, MIN_SPAN);
        double first = (from + to) / 2 - span / 2;
        double perPixel = span / inner;
        double padded = clampSpan(perPixel * widthPixels);
        return clampPosition(first - leftPad * padded / widthPixels, padded);
    }

    /** Whether {@code [from, to)} intersects the window. */
    public boolean shows(double from, double to) {
        return to >= start && from <= end;
    }

    private static double clampSpan(double span) {
        return Math.max(MIN_SPAN, Math.min(MAX_SPAN, span));
    }

    private static ZoomState clampPosition(double start, double span) {
        double s = Math.max(-LIMIT, Math.min(LIMIT - span, start));
        return new ZoomState(s, s + span);
    }
}
