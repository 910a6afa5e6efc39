package claimline.app.timeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Sketching into SVG 1.1 text: each operation becomes an element with the current fill, stroke and font. Plain
 * string building is enough for the handful of shapes the timeline uses (rectangles, rounded rectangles, ellipses,
 * lines, text), so no SVG library is needed. Numbers are written with a dot whatever the locale.
 */
final class SvgSketch implements Sketch {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> openGroups = new ArrayDeque<>();
    private final StringBuilder path = new StringBuilder();
    private final double width;
    private final double height;
    private int clips;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private StrokeLineCap cap = StrokeLineCap.SQUARE;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;

    SvgSketch(double width, double height) {
        this.width = width;
        this.height = height;
        openGroups.push(0);
    }

    /** The finished document. */
    String document() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n").append(out);
        for (int open : openGroups) {
            doc.append("</g>\n".repeat(open));
        }
        return doc.append("</svg>\n").toString();
    }

    @Override public void setFill(Color c) { fill = c; }

    @Override public void setStroke(Color c) { stroke = c; }

    @Override public void setLineWidth(double w) { lineWidth = w; }

    @Override public void setLineDashes(double... d) { dashes = d == null || d.length == 0 ? null : d.clone(); }

    @Override public void setLineCap(StrokeLineCap c) { cap = c; }

    @Override public void setFont(Font f) { font = f; }

    @Override public void setTextAlign(TextAlignment a) { align = a; }

    @Override public void setTextBaseline(VPos b) { baseline = b; }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fillAttributes()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight, fillAttributes());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight, " fill=\"none\"" + strokeAttributes());
    }

    private void roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight, String paint) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(arcWidth / 2)).append("\" ry=\"")
                .append(n(arcHeight / 2)).append('"').append(paint).append("/>\n");
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        out.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y0)).append("\" x2=\"").append(n(x1))
                .append("\" y2=\"").append(n(y1)).append('"').append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, fillAttributes());
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, " fill=\"none\"" + strokeAttributes());
    }

    private void oval(double x, double y, double w, double h, String paint) {
        out.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2)).append("\" rx=\"")
                .append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append('"').append(paint).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        // Shifted from the vertical centre or top to the alphabetic baseline by hand: renderers disagree on
        // dominant-baseline, not on this.
        double baselineY = baseline == VPos.CENTER ? y + 0.35 * font.getSize()
                : baseline == VPos.TOP ? y + 0.8 * font.getSize() : y;
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baselineY)).append("\" font-family=\"")
                .append(escape(font.getFamily())).append(", sans-serif\" font-size=\"").append(n(font.getSize()))
                .append('"');
        if (font.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            out.append(" font-weight=\"bold\"");
        }
        if (align == TextAlignment.CENTER) {
            out.append(" text-anchor=\"middle\"");
        } else if (align == TextAlignment.RIGHT) {
            out.append(" text-anchor=\"end\"");
        }
        out.append(fillAttributes()).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    @Override
    public void stroke() {
        out.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\"").append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void save() {
        openGroups.push(0);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n")
                .append("<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups.push(openGroups.pop() + 1);
    }

    @Override
    public void translate(double x, double y) {
        out.append("<g transform=\"translate(").append(n(x)).append(' ').append(n(y)).append(")\">\n");
        openGroups.push(openGroups.pop() + 1);
    }

    @Override
    public void restore() {
        if (openGroups.size() > 1) {
            for (int g = openGroups.pop(); g > 0; g--) {
                out.append("</g>\n");
            }
        }
    }

    private String fillAttributes() {
        return " fill=\"" + hex(fill) + "\"" + (fill.getOpacity() < 1 ? " fill-opacity=\"" + n(fill.getOpacity()) + "\"" : "");
    }

    private String strokeAttributes() {
        StringBuilder b = new StringBuilder(" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"")
                .append(n(lineWidth)).append('"');
        if (stroke.getOpacity() < 1) {
            b.append(" stroke-opacity=\"").append(n(stroke.getOpacity())).append('"');
        }
        if (dashes != null) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                b.append(i == 0 ? "" : " ").append(n(dashes[i]));
            }
            b.append('"');
        }
        if (cap == StrokeLineCap.ROUND) {
            b.append(" stroke-linecap=\"round\"");
        }
        return b.toString();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Text as XML character data: markup characters escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
