package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.app.timeline.TimelineExport;
import claimline.corrections.Correction;
import claimline.model.Event;
import claimline.timeline.Frame;
import claimline.timeline.Lane;
import claimline.timeline.Mark;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.CorrectionsViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;

/**
 * Exports of the timeline show all of it at the zoom on screen, not the part scrolled into view: every lane with
 * its name, nothing cut at the right edge, a caption with the dates and the filters, as PNG and as SVG.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineExportTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        SeedsWindow.settings(Map.of("window.w", 1024.0, "window.h", 700.0));
        window = SeedsWindow.open(new Stage());
    }

    @BeforeEach
    void awaitSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
    }

    @Test
    void thePngHasEveryLaneItsNameAndACaptionAndCutsNothingAtTheRight(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Canvas canvas = (Canvas) window.timeline().lookup(".timeline-canvas");
        List<Lane> lanes = window.timeline().layoutProperty().get().lanes();
        double laneHeight = window.timeline().geometry().laneHeight();
        double axis = window.timeline().geometry().axisHeight();
        assertThat(axis + lanes.size() * laneHeight).as("more lanes than the window shows at once")
                .isGreaterThan(canvas.getHeight());

        Path png = dir.resolve("timeline.png");
        robot.interact(() -> window.exportPng(png));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        List<String> caption = window.exportCaption();
        TimelineExport.Layout layout = layoutOf(robot, caption);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height()));
        assertThat(image.getWidth()).as("the time shown on screen, and more on the right")
                .isGreaterThan((int) canvas.getWidth());
        assertThat(image.getHeight()).as("every lane").isGreaterThan((int) (axis + lanes.size() * laneHeight));

        Frame f = layout.frame();
        for (int l = 0; l < lanes.size(); l++) {
            double top = layout.captionHeight() + f.laneTops()[l];
            assertThat(top + laneHeight).as("lane " + lanes.get(l).label() + " inside the picture")
                    .isLessThanOrEqualTo(layout.captionHeight() + layout.timelineHeight());
            assertThat(inked(image, 8, (int) top, 90, (int) (top + 14))).as("the name of lane " + lanes.get(l).label())
                    .isTrue();
        }
        assertThat(f.marks()).isNotEmpty();
        for (Mark m : f.marks()) {
            assertThat(m.x1()).as("nothing cut at the right edge").isLessThan(layout.width());
        }
        assertThat(inked(image, 10, 8, 400, (int) layout.captionHeight() - 4)).as("the caption").isTrue();
        assertThat(caption.get(0)).startsWith("seeds: ").contains("Sep 2022").contains("(UTC)");
        assertThat(caption.get(1)).isEqualTo(Messages.get("export.filters.none"));
        assertThat(caption.get(2)).contains("Armenia", "Azerbaijan", "Russia");
    }

    @Test
    void theSvgIsAWellFormedDocumentWithTheLanesTheFiltersAndTheTitlesAsText(FxRobot robot, @TempDir Path dir)
            throws Exception {
        // A contested event of a whole day: zoomed to, it is a wide bar with its title written on it.
        Event night = window.viewModel().visibleEvents().stream().filter(e -> e.time().precision()
                == claimline.model.Precision.DAY && window.viewModel().index().isContested(e)
                && e.time().start().iso().startsWith("2022-09-12")).findFirst().orElseThrow();
        robot.interact(() -> window.corrections().edit(new Correction.EditEvent(CorrectionsViewModel.anchorOf(night),
                "Goris <shelled> & \"answered\"", night.type(), night.time().start().iso(), night.time().precision(),
                night.actors(), night.places())));
        ActorEntry russia = window.viewModel().actorEntries().stream()
                .filter(e -> e.party() && e.label().equals("Russia")).findFirst().orElseThrow();
        robot.interact(() -> {
            window.viewModel().setShown(russia, false);
            window.viewModel().filterProperty().set(window.viewModel().filter().withContestedOnly(true));
            window.viewModel().select(night.id());
            window.timeline().zoomToSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Path svg = dir.resolve("timeline.svg");
        robot.interact(() -> window.exportSvg(svg));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(svg));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        for (Lane lane : window.timeline().layoutProperty().get().lanes()) {
            // Long names are cut short on the lane (the caption's list of lanes has them whole).
            assertThat(words).as("lane names").anyMatch(w -> w.equals(lane.label())
                    || w.endsWith("…") && w.length() > 8 && lane.label().startsWith(w.substring(0, w.length() - 1)));
        }
        // the caption lists the lanes with their names whole, however the lanes cut them
        for (Lane lane : window.timeline().layoutProperty().get().lanes()) {
            assertThat(words).anySatisfy(w -> assertThat(w).startsWith("Lanes").contains(lane.label()));
        }
        assertThat(words).anySatisfy(w -> assertThat(w).contains("hidden: Russia").contains("contested only"));
        assertThat(words).anySatisfy(w -> assertThat(w).startsWith("seeds: 1").contains("Sep 2022"));
        assertThat(words).as("the renamed event's title, escaped and read back")
                .anySatisfy(w -> assertThat(w).startsWith("Goris <shelled>"));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isGreaterThan(10);
    }

    private TimelineExport.Layout layoutOf(FxRobot robot, List<String> caption) {
        TimelineExport.Layout[] out = new TimelineExport.Layout[1];
        robot.interact(() -> out[0] = TimelineExport.layout(window.timeline(), caption));
        return out[0];
    }

    /** Whether a region of the picture has dark pixels (text) on the light background. */
    private static boolean inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 110) {
                    return true;
                }
            }
        }
        return false;
    }
}
