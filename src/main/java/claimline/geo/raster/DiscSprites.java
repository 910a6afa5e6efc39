package claimline.geo.raster;

import java.util.HashMap;
import java.util.Map;

/**
 * Discs with a ring (the map's marks) drawn from sprites made once for each size and pair of colours: radii and
 * rings to a quarter of a pixel, centres to the nearest pixel corner (as map libraries place their markers). A
 * frame of a thousand marks of a few dozen sizes and a dozen colours copies pixels and blends only the outer edge.
 */
public final class DiscSprites {
    /** More kinds of disc than this (sizes times colours) and the cache starts again. */
    private static final int MAX_SPRITES = 4096;

    private record Kind(int quarterRadius, int fill, int quarterRing, int ring) {}

    private final Map<Kind, Sprite> sprites = new HashMap<>();

    /** A disc of radius r centred near (cx, cy), as {@link Raster#disc} draws it. */
    public void draw(Raster r, double cx, double cy, double radius, int fill, double ringWidth, int ring) {
        Kind kind = new Kind((int) Math.round(radius * 4), fill, (int) Math.round(Math.max(0, ringWidth) * 4),
                ring);
        Sprite s = sprites.get(kind);
        if (s == null) {
            if (sprites.size() >= MAX_SPRITES) {
                sprites.clear();
            }
            s = Sprite.disc(kind.quarterRadius / 4.0, fill, kind.quarterRing / 4.0, ring);
            sprites.put(kind, s);
        }
        int half = s.width() / 2;
        r.sprite(s, (int) Math.round(cx) - half, (int) Math.round(cy) - half);
    }

    /** How many sprites have been made and kept. */
    public int size() { return sprites.size(); }
}
