package claimline.geo.raster;

/**
 * A small picture with transparency, drawn once and then copied wherever it goes: width × height pixels, row by
 * row, premultiplied 0xAARRGGBB. Kept as its opaque runs (each copied as a block) and its soft pixels (each blended,
 * in one flat loop); transparent pixels are not even looked at. The map's marks and the digits of their counts are
 * sprites: a disc with its halo costs a few copies and its outer edge, not a square root and two blends for each
 * pixel of its edge.
 */
public final class Sprite {
    private final int width;
    private final int height;
    private final int[] argb;
    /** The opaque runs: row, first column and the column after the last of each, three ints a run. */
    private final int[] runs;
    /** The soft pixels (neither opaque nor transparent): column, row and premultiplied colour of each. */
    private final int[] softX;
    private final int[] softY;
    private final int[] softArgb;

    public Sprite(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("sprite " + width + "x" + height + " of " + argb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        int[] r = new int[3 * argb.length];
        int[] sx = new int[argb.length];
        int[] sy = new int[argb.length];
        int[] sp = new int[argb.length];
        int nr = 0;
        int ns = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                if (p >>> 24 == 0xff) {
                    int end = x;
                    while (end < width && argb[y * width + end] >>> 24 == 0xff) {
                        end++;
                    }
                    r[nr++] = y;
                    r[nr++] = x;
                    r[nr++] = end;
                    x = end - 1;
                } else if (p != 0) {
                    sx[ns] = x;
                    sy[ns] = y;
                    sp[ns++] = p;
                }
            }
        }
        runs = java.util.Arrays.copyOf(r, nr);
        softX = java.util.Arrays.copyOf(sx, ns);
        softY = java.util.Arrays.copyOf(sy, ns);
        softArgb = java.util.Arrays.copyOf(sp, ns);
    }

    /** An alpha mask (width × height bytes, 0..255) in one colour (0xAARRGGBB, not premultiplied). */
    public static Sprite ofMask(byte[] alpha, int width, int height, int argb) {
        int[] px = new int[width * height];
        for (int i = 0; i < px.length; i++) {
            int a = alpha[i] & 0xff;
            px[i] = premultiplied(argb, a == 0xff ? Raster.FULL : a);
        }
        return new Sprite(width, height, px);
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The pixels, premultiplied, row by row (shared). */
    public int[] argb() { return argb; }

    int[] runs() { return runs; }

    int[] softX() { return softX; }

    int[] softY() { return softY; }

    int[] softArgb() { return softArgb; }

    /**
     * A disc of radius r in {@code fill} with a ring {@code ringWidth} wide on its edge in {@code ring} (0: none),
     * antialiased (a pixel's coverage is how far inside an edge its centre lies, within half a pixel), centred on
     * the corner between the sprite's four middle pixels
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
