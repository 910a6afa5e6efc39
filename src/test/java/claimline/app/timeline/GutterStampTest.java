package claimline.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.timeline.Frame;
import claimline.timeline.Geometry;
import claimline.timeline.LaneMode;
import claimline.timeline.ReportLinks;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;
import claimline.timeline.ZoomState;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.Test;

/**
 * The lane names and counts beside the lanes are stamped from an image while they look the same: what they say
 * ("2 events", "2 reports") is part of how they look, so the stamp is made again when it changes.
 */
class GutterStampTest {
    private static final long DAY = 86_400;

    private static TimelineItem item(String id, long day) {
        return new TimelineItem(id, "Shelling " + id, "armed_clash", day * DAY, (day + 1) * DAY, false, false, false,
                false, List.of("ARM"), 1);
    }

    @Test
    void theStampedLaneCountsAreDrawnAgainWhenTheySayReportsInsteadOfEvents() {
        // the very same lanes either way: only the count's words tell events from reports
        TimelineLayout layout = new TimelineLayout(List.of(item("a", 100), item("b", 102)), LaneMode.PARTY,
                (x, y) -> 0, k -> k);
        Frame f = layout.frame(new ZoomState(99 * DAY, 104 * DAY), Geometry.DEFAULT, 900, 400, 0);
        ReportLinks reports = ReportLinks.of(Map.of("a", new ReportLinks.Link("e1", 99 * DAY),
                "b", new ReportLinks.Link("e2", 101 * DAY)));
        TimelineWords words = new TimelineWords(Locale.ENGLISH);
        StampingSketch canvas = new StampingSketch();

        TimelinePainter.paint(canvas, layout, f, 900, 400, TimelinePalette.LIGHT, null, ReportLinks.NONE,
                ZoneOffset.UTC, "", words);
        assertThat(canvas.stamped).contains("2 events").doesNotContain("2 reports");
        TimelinePainter.paint(canvas, layout, f, 900, 400, TimelinePalette.LIGHT, null, ReportLinks.NONE,
                ZoneOffset.UTC, "", words);
        assertThat(canvas.stamps).as("panning with the same lanes stamps the same image").isEqualTo(1);

        TimelinePainter.paint(canvas, layout, f, 900, 400, TimelinePalette.LIGHT, null, reports,
                ZoneOffset.UTC, "", words);
        assertThat(canvas.stamps).isEqualTo(2);
        assertThat(canvas.stamped).contains("2 reports").doesNotContain("2 events");
    }

    /** Keeps a region as a canvas does: drawn again only when its key changes; notes the texts of the last one. */
    private static final class StampingSketch implements Sketch {
        private Object key;
        private int stamps;
        private List<String> stamped = new ArrayList<>();
        private List<String> texts = new ArrayList<>();

        @Override
        public void region(Object k, double x, double y, double w, double h, Consumer<Sketch> draw) {
            if (!Objects.equals(k, key)) {
                List<String> outside = texts;
                texts = new ArrayList<>();
                draw.accept(this);
                stamped = texts;
                texts = outside;
                key = k;
                stamps++;
            }
        }

        @Override public void fillText(String text, double x, double y) { texts.add(text); }

        @Override public void setFill(Color c) {}

        @Override public void setStroke(Color c) {}

        @Override public void setLineWidth(double w) {}

        @Override public void setLineDashes(double... dashes) {}

        @Override public void setLineCap(StrokeLineCap cap) {}

        @Override public void setFont(Font f) {}

        @Override public void setTextAlign(TextAlignment align) {}

        @Override public void setTextBaseline(VPos baseline) {}

        @Override public void fillRect(double x, double y, double w, double h) {}

        @Override public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) {}

        @Override public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) {}

        @Override public void strokeLine(double x0, double y0, double x1, double y1) {}

        @Override public void fillOval(double x, double y, double w, double h) {}

        @Override public void strokeOval(double x, double y, double w, double h) {}

        @Override public void beginPath() {}

        @Override public void moveTo(double x, double y) {}

        @Override public void lineTo(double x, double y) {}

        @Override public void stroke() {}

        @Override public void save() {}

        @Override public void clipRect(double x, double y, double w, double h) {}

        @Override public void translate(double x, double y) {}

        @Override public void restore() {}
    }
}
