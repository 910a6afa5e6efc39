package claimline.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the map writes names beside its marks, without a toolkit: greedy label placement, as map makers do it. Each
 * name in turn (the caller gives them most important first) is tried right of its mark, then left, above and below;
 * the first position inside the map that covers no mark, no name already placed and nothing reserved (the
 * attribution, the distance between two versions) is taken. A name that fits nowhere is left out: a name over a
 * neighbour's mark or name, or cut at the map's edge, reads as the wrong place (Gadabay's name ran under Dashkesan's,
 * Husulu's under Lachin's, and names were cut at the right edge).
 */
public final class LabelPlacement {
    /** Where a name goes, in the order they are tried. */
    public enum Side { RIGHT, LEFT, ABOVE, BELOW }

    /** A mark on the map: its centre and the radius it covers (with its halo or ring), in pixels. */
    public record Disc(double x, double y, double r) {}

    /** A rectangle in pixels: its left, top, width and height. */
    public record Box(double x, double y, double w, double h) {
        public boolean intersects(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /** Whether the disc reaches into this box (the nearest point of the box is inside the disc). */
        public boolean intersects(Disc d) {
            double nx = Math.max(x, Math.min(d.x(), x + w));
            double ny = Math.max(y, Math.min(d.y(), y + h));
            return Math.hypot(d.x() - nx, d.y() - ny) < d.r();
        }

        public boolean inside(double width, double height) {
            return x >= 0 && y >= 0 && x + w <= width && y + h <= height;
        }
    }

    /** A name to write beside a mark: the size of what is drawn (the text with its halo) and the mark. */
    public record Wanted(String text, double width, double height, Disc mark) {}

    /** A name placed: on which side of its mark, and the box it covers. */
    public record Placed(String text, Side side, Box box) {}

    /** Pixels between a mark's edge and its name. */
    static final double GAP = 3;

    private final double width;
    private final double height;
    private final List<Disc> marks;
    private final List<Box> taken;
    private final List<Placed> placed = new ArrayList<>();

    /**
     * A map {@code width} × {@code height} pixels with these marks (no name goes over one) and these boxes already
     * covered (no name goes over them).
     */
    public LabelPlacement(double width, double height, List<Disc> marks, List<Box> reserved) {
        this.width = width;
        this.height = height;
        this.marks = List.copyOf(marks);
        this.taken = new ArrayList<>(reserved);
    }

    /** Places a name at the first free side of its mark and keeps it clear of later names; empty: it fits nowhere. */
    public Optional<Placed> place(Wanted label) {
        for (Side side : Side.values()) {
            Optional<Placed> p = placeIfFree(label.text(), side, boxAt(side, label));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * Places a text that belongs to no mark (the distance beside its line) in the first of these boxes that is free,
     * and keeps it clear of later names; empty: none is.
     */
    public Optional<Placed> placeInFirstFree(String text, List<Box> candidates) {
        for (Box box : candidates) {
            Optional<Placed> p = placeIfFree(text, Side.RIGHT, box);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Placed> placeIfFree(String text, Side side, Box box) {
        if (!free(box)) {
            return Optional.empty();
        }
        Placed p = new Placed(text, side, box);
        placed.add(p);
        taken.add(box);
        return Optional.of(p);
    }

    /** The names placed so far, in the order they were. */
    public List<Placed> placed() { return List.copyOf(placed); }

    private static Box boxAt(Side side, Wanted label) {
        Disc m = label.mark();
        double w = label.width();
        double h = label.height();
        return switch (side) {
            case RIGHT -> new Box(m.x() + m.r() + GAP, m.y() - h / 2, w, h);
            case LEFT -> new Box(m.x() - m.r() - GAP - w, m.y() - h / 2, w, h);
            case ABOVE -> new Box(m.x() - w / 2, m.y() - m.r() - GAP - h, w, h);
            case BELOW -> new Box(m.x() - w / 2, m.y() + m.r() + GAP, w, h);
        };
    }

    private boolean free(Box box) {
        if (!box.inside(width, height)) {
            return false;
        }
        for (Disc d : marks) {
            if (box.intersects(d)) {
                return false;
            }
        }
        for (Box b : taken) {
            if (box.intersects(b)) {
                return false;
            }
        }
        return true;
    }
}
