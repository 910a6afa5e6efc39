package claimline.app;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Pages a list or table by pixels when its vertical scroll bar's trough is clicked. OpenJFX 21 pages by whole cells
 * there, and when the first row on show is taller than the viewport (a contested event's versions, wrapped) it asks
 * for the cell before the first one and throws IndexOutOfBoundsException from VirtualFlow (seen in the log while
 * scrolling the contested table; AnalystAfternoonTest reproduces it). Paging by pixels is what the mouse wheel does,
 * which never throws.
 */
final class TroughPaging {
    /** How much of the viewport one click moves, leaving a little of what was on show for context. */
    private static final double PAGE = 0.9;

    private TroughPaging() {}

    static void install(Control list) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !(e.getTarget() instanceof Node target)) {
                return;
            }
            ScrollBar bar = verticalBarWhoseTrackIs(target);
            VirtualFlow<?> flow = bar == null ? null : flowOf(bar);
            Node thumb = bar == null ? null : bar.lookup(".thumb");
            if (flow == null || thumb == null) {
                return;
            }
            Bounds t = thumb.localToScreen(thumb.getBoundsInLocal());
            if (t == null) {
                return;
            }
            double direction = e.getScreenY() < t.getMinY() ? -1 : e.getScreenY() > t.getMaxY() ? 1 : 0;
            flow.scrollPixels(direction * PAGE * flow.getHeight());
            e.consume();
        });
    }

    private static ScrollBar verticalBarWhoseTrackIs(Node target) {
        if (!target.getStyleClass().contains("track") && !target.getStyleClass().contains("track-background")) {
            return null;
        }
        return target.getParent() instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL ? bar
                : null;
    }

    private static VirtualFlow<?> flowOf(ScrollBar bar) {
        for (Node n = bar.getParent(); n != null; n = n.getParent()) {
            if (n instanceof VirtualFlow<?> flow) {
                return flow;
            }
        }
        return null;
    }
}
