package claimline.app.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Sketching on a canvas: each operation is the graphics context's own, but for stamps ({@link Stamps}). */
final class CanvasSketch implements Sketch {
    private final GraphicsContext g;
    private final Stamps stamps;
    private Color fill = Color.BLACK;
    private Font font = Font.getDefault();
    private TextAlignment textAlign = TextAlignment.LEFT;
    private VPos textBaseline = VPos.BASELINE;
    private final java.util.Deque<Color> saved = new java.util.ArrayDeque<>();
    private Object regionKey;
    private javafx.scene.image.Image regionImage;

    CanvasSketch(GraphicsContext g) {
        this(g, new Stamps());
    }

    /** A sketch sharing another's stamps (an offscreen region of the same canvas). */
    private CanvasSketch(GraphicsContext g, Stamps stamps) {
        this.g = g;
        this.stamps = stamps;
    }

    @Override
    public void setFill(Color c) {
        fill = c;
        g.setFill(c);
    }

    @Override public void setStroke(Color c) { g.setStroke(c); }

    @Override public void setLineWidth(double w) { g.setLineWidth(w); }

    @Override public void setLineDashes(double... dashes) { g.setLineDashes(dashes); }

    @Override public void setLineCap(StrokeLineCap cap) { g.setLineCap(cap); }

    @Override
    public void setFont(Font f) {
        font = f;
        g.setFont(f);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        textAlign = align;
        g.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        textBaseline = baseline;
        g.setTextBaseline(baseline);
    }

    @Override public void fillRect(double x, double y, double w, double h) { g.fillRect(x, y, w, h); }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void region(Object key, double x, double y, double w, double h, java.util.function.Consumer<Sketch> draw) {
        if (regionImage == null || !key.equals(regionKey)) {
            javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(Math.ceil(w), Math.ceil(h));
            CanvasSketch offscreen = new CanvasSketch(c.getGraphicsContext2D(), stamps);
            offscreen.translate(-x, -y);
            draw.accept(offscreen);
            regionImage = c.snapshot(null, null);
            regionKey = key;
        }
        g.drawImage(regionImage, x, y);
    }

    @Override
    public void fillRoundRectStamp(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.drawImage(stamps.roundRect(fill, w, h, arcWidth, arcHeight), Math.round(x), Math.round(y));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override public void strokeLine(double x0, double y0, double x1, double y1) { g.strokeLine(x0, y0, x1, y1); }

    @Override public void fillOval(double x, double y, double w, double h) { g.fillOval(x, y, w, h); }

    @Override public void strokeOval(double x, double y, double w, double h) { g.strokeOval(x, y, w, h); }

    @Override public void fillText(String text, double x, double y) { g.fillText(text, x, y); }

    @Override
    public void fillCount(String text, double x, double y) {
        if (textAlign != TextAlignment.LEFT || textBaseline != VPos.CENTER || !Stamps.stampsCharacters(text)) {
            g.fillText(text, x, y);
            return;
        }
        double at = x;
        for (int k = 0; k < text.length(); k++) {
            Stamps.Glyph glyph = stamps.glyph(font, fill, text.charAt(k));
            g.drawImage(glyph.image(), Math.round(at) - Stamps.Glyph.PAD, glyph.top(y));
            at += glyph.advance();
        }
    }

    @Override public void beginPath() { g.beginPath(); }

    @Override public void moveTo(double x, double y) { g.moveTo(x, y); }

    @Override public void lineTo(double x, double y) { g.lineTo(x, y); }

    @Override public void stroke() { g.stroke(); }

    @Override
    public void save() {
        saved.push(fill);
        g.save();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override public void translate(double x, double y) { g.translate(x, y); }

    @Override
    public void restore() {
        fill = saved.isEmpty() ? fill : saved.pop();
        g.restore();
    }
}
