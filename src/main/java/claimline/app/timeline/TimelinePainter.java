package claimline.app.timeline;

import claimline.timeline.AxisTicks;
import claimline.timeline.Frame;
import claimline.timeline.Geometry;
import claimline.timeline.Lane;
import claimline.timeline.Mark;
import claimline.timeline.ReportLinks;
import claimline.timeline.TimeBreaks;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws one laid-out frame on a canvas or into SVG: lanes, the axis, breaks, marks with their badges, and clusters. */
final class TimelinePainter {
    private static final Font LABEL = Font.font("System", 12);
    private static final Font LANE = Font.font("System", FontWeight.BOLD, 12);
    private static final Font SMALL = Font.font("System", 10);
    private static final double[] DASH = {3, 3};

    private TimelinePainter() {}

    static void paint(Sketch g, TimelineLayout layout, Frame f, double width, double height,
                      TimelinePalette p, String selectedId, ZoneOffset offset, String emptyText, TimelineWords words) {
        paint(g, layout, f, width, height, p, selectedId, ReportLinks.NONE, offset, emptyText, words);
    }

    /**
     * With reports ({@code links} other than {@link ReportLinks#NONE}): each report mark is joined to its happening by
     * a thin line, and selecting an event marks all its reports.
     */
    static void paint(Sketch g, TimelineLayout layout, Frame f, double width, double height,
                      TimelinePalette p, String selectedId, ReportLinks links, ZoneOffset offset, String emptyText,
                      TimelineWords words) {
        Geometry geo = f.geometry();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        if (layout == null || layout.isEmpty()) {
            g.setFill(p.mutedText());
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(emptyText, width / 2, height / 2);
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        lanes(g, layout, f, width, height, p);
        breaks(g, f, width, height, p);
        axis(g, f, width, height, p, offset, words);
        int selected = selectedId == null ? -1 : layout.indexOf(selectedId);
        g.save();
        g.clipRect(geo.gutter(), geo.axisHeight(), width - geo.gutter(), height - geo.axisHeight());
        connectors(g, links.connectors(f, layout), p, selectedId);
        for (Mark m : f.marks()) {
            if (m.isCluster()) {
                cluster(g, m, p, geo.clusterWidth());
            } else {
                TimelineItem it = layout.items().get(m.item());
                boolean chosen = m.item() == selected
                        || (selectedId != null && links.reports() && selectedId.equals(links.selectionOf(it.id())));
                mark(g, m, it, p, chosen);
            }
        }
        g.restore();
        laneLabels(g, layout, f, height, p, words, links.reports() ? "lane.reports" : "lane.events");
    }

    private static void lanes(Sketch g, TimelineLayout layout, Frame f, double width, double height,
                              TimelinePalette p) {
        Geometry geo = f.geometry();
        for (int l = 0; l < layout.lanes().size(); l++) {
            double top = f.laneTops()[l];
            if (top > height || top + geo.laneHeight() < geo.axisHeight()) {
                continue;
            }
            if (l % 2 == 1) {
                g.setFill(p.laneAlternate());
                g.fillRect(0, Math.max(top, geo.axisHeight()), width, geo.laneHeight());
            }
        }
    }

    /**
     * Marks each collapsed stretch of time with a torn line across the axis and the lanes, so that nobody reads the
     * distance across it as time.
     */
    private static void breaks(Sketch g, Frame f, double width, double height, TimelinePalette p) {
        Geometry geo = f.geometry();
        g.setStroke(p.gridMajor());
        g.setLineWidth(1);
        for (TimeBreaks.Break b : f.axis().breaks().breaks()) {
            double mid = Math.floor((f.x(b.from()) + f.x(b.to())) / 2) + 0.5;
            if (mid < geo.gutter() || mid > width) {
                continue;
            }
            g.setFill(p.background());
            g.fillRect(mid - 3, 0, 6, height);
            g.beginPath();
            g.moveTo(mid, 2);
            boolean right = true;
            for (double y = 2; y < height; y += 5) {
                g.lineTo(mid + (right ? 2.5 : -2.5), Math.min(height, y + 5));
                right = !right;
            }
            g.stroke();
        }
    }

    /**
     * A thin line from each report back to the moment its event happened, with a dot there; those of the selected
     * event stronger. A report on the happening's own pixel has no line to draw.
     */
    private static void connectors(Sketch g, List<ReportLinks.Connector> connectors, TimelinePalette p,
                                   String selectedId) {
        for (ReportLinks.Connector c : connectors) {
            if (c.length() < 3) {
                continue;
            }
            boolean chosen = c.event().equals(selectedId);
            Color line = chosen ? p.selection() : TimelinePalette.faded(p.mutedText(), 0.55);
            g.setStroke(line);
            g.setLineWidth(chosen ? 1.6 : 1);
            g.setLineDashes(null);
            double y = Math.floor(c.y()) + 0.5;
            g.strokeLine(c.xFrom(), y, c.xTo(), y);
            g.setFill(line);
            g.fillOval(c.xFrom() - 2.5, y - 2.5, 5, 5);
        }
    }

    /**
     * What the lane names and counts beside the lanes look like: while it is the same, the canvas stamps them. The
     * count's words ({@code countKey}: events, or reports when they were reported) are part of it, so that switching
     * modes redraws the stamp.
     */
    private record Gutter(List<Lane> lanes, double firstTop, double height, TimelinePalette palette,
                          java.util.Locale locale, Geometry geometry, String countKey) {}

    private static void laneLabels(Sketch g, TimelineLayout layout, Frame f, double height,
                                   TimelinePalette p, TimelineWords words, String countKey) {
        Geometry geo = f.geometry();
        double firstTop = f.laneTops().length == 0 ? 0 : f.laneTops()[0];
        g.region(new Gutter(layout.lanes(), firstTop, height, p, words.locale(), geo, countKey), 0, geo.axisHeight(),
                geo.gutter(), height - geo.axisHeight(), s -> drawLaneLabels(s, layout, f, height, p, words, countKey));
    }

    private static void drawLaneLabels(Sketch g, TimelineLayout layout, Frame f, double height,
                                       TimelinePalette p, TimelineWords words, String countKey) {
        Geometry geo = f.geometry();
        g.setTextBaseline(VPos.CENTER); // a stamp is drawn on a sketch of its own, which has no state of the frame's
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.background());
        g.fillRect(0, geo.axisHeight(), geo.gutter() - 1, height - geo.axisHeight());
        g.setStroke(p.gridMajor());
        g.setLineWidth(1);
        g.strokeLine(geo.gutter() - 0.5, geo.axisHeight(), geo.gutter() - 0.5, height);
        for (int l = 0; l < layout.lanes().size(); l++) {
            double top = f.laneTops()[l];
            if (top < geo.axisHeight() - 1 || top > height) {
                continue;
            }
            Lane lane = layout.lanes().get(l);
            g.setFont(LANE);
            g.setFill(p.text());
            g.fillText(clip(lane.label(), 16), 8, top + geo.rowHeight() / 2 + 2);
            g.setFont(SMALL);
            g.setFill(p.mutedText());
            g.fillText(words.laneCount(countKey, lane.size()), 8, top + geo.rowHeight() * 1.5 + 2);
        }
    }

