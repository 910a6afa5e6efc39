package claimline.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.geo.BaseMapZooms;
import claimline.geo.MapClusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A map's frame before the base map is read (the window's first frame does not wait for the read on the toolkit's
 * thread): the sea alone; and the land once it is read.
 */
@ExtendWith(ApplicationExtension.class)
class MapPainterTest {
    private static final int W = 400;
    private static final int H = 300;

    @Start
    void start(Stage stage) {}

    @Test
    void aFrameBeforeTheBaseMapIsReadIsTheSeaAloneAndTheLandComesOnceItIs() throws Exception {
        AtomicReference<BaseMapZooms> read = new AtomicReference<>();
        MapPainter painter = new MapPainter(read::get);
        int water = MapPalette.rgb(MapPalette.LIGHT.water()) & 0xffffff;
        int land = MapPalette.rgb(MapPalette.LIGHT.land()) & 0xffffff;

        int[] before = frame(painter);
        assertThat(count(before, land)).isZero();
        assertThat(count(before, water)).isGreaterThan(before.length * 9 / 10);

        read.set(BaseMapZooms.bundled());
        int[] after = frame(painter);
        assertThat(count(after, land)).as("land pixels once the base map is read").isGreaterThan(after.length / 10);
    }

    /** The whole world in a frame of no places, its picture's pixels (0xRRGGBB). */
    private static int[] frame(MapPainter painter) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            EventMap map = new EventMap();
            ImageView picture = new ImageView();
            painter.paint(picture, new Canvas(W, H), map, MapClusters.prepare(List.of()), W, H, 1, "");
            // the picture as the screen shows it (its image shares an array the reader does not see)
            PixelReader r = picture.snapshot(null, null).getPixelReader();
            int[] px = new int[W * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    px[y * W + x] = r.getArgb(x, y) & 0xffffff;
                }
            }
            return px;
        }).get();
    }

    private static long count(int[] pixels, int rgb) {
        return java.util.Arrays.stream(pixels).filter(p -> p == rgb).count();
    }
}
