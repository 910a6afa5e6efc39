package claimline.app.map;

import claimline.geo.raster.Raster;
import claimline.geo.raster.Sprite;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text the map writes every frame, as alpha masks drawn once by the toolkit: the digits 0–9 (a count on a mark is a
 * few small copies into the frame's raster rather than a text layout and a glyph run for the software renderer; a
 * crowded map writes hundreds of counts a frame) and the attribution line.
 */
final class TextMasks {
    /** One line of text as an alpha mask: width × height bytes, and how far the text advances. */
    record Mask(byte[] alpha, int width, int height, int advance) {}

    private final byte[][] masks = new byte[10][];
    private final int[] widths = new int[10];
    private final int height;
    private final double scale;
    private final Font font;
    /** How much of the plate under the attribution covers the map (of 256): the map still shows through a little. */
    private static final int PLATE_COVERAGE = 224;
    private final Mask attribution;
    private final String attributionText;

    /**
     * The digits of {@code font} and the attribution in it, at {@code scale} device pixels per pixel (HiDPI
     * screens draw at 2).
     */
    TextMasks(Font font, String attribution, double scale) {
        this.scale = scale;
        this.font = Font.font(font.getFamily(), font.getSize() * scale);
        int h = 1;
        for (int d = 0; d < 10; d++) {
            Mask m = mask(Integer.toString(d));
            masks[d] = m.alpha();
            widths[d] = m.advance();
            h = m.height();
        }
        height = h;
        this.attribution = mask(attribution);
        attributionText = attribution;
    }

    /** A line of text in this font as a mask (drawn by the toolkit into a transparent picture). */
    private Mask mask(String text) {
        Text t = new Text(text.isEmpty() ? " " : text);
        t.setFont(font);
        t.setFill(Color.BLACK);
        SnapshotParameters clear = new SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        WritableImage image = t.snapshot(clear, null);
        Bounds b = t.getLayoutBounds();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        byte[] alpha = new byte[w * h];
        PixelReader px = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                alpha[y * w + x] = (byte) (px.getArgb(x, y) >>> 24);
            }
        }
        return new Mask(alpha, w, h, Math.max(1, Math.min(w, (int) Math.round(b.getWidth()))));
    }

    /** Whether these are the masks for this attribution at this scale. */
    boolean fits(String text, double ratio) {
        return scale == ratio && text.equals(attributionText);
    }

    /**
     * Writes the attribution with its bottom right corner at (right, bottom), in device pixels, on a plate of
     * {@code plate} that reaches the picture's bottom right corner: the borders and coasts under it show only
     * faintly, so they do not run through the letters.
     */
    void attribution(Raster r, double right, double bottom, int argb, int plate) {
        int left = (int) Math.round(right - attribution.advance() - 3 * scale);
        int top = (int) Math.round(bottom - attribution.height() - scale);
        for (int y = Math.max(0, top); y < r.height(); y++) {
            for (int x = Math.max(0, left); x < r.width(); x++) {
                r.blend(x, y, plate, PLATE_COVERAGE);
            }
        }
        if (attributionSprite == null || attributionColour != argb) {
            attributionSprite = Sprite.ofMask(attribution.alpha(), attribution.width(), attribution.height(), argb);
            attributionColour = argb;
        }
        r.sprite(attributionSprite, (int) Math.round(right - attribution.advance()),
                (int) Math.round(bottom - attribution.height()));
    }

    /**
     * What the attribution and its plate cover, in pixels of the canvas, written with its bottom right corner
     * {@code right} and {@code bottom} pixels from the edges of a map {@code w} × {@code h}: no name goes there.
     */
    LabelPlacement.Box attributionBox(double w, double h, double right, double bottom) {
        double left = w - right - (attribution.advance() + 3 * scale) / scale;
        double top = h - bottom - (attribution.height() + scale) / scale;
        return new LabelPlacement.Box(left, top, w - left, h - top);
    }

    /** Writes a number centred on (cx, cy), in device pixels, in a colour. */
    void draw(Raster r, int number, double cx, double cy, int argb) {
        if (digitColour != argb || digits[0] == null) {
            for (int d = 0; d < 10; d++) {
                digits[d] = Sprite.ofMask(masks[d], masks[d].length / height, height, argb);
            }
            digitColour = argb;
        }
        int n = Math.max(0, number);
        int power = 1;
        while (power <= n / 10) {
            power *= 10;
        }
        int width = 0;
        for (int p = power; p > 0; p /= 10) {
            width += widths[n / p % 10];
        }
        int x = (int) Math.round(cx - width / 2.0);
        int y = (int) Math.round(cy - height / 2.0);
        for (int p = power; p > 0; p /= 10) {
            int d = n / p % 10;
            r.sprite(digits[d], x, y);
            x += widths[d];
        }
    }

    /** The digits and the attribution as sprites in the colour last asked for. */
    private final Sprite[] digits = new Sprite[10];
    private int digitColour;
    private Sprite attributionSprite;
    private int attributionColour;
}
