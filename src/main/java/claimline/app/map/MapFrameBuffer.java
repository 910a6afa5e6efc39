package claimline.app.map;

import claimline.geo.raster.Raster;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The pictures a map frame is drawn into: two rasters whose pixels the toolkit's images share (a {@link PixelBuffer}
 * wraps each array: no copy, no conversion), used in turn so the frame being drawn is never the one the render
 * thread may still be reading.
 */
final class MapFrameBuffer {
    private final Raster[] rasters = new Raster[2];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int current;

    /** Draws a frame of {@code width} × {@code height} pixels with {@code painter} and returns its image. */
    WritableImage draw(int width, int height, Consumer<Raster> painter) {
        current ^= 1;
        Raster r = rasters[current];
        if (r == null || r.width() != width || r.height() != height) {
            int[] pixels = new int[width * height];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            rasters[current] = new Raster(width, height, pixels);
            buffers[current] = buffer;
            images[current] = new WritableImage(buffer);
        }
        Raster target = rasters[current];
        buffers[current].updateBuffer(b -> {
            painter.accept(target);
            return null; // null: the whole picture changed
        });
        return images[current];
    }
}
