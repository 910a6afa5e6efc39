package claimline.app.map;

import claimline.geo.BaseMapRaster;
import javafx.scene.paint.Color;

/** Colours of the map, light and dark; event types take the timeline's colours, parties their own. */
public record MapPalette(Color water, Color land, Color coast, Color border, Color text, Color halo, Color focus) {
    public static final MapPalette LIGHT = new MapPalette(Color.web("#dfeaf3"), Color.web("#fbfaf6"),
            Color.web("#9aa7b3"), Color.web("#b7a9bd"), Color.web("#1f2328"), Color.web("#ffffff"),
            Color.web("#0969da"));
    public static final MapPalette DARK = new MapPalette(Color.web("#0b1622"), Color.web("#1c232b"),
            Color.web("#44505c"), Color.web("#5b4f63"), Color.web("#e6edf3"), Color.web("#0d1117"),
            Color.web("#58a6ff"));

    /** One colour per party, by the party's rank in the corpus (most events first); the same in both themes. */
    private static final Color[] PARTIES = {Color.web("#0a62c9"), Color.web("#d4570a"), Color.web("#7a3fd1"),
        Color.web("#16813a"), Color.web("#b0296b"), Color.web("#6e7781")};

    public static Color party(int rank) {
        return PARTIES[Math.max(0, Math.min(PARTIES.length - 1, rank))];
    }

    /**
     * The attribution's colour: the text colour softened towards the land it is written on (small print, yet with
     * the contrast of body text: 6:1 light, 7:1 dark, where the coastline's grey it had was 2.4:1 and 1.9:1).
     */
    Color attribution() { return land.interpolate(text, 0.72); }

    /** The base map's colours and lines as the raster draws them. */
    BaseMapRaster.Style baseStyle() {
        return new BaseMapRaster.Style(rgb(water), rgb(land), rgb(coast), rgb(border), 0.8, 1);
    }

    /** A colour as the raster takes it: 0xAARRGGBB (an opaque colour has alpha 0xff). */
    static int rgb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
