package claimline.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size, place and pane proportions: restored from the settings when it opens (pulled onto the
 * screen it is on now), stored when it closes; and the minimum sizes that keep every pane usable, which the split
 * panes hold whatever the window or a remembered divider says.
 */
final class WindowLayout {
    /** The smallest window every pane stays usable in (the panes' own minimums add up to a little less). */
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 560;
    private static final double MIN_TABS_WIDTH = 320;
    private static final double MIN_READER_WIDTH = 260;
    private static final double MIN_LOWER_HEIGHT = 160;
    /** The timeline takes three quarters of the width beside the map. */
    private static final double MAP_DIVIDER = 0.75;
    private final Stage stage;
    private final Settings settings;
    private final SplitPane outer;
    private final SplitPane vertical;
    private final SplitPane lower;
    /** The timeline and the map beside it: not remembered, but laid out in the same proportion at every start. */
    private final SplitPane mapBeside;
    private final TabPane tabs;

    WindowLayout(Stage stage, Settings settings, SplitPane outer, SplitPane vertical, SplitPane lower,
                 SplitPane mapBeside, TabPane tabs, Region reader) {
        this.stage = stage;
        this.settings = settings;
        this.outer = outer;
        this.vertical = vertical;
        this.lower = lower;
        this.mapBeside = mapBeside;
        this.tabs = tabs;
        tabs.setMinSize(MIN_TABS_WIDTH, MIN_LOWER_HEIGHT);
        reader.setMinWidth(MIN_READER_WIDTH);
        keepTabHeadersInView();
    }

    /**
     * Keeps the tab pane at least as wide as its row of tab headers: a tab pushed into the overflow menu is a view
     * the analyst does not know is there. The headers are measured once the skin has laid them out, and again when
     * a title changes (the problem count).
     */
    private void keepTabHeadersInView() {
        Runnable measure = () -> {
            if (tabs.lookup(".headers-region") instanceof Region headers) {
                tabs.setMinWidth(Math.max(MIN_TABS_WIDTH, Math.ceil(headers.prefWidth(-1)) + 12));
            }
        };
        tabs.skinProperty().addListener((o, was, now) -> Platform.runLater(measure));
        tabs.getTabs().forEach(t -> t.textProperty().addListener((o, was, now) -> Platform.runLater(measure)));
    }

    /** Opens the window where it was, pulled onto the screen it is on now (or the main one). */
    void place() {
        Rectangle2D remembered = settings.get("window.w", 0.0) > 0 ? new Rectangle2D(settings.get("window.x", 0.0),
                settings.get("window.y", 0.0), settings.get("window.w", 0.0), settings.get("window.h", 0.0)) : null;
        Screen screen = remembered == null ? Screen.getPrimary() : Screen.getScreensForRectangle(remembered).stream()
                .findFirst().orElse(Screen.getPrimary());
        Rectangle2D visible = screen.getVisualBounds();
        Rectangle2D b = WindowPlacement.bounds(remembered, visible);
        stage.setMinWidth(Math.min(MIN_WIDTH, visible.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, visible.getHeight()));
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setMaximized(settings.get("window.maximized", false));
    }

    /** The dividers and the tab of the last run. */
    void restore() {
        double[] positions = {settings.get("divider.outer", 0.22), settings.get("divider.vertical", 0.48),
                settings.get("divider.lower", 0.58)};
        setDividers(positions);
        tabs.getSelectionModel().select((int) settings.get("tab", 0));
        // The split panes are first laid out at the scene's preferred size, before the window has its own, and the
        // filter pane does not resize with its parent: it would keep the width of that first layout. So the
        // proportions are put back after each layout at a new width (the split pane's own layout would undo them
        // during it), until the panes fill the window shown (give or take its frame).
        outer.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                Platform.runLater(() -> setDividers(positions));
                if (stage.isShowing() && now.doubleValue() >= stage.getWidth() * 0.95) {
                    outer.widthProperty().removeListener(this);
                }
            }
        });
    }

    private void setDividers(double[] positions) {
        outer.setDividerPositions(positions[0]);
        vertical.setDividerPositions(positions[1]);
        lower.setDividerPositions(positions[2]);
        // the map's minimum width (its attribution) would otherwise move this divider at that first layout too
        mapBeside.setDividerPositions(MAP_DIVIDER);
    }

    void store() {
        settings.put("divider.outer", outer.getDividerPositions()[0]);
        settings.put("divider.vertical", vertical.getDividerPositions()[0]);
        settings.put("divider.lower", lower.getDividerPositions()[0]);
        settings.put("tab", tabs.getSelectionModel().getSelectedIndex());
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.w", stage.getWidth());
            settings.put("window.h", stage.getHeight());
        }
        settings.flush();
    }
}
