package claimline.app.timeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Shapes a frame draws hundreds of times at one size, drawn once into an image each: copying an image costs the
 * software rasteriser a fraction of filling the same rounded outline again (a frame of 100,000 events has about 300
 * cluster pills), or of laying out and writing the same few characters again (the pills' counts: a quarter of
 * rasterising such a frame). The images are made on the FX thread, as the frames are drawn; the last few sizes are
 * kept, and the characters of counts in each font and colour.
 */
final class Stamps {
    private static final int KEPT = 16;
    private final Map<Key, Image> images = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(Color fill, double w, double h, double arcWidth, double arcHeight) {}

    /** The characters counts are written in: few enough to keep one image of each per font and colour. */
    private static final String COUNT_CHARACTERS = "+0123456789";
    private final Map<GlyphKey, Glyph> glyphs = new HashMap<>();

    private record GlyphKey(Font font, Color fill, char c) {}

    /**
     * One character as the canvas writes it, left-aligned on a centred baseline at whole pixels: its image (with
     * {@link #PAD} pixels of room left of the origin, for a glyph that overhangs it), the row of the image the
     * baseline's centre is on, and how far the next character starts.
     */
    record Glyph(Image image, int centre, double baseline, double advance) {
        static final int PAD = 2;

        /** The image's top for a character written at {@code y}: where the canvas rounds the baseline to. */
        long top(double y) {
            return Math.round(y + baseline) - Math.round(centre + baseline);
        }
    }

    /** Whether every character of a text can be stamped ({@link #glyph}). */
    static boolean stampsCharacters(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (COUNT_CHARACTERS.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** A character of a count in a font and colour, written once onto a transparent ground. */
    Glyph glyph(Font font, Color fill, char c) {
        return glyphs.computeIfAbsent(new GlyphKey(font, fill, c), k -> {
            Text measure = new Text(String.valueOf(c));
            measure.setFont(font);
            double advance = measure.getLayoutBounds().getWidth();
            int height = (int) Math.ceil(measure.getLayoutBounds().getHeight()) + 2 * Glyph.PAD;
            int centre = height / 2;
            Canvas canvas = new Canvas(Math.ceil(advance) + 2 * Glyph.PAD, height);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFont(font);
            g.setFill(fill);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(String.valueOf(c), Glyph.PAD, centre);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            // how far below the centre the canvas puts the baseline of centred text: where it rounds it to
            double baseline = measure.getBaselineOffset() - measure.getLayoutBounds().getHeight() / 2;
            return new Glyph(canvas.snapshot(transparent, null), centre, baseline, advance);
        });
    }

    /** A rounded rectangle of this fill and size, anti-aliased as the canvas draws it, on a transparent ground. */
    Image roundRect(Color fill, double w, double h, double arcWidth, double arcHeight) {
        return images.computeIfAbsent(new Key(fill, w, h, arcWidth, arcHeight), k -> {
            Canvas c = new Canvas(Math.ceil(w), Math.ceil(h));
            GraphicsContext g = c.getGraphicsContext2D();
            g.setFill(fill);
            g.fillRoundRect(0, 0, w, h, arcWidth, arcHeight);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            return c.snapshot(transparent, null);
        });
    }
}