    private static void axis(Sketch g, Frame f, double width, double height, TimelinePalette p,
                             ZoneOffset offset, TimelineWords words) {
        Geometry geo = f.geometry();
        g.setFont(LABEL);
        g.setLineWidth(1);
        java.util.List<AxisTicks.Tick> ticks = AxisTicks.ticks(f.axis(), width - geo.gutter(), offset, 90,
                words.locale());
        // Labels go on one row, or on two when two stretches between breaks open close together.
        boolean twoRows = ticks.stream().anyMatch(t -> t.row() > 0);
        for (AxisTicks.Tick t : ticks) {
            double x = Math.floor(f.x(t.epochSecond())) + 0.5;
            // the pixel column a 1 px line through x covers, ends squared off: the same pixels as stroking it,
            // without the rasteriser's path work (a quarter of a frame, with two dozen lines the canvas high)
            g.setFill(t.major() ? p.gridMajor() : p.grid());
            g.fillRect(x - 0.5, geo.axisHeight() - 8.5, 1, height - geo.axisHeight() + 9);
            g.setFill(t.major() ? p.text() : p.mutedText());
            double y = !twoRows ? geo.axisHeight() / 2 - 2 : t.row() == 0 ? geo.axisHeight() / 2 - 9 : geo.axisHeight() / 2 + 5;
            g.fillText(t.label(), x + 4, y);
        }
        g.setStroke(p.gridMajor());
        g.strokeLine(0, geo.axisHeight() - 0.5, width, geo.axisHeight() - 0.5);
        g.setFill(p.mutedText());
        g.setFont(SMALL);
        g.fillText(offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId(), 8, geo.axisHeight() / 2 - 2);
    }

