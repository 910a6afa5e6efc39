package claimline.geo.raster;

import java.util.Arrays;

/**
 * An opaque picture in memory, one int per pixel (0xAARRGGBB with alpha always 0xff, so premultiplied and straight
 * are the same), drawn by plain Java with antialiasing: spans, thin lines, discs and rings, alpha masks. The map
 * draws its thousands of shapes here and hands the toolkit one picture per frame. JavaFX's software pipeline costs
 * tens of microseconds for every shape it rasterises (and a whole canvas row for a path as wide as the canvas);
 * here a disc costs its few hundred pixels. Colours are 0xAARRGGBB (0xff alpha: opaque; a translucent colour is
 * blended by its alpha); coverage is 0..256.
 */
public final class Raster {
    public static final int FULL = 256;
    private final int width;
    private final int height;
    private final int[] pixels;

    public Raster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        pixels = new int[this.width * this.height];
    }

    /** Wraps an array of at least width × height pixels (the toolkit's image shares it). */
    public Raster(int width, int height, int[] pixels) {
        if (width < 1 || height < 1 || pixels.length < width * height) {
            throw new IllegalArgumentException("raster " + width + "x" + height + " on " + pixels.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The pixels, row by row (shared, not copied). */
    public int[] pixels() { return pixels; }

    /** The pixel at (x, y) as 0xAARRGGBB. */
    public int get(int x, int y) { return pixels[y * width + x]; }

    /** Paints every pixel in a colour (as opaque: the picture has no transparency). */
    public void fill(int rgb) { Arrays.fill(pixels, 0, width * height, 0xff000000 | rgb); }

    /** Blends a colour into one pixel by a coverage of 0..256 (times the colour's own alpha). */
    public void blend(int x, int y, int rgb, int coverage) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            blendAt(y * width + x, rgb, coverage);
        }
    }

    void blendAt(int i, int argb, int coverage) {
        pixels[i] = mix(pixels[i], argb, coverage);
    }

    /** An opaque pixel with a colour blended over it by a coverage of 0..256 (times the colour's own alpha). */
    static int mix(int under, int argb, int coverage) {
        int a = alphaOf(argb);
        int c = a == FULL ? coverage : coverage * a >> 8;
        if (c >= FULL) {
            return 0xff000000 | argb;
        } else if (c <= 0) {
            return under;
        }
        // red and blue in one multiplication, green in another: the channels do not overflow into each other
        int keep = FULL - c;
        int rb = ((argb & 0xff00ff) * c + (under & 0xff00ff) * keep) >>> 8 & 0xff00ff;
        int g = ((argb & 0xff00) * c + (under & 0xff00) * keep) >>> 8 & 0xff00;
        return 0xff000000 | rb | g;
    }

    /** A colour's alpha as 0..256. */
    private static int alphaOf(int argb) {
        int a = argb >>> 24;
        return a == 0xff ? FULL : a;
    }

    /** A ring only: a circle of radius r stroked {@code lineWidth} wide. */
    public void ring(double cx, double cy, double r, double lineWidth, int rgb) {
        double outer = r + lineWidth / 2 + 0.5;
        double inner = Math.max(0, r - lineWidth / 2 - 0.5);
        int y0 = Math.max(0, (int) Math.floor(cy - outer));
        int y1 = Math.min(height - 1, (int) Math.floor(cy + outer));
        int x0 = Math.max(0, (int) Math.floor(cx - outer));
        int x1 = Math.min(width - 1, (int) Math.floor(cx + outer));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d2 = dx * dx + dy * dy;
                if (d2 < outer * outer && d2 > inner * inner) {
                    blendAt(y * width + x, rgb, coverage(lineWidth / 2 + 0.5 - Math.abs(Math.sqrt(d2) - r)));
                }
            }
        }
    }

    /** 0..1 as 0..256. */
    static int coverage(double fraction) {
        return fraction <= 0 ? 0 : fraction >= 1 ? FULL : (int) (fraction * FULL);
    }

    /**
     * A sprite with its top left corner at (x, y): its opaque runs copied, its soft pixels blended over what is
     * there (premultiplied), its transparent ones left alone.
     */
    public void sprite(Sprite s, int x, int y) {
        int[] src = s.argb();
        int sw = s.width();
        int[] runs = s.runs();
        for (int i = 0; i < runs.length; i += 3) {
            int row = y + runs[i];
            int from = Math.max(0, x + runs[i + 1]);
            int to = Math.min(width, x + runs[i + 2]);
            if (row >= 0 && row < height && from < to) {
                System.arraycopy(src, runs[i] * sw + from - x, pixels, row * width + from, to - from);
            }
        }
        int[] sx = s.softX();
        int[] sy = s.softY();
        int[] sp = s.softArgb();
        boolean inside = x >= 0 && y >= 0 && x + sw <= width && y + s.height() <= height;
        for (int i = 0; i < sp.length; i++) {
            int px = x + sx[i];
            int py = y + sy[i];
            if (inside || px >= 0 && py >= 0 && px < width && py < height) {
                int at = py * width + px;
                pixels[at] = under(sp[i], pixels[at]);
            }
        }
    }

    /** A premultiplied pixel over an opaque one: what shows through is what is there times one minus alpha. */
    private static int under(int p, int d) {
        int a = p >>> 24;
        int keep = 256 - a - (a >> 7);
        int rb = (d & 0xff00ff) * keep >>> 8 & 0xff00ff;
        int g = (d & 0xff00) * keep >>> 8 & 0xff00;
        return 0xff000000 | (p & 0xffffff) + (rb | g);
    }

    /**
     * A straight line {@code lineWidth} wide (about a pixel: coasts and borders), antialiased across its width: for
     * each pixel column (or row, if steeper) the part of the line's cross-section over each pixel. The last pixel
     * is left to the next segment of a polyline, so joints are not drawn twice. Clipped to the raster first, so a
     * segment far off screen costs nothing.
     */
    public void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb) {
        if (!(inside(x0, y0) && inside(x1, y1))) {
            double[] c = clip(x0, y0, x1, y1, lineWidth + 1);
            if (c == null) {
                return;
            }
            x0 = c[0];
            y0 = c[1];
            x1 = c[2];
            y1 = c[3];
        }
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            lineAlong(y0, x0, y1, x1, lineWidth, rgb, true);
        } else {
            lineAlong(x0, y0, x1, y1, lineWidth, rgb, false);
        }
    }

    private boolean inside(double x, double y) { return x >= 0 && y >= 0 && x <= width && y <= height; }

    private final double[] clipped = new double[4];
    private double clipFrom;
    private double clipTo;

    /** Liang–Barsky: the part of the segment within the raster and a margin, or null if none. */
    private double[] clip(double x0, double y0, double x1, double y1, double margin) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        clipFrom = 0;
        clipTo = 1;
        if (!clipSide(-dx, x0 + margin) || !clipSide(dx, width + margin - x0) || !clipSide(-dy, y0 + margin)
                || !clipSide(dy, height + margin - y0)) {
            return null;
        }
        clipped[0] = x0 + clipFrom * dx;
        clipped[1] = y0 + clipFrom * dy;
        clipped[2] = x0 + clipTo * dx;
        clipped[3] = y0 + clipTo * dy;
        return clipped;
    }

    private boolean clipSide(double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            clipFrom = Math.max(clipFrom, t);
        } else {
            clipTo = Math.min(clipTo, t);
        }
        return clipFrom <= clipTo;
    }

    /** A line along its major axis u (x, or y when steep) with the minor axis v; u0..u1 half open. */
    private void lineAlong(double u0, double v0, double u1, double v1, double lineWidth, int rgb, boolean steep) {
        int limitU = steep ? height : width;
        int limitV = steep ? width : height;
        double du = u1 - u0;
        double k = du == 0 ? 0 : (v1 - v0) / du;
        double half = lineWidth * Math.sqrt(1 + k * k) / 2;
        int from = (int) Math.ceil(Math.min(u0, u1) - 0.5);
        int to = (int) Math.ceil(Math.max(u0, u1) - 0.5);
        if (from == to && du == 0) {
            to = from + 1; // a dot: one pixel still shows where the line is
        }
        for (int u = Math.max(0, from); u < Math.min(limitU, to); u++) {
            double v = v0 + (u + 0.5 - u0) * k;
            double top = v - half;
            double bottom = v + half;
            for (int p = Math.max(0, (int) Math.floor(top)); p <= Math.min(limitV - 1, (int) Math.floor(bottom)); p++) {
                int cov = coverage(Math.min(bottom, p + 1) - Math.max(top, p));
                if (steep) {
                    blendAt(u * width + p, rgb, cov);
                } else {
                    blendAt(p * width + u, rgb, cov);
                }
            }
        }
    }
}
