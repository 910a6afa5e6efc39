package claimline.timeline;

import java.util.List;
import java.util.Optional;

/** One laid-out frame of the timeline: the axis, the visible marks and where each lane starts. */
public record Frame(TimeAxis axis, Geometry geometry, double width, List<Mark> marks, double[] laneTops) {
    public Frame {
        marks = List.copyOf(marks);
        laneTops = laneTops.clone();
    }

    /** The mark under a point, the topmost (last drawn) first. */
    public Optional<Mark> hit(double x, double y) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i).contains(x, y)) {
                return Optional.of(marks.get(i));
            }
        }
        return Optional.empty();
    }

    /** The canvas x of a time. */
    public double x(double epochSecond) {
        return geometry.gutter() + axis.toPixel(epochSecond);
    }
}