    private static void mark(Sketch g, Mark m, TimelineItem it, TimelinePalette p, boolean selected) {
        Color c = it.background() ? TimelinePalette.historyColor(it.type()) : TimelinePalette.typeColor(it.type());
        double w = m.x1() - m.x0();
        double h = m.y1() - m.y0();
        // Narrow marks are plain rectangles: rounded corners and ovals are paths the software rasteriser fills
        // slowly, and at this width nobody sees the curve.
        boolean narrow = w < 10;
        if (it.tick()) {
            g.setFill(c);
            g.fillRect(m.x0(), m.y0(), w, h);
            g.fillRect(m.x0() - 1, m.y0() - 1, w + 2, 3);
        } else if (narrow) {
            g.setFill(it.uncertain() ? TimelinePalette.faded(c, 0.45) : c);
            g.fillRect(m.x0(), m.y0(), w, h);
        } else if (it.uncertain()) {
            g.setFill(TimelinePalette.faded(c, 0.28));
            g.fillRoundRect(m.x0(), m.y0(), w, h, 6, 6);
            g.setStroke(c);
            g.setLineWidth(1.2);
            g.setLineDashes(DASH);
            g.strokeRoundRect(m.x0() + 0.5, m.y0() + 0.5, w - 1, h - 1, 6, 6);
            g.setLineDashes(null);
        } else {
            g.setFill(c);
            g.fillRoundRect(m.x0(), m.y0(), w, h, 6, 6);
        }
        if (w > 40 && !it.tick()) {
            g.setFont(SMALL);
            g.setFill(it.uncertain() || it.background() ? p.text() : Color.WHITE);
            g.fillText(clip(it.title(), (int) (w / 6)), m.x0() + 4, m.y0() + h / 2);
        }
        if (it.contested()) {
            double bx = it.tick() ? m.x1() + 3 : m.x1() - 3;
            g.setFill(p.badge());
            if (narrow) {
                g.fillRect(bx - 2.5, m.y0() - 2, 5, 5);
            } else {
                g.fillOval(bx - 4, m.y0() - 3, 8, 8);
                g.setStroke(p.background());
                g.setLineWidth(1);
                g.setLineDashes(null);
                g.strokeOval(bx - 4, m.y0() - 3, 8, 8);
            }
        }
        if (selected) {
            g.setStroke(p.selection());
            g.setLineWidth(2.5);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokeRoundRect(m.x0() - 2, m.y0() - 2, w + 4, h + 4, 8, 8);
        }
    }

    private static void cluster(Sketch g, Mark m, TimelinePalette p, double standardWidth) {
        double w = m.x1() - m.x0();
        double h = m.y1() - m.y0();
        g.setFill(p.cluster());
        if (w == standardWidth) {
            g.fillRoundRectStamp(m.x0(), m.y0(), w, h, h, h); // most pills: a cluster of narrow marks
        } else {
            g.fillRoundRect(m.x0(), m.y0(), w, h, h, h);
        }
        g.setFill(p.clusterText());
        g.setFont(SMALL);
        g.fillCount(count(m.count()), m.x0() + 5, m.y0() + h / 2);
    }

    private static final String[] COUNTS = new String[4096];

    /** "+12": made once per number (a frame writes hundreds), not per cluster and frame. */
    private static String count(int n) {
        if (n < 0 || n >= COUNTS.length) {
            return "+" + n;
        }
        String s = COUNTS[n];
        if (s == null) {
            s = "+" + n;
            COUNTS[n] = s;
        }
        return s;
    }

    private static String clip(String s, int chars) {
        if (s == null) {
            return "";
        }
        return s.length() <= chars ? s : s.substring(0, Math.max(1, chars - 1)) + "…";
    }
}
