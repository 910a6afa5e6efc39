package claimline.app.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * Shapes a frame draws hundreds of times at one size, drawn once into an image each: copying an image costs the
 * software rasteriser a fraction of filling the same rounded outline again (a frame of 100,000 events has about 300
 * cluster pills). The images are made on the FX thread, as the frames are drawn; the last few sizes are kept.
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
