package claimline.app.timeline;

import claimline.timeline.Frame;
import claimline.timeline.Geometry;
import claimline.timeline.TimelineLayout;
import claimline.timeline.ZoomState;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The whole timeline as a picture for reports: every lane with its name (not only those scrolled into view) at the
 * zoom shown, a little more time on the right so that nothing drawn at the edge is cut, a caption on top (the lines
 * the caller gives: what is shown, the filters) and the legend below. As PNG (an off-screen canvas) or as SVG text,
 * both drawn by the same painter as the screen.
 */
public final class TimelineExport {
    private static final double PAD = 10;
    private static final double CAPTION_LINE = 18;
    private static final double LEGEND_ROW = 18;
    /** Time added on the right, in pixels at the current zoom: room for a count pill or badge at the edge. */
    static final double EXTRA_RIGHT = 48;
    private static final Font CAPTION_TITLE = Font.font("System", FontWeight.BOLD, 13);
    private static final Font CAPTION = Font.font("System", 12);
    private static final Font LEGEND = Font.font("System", 11);

    /** How an export is laid out: its size, where the timeline starts below the caption, and the timeline's frame. */
    public record Layout(double width, double height, List<CaptionLine> caption, double captionHeight,
                         double timelineHeight, Frame frame, int legendRows) {}

    /** A line of the caption as drawn (the caller's lines wrapped at the picture's width); the first says what it is. */
    public record CaptionLine(String text, boolean title) {}

    private TimelineExport() {}

