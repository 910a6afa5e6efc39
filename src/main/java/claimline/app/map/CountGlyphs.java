package claimline.app.map;

import claimline.geo.raster.Raster;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The digits 0–9 of a font as alpha masks, each drawn once by the toolkit, so a count on a mark is a few small
 * copies into the frame's raster rather than a text layout and a glyph run for the software renderer (a crowded
 * map writes hundreds of counts a frame).
 */
final class CountGlyphs {
    private final byte[][] masks = new byte[10][];
    private final int[] widths = new int[10];
    private final int height;
    private final double scale;

    /** The digits of {@code font} at {@code scale} device pixels per pixel (HiDPI screens draw at 2). */
    CountGlyphs(Font font, double scale) {
        this.scale = scale;
        Font scaled = Font.font(font.getFamily(), font.getSize() * scale);
        SnapshotParameters clear = new SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        int h = 1;
        for (int d = 0; d < 10; d++) {
            Text t = new Text(Integer.toString(d));
            t.setFont(scaled);
            t.setFill(Color.BLACK);
            WritableImage image = t.snapshot(clear, null);
            Bounds b = t.getLayoutBounds();
            int w = (int) image.getWidth();
            h = (int) image.getHeight();
            byte[] mask = new byte[w * h];
            PixelReader px = image.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    mask[y * w + x] = (byte) (px.getArgb(x, y) >>> 24);
                }
            }
            masks[d] = mask;
            widths[d] = Math.max(1, Math.min(w, (int) Math.round(b.getWidth())));
        }
        height = h;
    }

    double scale() { return scale; }

    /** Writes a number centred on (cx, cy), in device pixels, in a colour (no state: bands draw at once). */
    void draw(Raster r, int number, double cx, double cy, int rgb) {
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
            r.mask(masks[d], masks[d].length / height, height, x, y, rgb);
            x += widths[d];
        }
    }
}
