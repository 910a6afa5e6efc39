package claimline.app.timeline;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing operations the timeline is painted with, named as on a canvas's {@code GraphicsContext}: one painter
 * draws the screen ({@link CanvasSketch}) and the exported SVG ({@link SvgSketch}), so an export shows exactly what
 * the screen does.
 */
interface Sketch {
    void setFill(Color c);

    void setStroke(Color c);

    void setLineWidth(double w);

    /** Dash lengths for strokes; null for solid lines. */
    void setLineDashes(double... dashes);

    void setLineCap(StrokeLineCap cap);

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    /**
     * A rounded rectangle of the current fill that a frame draws many times at this size (a cluster's pill): a
     * canvas stamps it from an image made once, at whole pixels (a rounded outline is a path the software rasteriser
     * fills slowly); an SVG writes it as any other.
     */
    default void fillRoundRectStamp(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    /**
     * Draws, with {@code draw}, an opaque region that stays the same as long as {@code key} is equal (the lane names
     * beside the lanes, while the view pans and zooms): a canvas keeps it as an image and stamps it instead of
     * writing its text again every frame; an SVG just draws it.
     */
    default void region(Object key, double x, double y, double w, double h, java.util.function.Consumer<Sketch> draw) {
        draw.accept(this);
    }

    void strokeLine(double x0, double y0, double x1, double y1);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillText(String text, double x, double y);

    /**
     * A short text of the current font and fill that a frame writes hundreds of times, left-aligned on a centred
     * baseline (a cluster's count, "+12"): a canvas stamps its characters from images made once, as writing text
     * costs the software rasteriser a layout of it each time; an SVG writes it as any other text.
     */
    default void fillCount(String text, double x, double y) {
        fillText(text, x, y);
    }

    /** Starts a path of straight segments, for {@link #stroke()}. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void stroke();

    /** Keeps what follows, up to {@link #restore()}, inside a rectangle. */
    void save();

    void clipRect(double x, double y, double w, double h);

    void translate(double x, double y);

    void restore();
}
