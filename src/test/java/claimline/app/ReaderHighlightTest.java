package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Event;
import claimline.model.Source;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader's highlight band lies on the passage: its top is the top of the passage's first line, its bottom the
 * bottom of its last line, it starts at the first character and ends after the last, at any width, font size and
 * theme.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderHighlightTest {
    private static final double TOLERANCE = 1.5;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        SeedsWindow.settings(Map.of());
        window = SeedsWindow.open(stage);
    }

    @BeforeEach
    void awaitSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
    }

    @Test
    void theBandCoversEachPassageOfTheNightInAWideLightWindow(FxRobot robot) {
        checkEverySource(robot, 1440, 900, false, null);
    }

    @Test
    void theBandCoversEachPassageAtASmallWindowWithALargeFontInTheDarkTheme(FxRobot robot) {
        checkEverySource(robot, 1024, 700, true, "20px");
    }

    @Test
    void theBandCoversEachPassageWithASmallFont(FxRobot robot) {
        checkEverySource(robot, 1366, 768, false, "11px");
    }

    /**
     * At 1024x700 the reader's heading leaves the article room: for each source of the night, the heading is at most
     * two lines (the whole of it in its tooltip), the publication note at most two (the whole in its tooltip), and the
     * article's text has at least half the pane. The heading took five lines there and the note three, leaving the
     * article two.
     */
    @Test
    void atASmallWindowTheHeadingLeavesTheArticleMostOfThePane(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Text none = (Text) robot.lookup("#reader-heading").query().lookup(".text");
        assertThat(none.getText()).as("what the reader says before a source is open, whole")
                .isEqualTo(Messages.get("reader.none"));
        Event night = SeedsWindow.night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        for (Source s : night.sources()) {
            robot.interact(() -> window.openSource(s));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Label heading = robot.lookup("#reader-heading").queryAs(javafx.scene.control.Label.class);
            javafx.scene.control.Label published =
                    robot.lookup("#reader-published").queryAs(javafx.scene.control.Label.class);
            Node reader = robot.lookup("#reader").query();
            javafx.scene.control.ScrollPane article = (javafx.scene.control.ScrollPane) reader.lookup(".scroll-pane");
            claimline.model.Document d = window.viewModel().index().document(s.document());
            assertThat(linesShown(heading)).as("the heading's lines, " + s).isBetween(1, 2);
            assertThat(linesShown(published)).as("the publication note's lines, " + s).isBetween(1, 2);
            assertThat(heading.getHeight()).as("the heading whole inside its label, " + s)
                    .isGreaterThanOrEqualTo(((Text) heading.lookup(".text")).getLayoutBounds().getHeight());
            assertThat(article.getViewportBounds().getHeight()).as("the article's share of the reader, " + s)
                    .isGreaterThanOrEqualTo(reader.getLayoutBounds().getHeight() / 2);
            assertThat(heading.getTooltip()).as("the whole heading on hover, " + s).isNotNull();
            assertThat(heading.getTooltip().getText()).isEqualTo(Formats.heading(d));
            assertThat(published.getTooltip()).isNotNull();
            assertThat(published.getTooltip().getText()).startsWith(published.getText().replace("…", "").strip()
                    .substring(0, 10));
        }
    }

    /** How many lines of its text a label shows (the text it draws, cut to what fits, over one line's height). */
    private static int linesShown(javafx.scene.control.Label label) {
        Text shown = (Text) label.lookup(".text");
        Text line = new Text("X");
        line.setFont(shown.getFont());
        return (int) Math.round(shown.getLayoutBounds().getHeight() / line.getLayoutBounds().getHeight());
    }

    private void checkEverySource(FxRobot robot, double width, double height, boolean dark, String fontSize) {
        robot.interact(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            window.applyTheme(dark);
            if (fontSize != null) {
                String css = ".source-reader .reader-text { -fx-font-size: " + fontSize + "; }";
                window.stage().getScene().getStylesheets().add("data:text/css,"
                        + URLEncoder.encode(css, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        Event night = SeedsWindow.night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        int multiLine = 0;
        for (Source s : night.sources()) {
            robot.interact(() -> window.openSource(s));
            WaitForAsyncUtils.waitForFxEvents();
            multiLine += checkBand(robot, s) ? 1 : 0;
        }
        assertThat(multiLine).as("passages that wrap over several lines").isGreaterThan(2);
    }

    /** Checks the band of the open passage; returns whether the passage wraps over more than one line. */
    private boolean checkBand(FxRobot robot, Source s) {
        TextFlow flow = robot.lookup("#reader-text").queryAs(TextFlow.class);
        Text passage = robot.lookup("#reader-highlight").queryAs(Text.class);
        Path band = robot.lookup(".highlight-shape").queryAs(Path.class);
        assertThat(passage.getText()).hasSize(s.end() - s.start());
        List<Bounds> rows = rows(band);
        assertThat(rows).as("the band of " + s).isNotEmpty();
        Bounds text = passage.localToScene(passage.getBoundsInLocal());
        double top = rows.stream().mapToDouble(Bounds::getMinY).min().orElseThrow();
        double bottom = rows.stream().mapToDouble(Bounds::getMaxY).max().orElseThrow();
        assertThat(top).as("top of the band vs the passage's first line, " + s).isCloseTo(text.getMinY(),
                org.assertj.core.data.Offset.offset(TOLERANCE));
        // A text's bounds in a flow take its last line's spacing below the glyphs; the band stops at the glyphs.
        assertThat(bottom).as("bottom of the band vs the passage's last line, " + s)
                .isCloseTo(text.getMaxY() - flow.getLineSpacing(), org.assertj.core.data.Offset.offset(TOLERANCE));

        int start = offsetInFlow(flow, passage);
        int end = start + passage.getText().length();
        Bounds first = rows.stream().min(java.util.Comparator.comparingDouble(Bounds::getMinY)).orElseThrow();
        Bounds last = rows.stream().max(java.util.Comparator.comparingDouble(Bounds::getMaxY)).orElseThrow();
        assertThat(first.getMinX()).as("band starts at the first character, " + s)
                .isCloseTo(caretX(flow, start, true), org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(last.getMaxX()).as("band ends after the last character, " + s)
                .isCloseTo(caretX(flow, end - 1, false), org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(first.getMinX()).isGreaterThanOrEqualTo(text.getMinX() - TOLERANCE);
        assertThat(last.getMaxX()).isLessThanOrEqualTo(text.getMaxX() + TOLERANCE);
        return text.getHeight() > 1.5 * first.getHeight();
    }

    /** Where the text flow puts a character's edge, in scene coordinates. */
    private static double caretX(TextFlow flow, int index, boolean leading) {
        PathElement[] caret = flow.caretShape(index, leading);
        MoveTo m = (MoveTo) caret[0];
        // TextFlow's geometry methods work in the coordinates of its text layout, which in JavaFX 21 start inside
        // the flow's insets (JDK-8341438): move by them to reach the flow's own coordinates.
        Insets in = flow.getInsets();
        Point2D p = flow.localToScene(m.getX() + in.getLeft(), m.getY() + in.getTop());
        return p.getX();
    }

    private static int offsetInFlow(TextFlow flow, Text passage) {
        int at = 0;
        for (Node n : flow.getChildren()) {
            if (n == passage) {
                return at;
            }
            at += ((Text) n).getText().length();
        }
        throw new AssertionError("the passage is not in the reader's text");
    }

    /** The rectangles of the band (one per line), in scene coordinates. */
    private static List<Bounds> rows(Path band) {
        List<Bounds> out = new ArrayList<>();
        List<Point2D> points = new ArrayList<>();
        for (PathElement e : band.getElements()) {
            if (e instanceof MoveTo m) {
                add(out, points, band);
                points.add(new Point2D(m.getX(), m.getY()));
            } else if (e instanceof LineTo l) {
                points.add(new Point2D(l.getX(), l.getY()));
            }
        }
        add(out, points, band);
        return out;
    }

    private static void add(List<Bounds> out, List<Point2D> points, Path band) {
        if (points.isEmpty()) {
            return;
        }
        double x0 = points.stream().mapToDouble(Point2D::getX).min().orElseThrow();
        double x1 = points.stream().mapToDouble(Point2D::getX).max().orElseThrow();
        double y0 = points.stream().mapToDouble(Point2D::getY).min().orElseThrow();
        double y1 = points.stream().mapToDouble(Point2D::getY).max().orElseThrow();
        points.clear();
        if (x1 - x0 > 0.5) {
            out.add(band.localToScene(new BoundingBox(x0, y0, x1 - x0, y1 - y0)));
        }
    }
}
