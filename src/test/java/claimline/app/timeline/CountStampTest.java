package claimline.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cluster's count stamped character by character looks as the canvas writes it: the same pixels, to a level or
 * two of rounding, wherever the pill falls (at fractions of a pixel across and down), in both themes' colours.
 */
@ExtendWith(ApplicationExtension.class)
class CountStampTest {
    private static final int W = 120;
    private static final int H = 36;
    private static final int ROUNDING = 2;

    @Start
    void start(Stage stage) {
        // a toolkit to draw with; no window needed
    }

    @Test
    void aStampedCountHasThePixelsOfTheWrittenOneWhereverItFalls() throws Exception {
        List<String> differing = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            Font small = Font.font("System", 10);
            for (TimelinePalette p : List.of(TimelinePalette.LIGHT, TimelinePalette.DARK)) {
                for (double x : new double[] {6, 6.25, 6.5, 6.8}) {
                    for (double y : new double[] {18, 18.2, 18.5, 18.75}) {
                        for (String count : List.of("+7", "+12", "+3405", "+1234567890")) {
                            Image written = draw(p, small, count, x, y, false);
                            Image stamped = draw(p, small, count, x, y, true);
                            int n = differingPixels(written, stamped);
                            if (n > 0) {
                                out.add(count + " at " + x + "," + y + ": " + n + " pixels differ");
                            }
                        }
                    }
                }
            }
            return out;
        }).get(60, TimeUnit.SECONDS);
        assertThat(differing).isEmpty();
    }

    @Test
    void aTextOtherThanACountIsWrittenAsAnyOther() throws Exception {
        int n = WaitForAsyncUtils.asyncFx(() -> differingPixels(
                draw(TimelinePalette.LIGHT, Font.font("System", 10), "Shelling", 6.5, 18.5, false),
                draw(TimelinePalette.LIGHT, Font.font("System", 10), "Shelling", 6.5, 18.5, true)))
                .get(60, TimeUnit.SECONDS);
        assertThat(n).isZero();
    }

    /** A pill's ground with a count on it, written ({@code stamped} false) or stamped. */
    private static Image draw(TimelinePalette p, Font font, String text, double x, double y, boolean stamped) {
        Canvas c = new Canvas(W, H);
        CanvasSketch s = new CanvasSketch(c.getGraphicsContext2D());
        s.setFill(p.cluster());
        s.fillRect(0, 0, W, H);
        s.setTextBaseline(VPos.CENTER);
        s.setTextAlign(TextAlignment.LEFT);
        s.setFont(font);
        s.setFill(p.clusterText());
        // twice: the second time from the images the first one made
        for (int k = 0; k < 2; k++) {
            if (stamped) {
                s.fillCount(text, x, y);
            } else {
                s.fillText(text, x, y);
            }
        }
        return c.snapshot(null, null);
    }

    /**
     * Pixels of two images that differ by more than {@link #ROUNDING} levels (of 255) in some channel: a glyph
     * written onto a transparent ground and then copied onto the pill is blended twice, which some text rasterisers
     * (t2k, which the tests use) round a level or two apart from writing it on the pill; a character a pixel out of
     * place differs by a hundred levels and more.
     */
    private static int differingPixels(Image a, Image b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int i = 0; i < W; i++) {
            for (int j = 0; j < H; j++) {
                int a1 = pa.getArgb(i, j);
                int b1 = pb.getArgb(i, j);
                int most = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    most = Math.max(most, Math.abs((a1 >> shift & 0xff) - (b1 >> shift & 0xff)));
                }
                if (most > ROUNDING) {
                    n++;
                }
            }
        }
        return n;
    }
}
