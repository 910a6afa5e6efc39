package claimline.geo.raster;

/**
 * A small picture with transparency, drawn once and then copied wherever it goes: width × height pixels, row by
 * row, premultiplied 0xAARRGGBB (a pixel of alpha 0xff is copied as it is, a transparent one skipped, the edge in
 * between blended). The map's marks are sprites: a disc with its halo costs one copy of its pixels, not a square
 * root and two blends for each pixel of its edge.
 */
public final class Sprite {
    private final int width;
    private final int height;
    private final int[] argb;
    /**
     * For each row, where its visible pixels start and end, and its opaque middle within them (copied as a block;
     * only the soft ends between are blended, the transparent corners not even looked at).
     */
    private final int[] visibleFrom;
    private final int[] visibleTo;
    private final int[] solidFrom;
    private final int[] solidTo;

    public Sprite(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("sprite " + width + "x" + height + " of " + argb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        visibleFrom = new int[height];
        visibleTo = new int[height];
        solidFrom = new int[height];
        solidTo = new int[height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int v0 = 0;
            while (v0 < width && argb[row + v0] == 0) {
                v0++;
            }
            int v1 = width;
            while (v1 > v0 && argb[row + v1 - 1] == 0) {
                v1--;
            }
            int a = v0;
            while (a < v1 && argb[row + a] >>> 24 != 0xff) {
                a++;
            }
            int b = a;
            while (b < v1 && argb[row + b] >>> 24 == 0xff) {
                b++;
            }
            visibleFrom[y] = v0;
            visibleTo[y] = v1;
            solidFrom[y] = a;
            solidTo[y] = b;
        }
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The pixels, premultiplied, row by row (shared). */
    public int[] argb() { return argb; }

    int visibleFrom(int row) { return visibleFrom[row]; }

    int visibleTo(int row) { return visibleTo[row]; }

    int solidFrom(int row) { return solidFrom[row]; }

    int solidTo(int row) { return solidTo[row]; }

    /**
     * A disc of radius r in {@code fill} with a ring {@code ringWidth} wide on its edge in {@code ring} (0: none),
     * antialiased as {@link Raster#disc} draws it, centred on the corner between the sprite's four middle pixels
     * (the sprite is an even number of pixels wide).
     */
    public static Sprite disc(double r, int fill, double ringWidth, int ring) {
        double ringHalf = Math.max(0, ringWidth / 2);
        double outer = r + ringHalf;
        int half = (int) Math.ceil(outer + 0.5);
        int size = 2 * half;
        int[] px = new int[size * size];
        for (int y = 0; y < size; y++) {
            double dy = y + 0.5 - half;
            for (int x = 0; x < size; x++) {
                double dx = x + 0.5 - half;
                double d = Math.sqrt(dx * dx + dy * dy);
                int under = ringHalf > 0 ? premultiplied(ring, Raster.coverage(outer + 0.5 - d)) : 0;
                int over = premultiplied(fill, Raster.coverage(r - ringHalf + 0.5 - d));
                px[y * size + x] = over(over, under);
            }
        }
        return new Sprite(size, size, px);
    }

    /** A colour (0xAARRGGBB, not premultiplied) at a coverage of 0..256, premultiplied. */
    static int premultiplied(int argb, int coverage) {
        int a = (argb >>> 24) * coverage >> 8;
        if (a == 0) {
            return 0;
        }
        int r = (argb >> 16 & 0xff) * a / 255;
        int g = (argb >> 8 & 0xff) * a / 255;
        int b = (argb & 0xff) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** Premultiplied {@code top} over premultiplied {@code below}. */
    static int over(int top, int below) {
        int a = top >>> 24;
        if (a == 0xff || below == 0) {
            return top;
        }
        int keep = 256 - a - (a >> 7); // 255 - a, as a fraction of 256 (close enough for an edge)
        int rb = (top & 0xff00ff) + (((below & 0xff00ff) * keep) >>> 8 & 0xff00ff);
        int ag = (top >>> 8 & 0xff00ff) + (((below >>> 8 & 0xff00ff) * keep) >>> 8 & 0xff00ff);
        return ag << 8 | rb;
    }
}