    /** Lays out the export of what the control shows now. */
    public static Layout layout(TimelineView view, List<String> caption) {
        Geometry geo = view.geometry();
        Frame shown = view.lastFrame();
        double shownWidth = shown == null ? 1200 : shown.width();
        double timeWidth = Math.max(1, shownWidth - geo.gutter());
        ZoomState z = view.zoomProperty().get();
        ZoomState wider = new ZoomState(z.start(), z.end() + EXTRA_RIGHT * z.span() / timeWidth);
        double width = shownWidth + EXTRA_RIGHT;
        TimelineLayout layout = view.layoutProperty().get();
        double timelineHeight = layout == null || layout.isEmpty() ? 160 : layout.contentHeight(geo) + 4;
        Frame f = layout == null ? null : layout.frame(wider, view.breaksProperty().get(), geo, width, timelineHeight, 0);
        List<CaptionLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < caption.size(); i++) {
            for (String part : wrap(caption.get(i), i == 0 ? CAPTION_TITLE : CAPTION, width - 2 * PAD)) {
                lines.add(new CaptionLine(part, i == 0));
            }
        }
        double captionHeight = PAD + lines.size() * CAPTION_LINE + PAD / 2;
        int rows = legendRows(legendEntries(view), width);
        return new Layout(width, captionHeight + timelineHeight + rows * LEGEND_ROW + PAD, List.copyOf(lines),
                captionHeight, timelineHeight, f, rows);
    }

    /** A line of text broken between words so that each part fits a width in a font. */
    private static List<String> wrap(String text, Font font, double width) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, font) > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        out.add(line.toString());
        return out;
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The export as an image. */
    public static WritableImage png(TimelineView view, List<String> caption) {
        Layout l = layout(view, caption);
        Canvas canvas = new Canvas(Math.ceil(l.width()), Math.ceil(l.height()));
        draw(new CanvasSketch(canvas.getGraphicsContext2D()), view, l);
        return canvas.snapshot(null, null);
    }

    /** The export as an SVG document. */
    public static String svg(TimelineView view, List<String> caption) {
        Layout l = layout(view, caption);
        SvgSketch svg = new SvgSketch(Math.ceil(l.width()), Math.ceil(l.height()));
        draw(svg, view, l);
        return svg.document();
    }

    private static void draw(Sketch g, TimelineView view, Layout l) {
        TimelinePalette p = view.darkProperty().get() ? TimelinePalette.DARK : TimelinePalette.LIGHT;
        g.setFill(p.background());
        g.fillRect(0, 0, l.width(), l.height());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < l.caption().size(); i++) {
            CaptionLine line = l.caption().get(i);
            g.setFont(line.title() ? CAPTION_TITLE : CAPTION);
            g.setFill(line.title() ? p.text() : p.mutedText());
            g.fillText(line.text(), PAD, PAD + (i + 0.5) * CAPTION_LINE);
        }
        g.save();
        g.translate(0, l.captionHeight());
        g.clipRect(0, 0, l.width(), l.timelineHeight());
        TimelineLayout layout = view.layoutProperty().get();
        if (l.frame() != null) {
            TimelinePainter.paint(g, layout, l.frame(), l.width(), l.timelineHeight(), p, null,
                    view.reportLinksProperty().get(), view.displayOffsetProperty().get(), view.emptyTextProperty().get(), view.words());
        }
        g.restore();
        legend(g, legendEntries(view), p, l.captionHeight() + l.timelineHeight(), l.width());
    }

    /** One entry of the legend: how its symbol is drawn, and its words. */
    private enum Symbol { SWATCH, BADGE, DASHED, TICK, LINK, NOTE }

    private record Entry(Symbol symbol, Color color, String text, double width) {}

    /** The type colours and the marks' meanings, as on screen. */
    private static List<Entry> legendEntries(TimelineView view) {
        TimelineWords words = view.words();
        List<Entry> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Color> e : TimelinePalette.types().entrySet()) {
            out.add(entry(Symbol.SWATCH, e.getValue(), words.type(e.getKey())));
        }
        out.add(entry(Symbol.BADGE, null, words.get("legend.contested")));
        out.add(entry(Symbol.DASHED, null, words.get("legend.inferred")));
        out.add(entry(Symbol.TICK, null, words.get("legend.exact")));
        out.add(entry(Symbol.SWATCH, Color.gray(0.6, 0.45), words.get("legend.history")));
        if (view.reportLinksProperty().get().reports()) {
            out.add(entry(Symbol.LINK, null, words.get("legend.reported")));
            if (!view.noteProperty().get().isEmpty()) {
                out.add(entry(Symbol.NOTE, null, view.noteProperty().get()));
            }
        }
        return out;
    }

    private static Entry entry(Symbol symbol, Color color, String text) {
        return new Entry(symbol, color, text, 16 + width(text, LEGEND) + 14);
    }

    /** Rows the legend takes at a width (it wraps like the legend under the screen's timeline). */
    private static int legendRows(List<Entry> entries, double width) {
        int rows = 1;
        double x = PAD;
        for (Entry e : entries) {
            if (x + e.width() > width - PAD && x > PAD) {
                rows++;
                x = PAD;
            }
            x += e.width();
        }
        return rows;
    }

    private static void legend(Sketch g, List<Entry> entries, TimelinePalette p, double top, double width) {
        double x = PAD;
        double y = top + LEGEND_ROW / 2 + 4;
        g.setFont(LEGEND);
        g.setTextBaseline(VPos.CENTER);
        for (Entry e : entries) {
            if (x + e.width() > width - PAD && x > PAD) {
                x = PAD;
                y += LEGEND_ROW;
            }
            switch (e.symbol()) {
                case SWATCH -> {
                    g.setFill(e.color());
                    g.fillRoundRect(x, y - 5, 12, 10, 4, 4);
                }
                case BADGE -> {
                    g.setFill(p.badge());
                    g.fillOval(x + 2, y - 4, 8, 8);
                }
                case DASHED -> {
                    g.setStroke(p.mutedText());
                    g.setLineWidth(1);
                    g.setLineDashes(3, 3);
                    g.strokeRoundRect(x + 0.5, y - 4.5, 11, 9, 3, 3);
                    g.setLineDashes((double[]) null);
                }
                case TICK -> {
                    g.setFill(p.mutedText());
                    g.fillRect(x + 4, y - 5, 3, 10);
                }
                case LINK -> {
                    g.setFill(p.mutedText());
                    g.fillOval(x - 1, y - 2.5, 5, 5);
                    g.setStroke(p.mutedText());
                    g.setLineWidth(1);
                    g.strokeLine(x + 1.5, y + 0.5, x + 9, y + 0.5);
                    g.fillRect(x + 9, y - 5, 3, 10);
                }
                case NOTE -> {
                    g.setFill(p.badge());
                    g.fillText("!", x + 4, y);
                }
            }
            g.setFill(p.mutedText());
            g.fillText(e.text(), x + 16, y);
            x += e.width();
        }
    }
}
