package claimline.app.timeline;

import claimline.timeline.Frame;
import claimline.timeline.TimelineLayout;
import java.util.Map;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView}: one canvas for lanes, axis and marks (never a node per event), and a legend of the
 * type colours and badges below it. Redraws at most once per pulse, whatever changed.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    private static final double LEGEND_HEIGHT = 26;
    private final Canvas canvas = new Canvas();
    private final Sketch sketch = new CanvasSketch(canvas.getGraphicsContext2D());
    private final FlowPane legend = new FlowPane(14, 4);
    private final Tooltip tooltip = new Tooltip();
    private final Hyperlink emptyAction = new Hyperlink();
    private final TimelineBehavior behavior;
    /** Legend entries of the reports' view: what the line from a report to its happening means, and the note. */
    private Label linkEntry;
    private final Label note = new Label();
    private boolean dirty = true;

    public TimelineSkin(TimelineView control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        legend.getStyleClass().add("timeline-legend");
        legend.setPadding(new Insets(4, 8, 4, 8));
        buildLegend();
        emptyAction.getStyleClass().add("empty-action");
        emptyAction.textProperty().bind(control.emptyActionTextProperty());
        emptyAction.setOnAction(e -> {
            Runnable r = control.onEmptyActionProperty().get();
            if (r != null) {
                r.run();
            }
        });
        getChildren().addAll(canvas, legend, emptyAction);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        for (Observable o : new Observable[] {control.layoutProperty(), control.zoomProperty(), control.breaksProperty(),
                control.selectedIdProperty(), control.displayOffsetProperty(), control.scrollYProperty(),
                control.darkProperty(), control.emptyTextProperty(), control.emptyActionTextProperty(),
                control.onEmptyActionProperty(), control.localeProperty(), control.reportLinksProperty()}) {
            registerInvalidationListener(o, x -> invalidate());
        }
        registerChangeListener(control.localeProperty(), x -> buildLegend());
        note.setId("timeline-note");
        note.getStyleClass().add("timeline-note");
        note.textProperty().bind(control.noteProperty());
        registerInvalidationListener(control.reportLinksProperty(), x -> showReportEntries());
        registerInvalidationListener(control.noteProperty(), x -> showReportEntries());
        behavior = new TimelineBehavior(control, canvas, this);
    }

    /** The legend in the control's language (built again when the language changes). */
    private void buildLegend() {
        TimelineWords words = getSkinnable().words();
        legend.getChildren().clear();
        for (Map.Entry<String, Color> e : TimelinePalette.types().entrySet()) {
            Rectangle swatch = new Rectangle(12, 10, e.getValue());
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            legend.getChildren().add(new Label(words.type(e.getKey()), swatch));
        }
        Circle badge = new Circle(4, TimelinePalette.LIGHT.badge());
        legend.getChildren().add(new Label(words.get("legend.contested"), badge));
        Rectangle dashed = new Rectangle(12, 10, Color.TRANSPARENT);
        dashed.setStroke(Color.GRAY);
        dashed.getStrokeDashArray().setAll(3.0, 3.0);
        legend.getChildren().add(new Label(words.get("legend.inferred"), dashed));
        Rectangle tick = new Rectangle(3, 10, Color.GRAY);
        legend.getChildren().add(new Label(words.get("legend.exact"), tick));
        Rectangle muted = new Rectangle(12, 10, Color.gray(0.6, 0.45));
        legend.getChildren().add(new Label(words.get("legend.history"), muted));
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 12, 0);
        line.setStroke(Color.GRAY);
        linkEntry = new Label(words.get("legend.reported"), new javafx.scene.layout.HBox(0,
                new Circle(2.5, Color.GRAY), line, new Rectangle(3, 10, Color.GRAY)));
        ((javafx.scene.layout.HBox) linkEntry.getGraphic()).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        linkEntry.setId("timeline-link-legend");
        legend.getChildren().addAll(linkEntry, note);
        showReportEntries();
    }

    /** The reports' legend entries only while the timeline shows reports; the note only when it says something. */
    private void showReportEntries() {
        boolean reports = getSkinnable().reportLinksProperty().get().reports();
        linkEntry.setVisible(reports);
        linkEntry.setManaged(reports);
        boolean noted = reports && !note.getText().isEmpty();
        note.setVisible(noted);
        note.setManaged(noted);
        getSkinnable().requestLayout();
    }

    void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double legendHeight = Math.max(LEGEND_HEIGHT, legend.prefHeight(w));
        double canvasHeight = Math.max(0, h - legendHeight);
        if (canvas.getWidth() != w || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(w);
            canvas.setHeight(canvasHeight);
            dirty = true;
        }
        canvas.relocate(x, y);
        legend.resizeRelocate(x, y + canvasHeight, w, legendHeight);
        TimelineView c = getSkinnable();
        boolean offered = (c.layoutProperty().get() == null || c.layoutProperty().get().isEmpty())
                && c.onEmptyActionProperty().get() != null && !c.emptyActionTextProperty().get().isEmpty();
        emptyAction.setVisible(offered);
        emptyAction.setManaged(offered);
        if (offered) {
            // under the empty text, which the painter centres on the canvas
            double aw = emptyAction.prefWidth(-1);
            double ah = emptyAction.prefHeight(aw);
            emptyAction.resizeRelocate(x + (w - aw) / 2, y + canvasHeight / 2 + 14, aw, ah);
        }
        if (dirty) {
            paint();
        }
    }

    /** Lays out and draws the current frame now; returns it. Public so the benchmark can time real draws. */
    public Frame paint() {
        dirty = false;
        TimelineView c = getSkinnable();
        TimelineLayout layout = c.layoutProperty().get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double maxScroll = layout == null ? 0 : Math.max(0, layout.contentHeight(c.geometry()) - h);
        if (c.scrollYProperty().get() > maxScroll || c.scrollYProperty().get() < 0) {
            c.scrollYProperty().set(Math.max(0, Math.min(maxScroll, c.scrollYProperty().get())));
        }
        Frame f = layout == null ? new TimelineLayout(java.util.List.of(), c.laneModeProperty().get(),
                (a, b) -> 0, k -> k).frame(c.zoomProperty().get(), c.geometry(), w, h, 0)
                : layout.frame(c.zoomProperty().get(), c.breaksProperty().get(), c.geometry(), w, h,
                        c.scrollYProperty().get());
        TimelinePainter.paint(sketch, layout, f, w, h,
                c.darkProperty().get() ? TimelinePalette.DARK : TimelinePalette.LIGHT, c.selectedIdProperty().get(),
                c.reportLinksProperty().get(), c.displayOffsetProperty().get(), c.emptyTextProperty().get(), c.words());
        c.setLastFrame(f);
        return f;
    }

    Canvas canvas() { return canvas; }

    Tooltip tooltip() { return tooltip; }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }

    /** The canvas is as wide as it was last laid out; it must not hold the control (and the window) at that width. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return getSkinnable().geometry().gutter() + 200;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    public void dispose() {
        behavior.dispose();
        super.dispose();
    }

}
