package claimline.app;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row of a filter list: a check box and the row's whole text, wrapped at the list's width (a long actor name is
 * never cut to "…"), with the text as a tooltip too. Whether it is checked is read from the filter, and a click asks
 * the filter to change: the list keeps no check state of its own that could drift from the filter. The check box
 * takes no focus when clicked, so the list keeps it and arrow keys move through the list, instead of starting focus
 * traversal from a check box whose cell the list may since have recycled (which threw in VirtualFlow).
 */
final class FilterCell<T> extends ListCell<T> {
    private final Function<T, String> text;
    private final Predicate<T> heading;
    private final Predicate<T> checked;
    private final CheckBox box = new CheckBox();
    private final Label label = new Label();
    private final HBox row = new HBox(8, box, label);
    private final Tooltip tooltip = new Tooltip();

    /**
     * @param heading rows that head others (bold; the others are indented), or null for a flat list
     * @param checked whether the filter shows the row's item
     * @param toggle  asks the filter to show (true) or hide (false) the row's item
     */
    FilterCell(Function<T, String> text, Predicate<T> heading, Predicate<T> checked, BiConsumer<T, Boolean> toggle) {
        this.text = text;
        this.heading = heading;
        this.checked = checked;
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            if (getItem() != null) {
                toggle.accept(getItem(), box.isSelected());
            }
        });
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        // laid out at the list's width, so that the text wraps there rather than widening the cell
        setPrefWidth(0);
        setText(null);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        box.setSelected(checked.test(item));
        label.setText(text.apply(item));
        // set here, not by a style class: the list measures the cell's height right after this, before CSS runs again
        boolean isHeading = heading != null && heading.test(item);
        row.setPadding(new Insets(0, 0, 0, heading != null && !isHeading ? 16 : 0));
        label.setStyle(isHeading ? "-fx-font-weight: bold;" : "");
        tooltip.setText(label.getText());
        setTooltip(tooltip);
        setGraphic(row);
    }

    /**
     * As tall as the row's text wrapped at the width the list gives it. The list asks before it lays the cell out at
     * that width, and the row's own answer (its label's one-line width) would cut a long name to "…" in a narrow
     * pane; room is left for the list's scroll bar.
     */
    @Override
    protected double computePrefHeight(double width) {
        ListView<T> list = getListView();
        double w = width > 0 ? width : list == null ? -1 : list.getWidth() - list.snappedLeftInset()
                - list.snappedRightInset() - SCROLL_BAR;
        if (getGraphic() == null || w <= 0) {
            return super.computePrefHeight(width);
        }
        double text = w - snappedLeftInset() - snappedRightInset() - row.getPadding().getLeft()
                - box.prefWidth(-1) - row.getSpacing();
        return snappedTopInset() + snappedBottomInset() + Math.max(box.prefHeight(-1), label.prefHeight(text));
    }

    /** The width a vertical scroll bar takes from the rows (Atlantafx's is narrower). */
    private static final double SCROLL_BAR = 16;

    /** A list of these cells; Space checks or unchecks the row that has the focus. */
    static <T> void install(ListView<T> list, Function<T, String> text, Predicate<T> heading, Predicate<T> checked,
                            BiConsumer<T, Boolean> toggle) {
        list.setCellFactory(v -> new FilterCell<>(text, heading, checked, toggle));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getFocusModel().getFocusedIndex();
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && i >= 0 && i < list.getItems().size()) {
                T item = list.getItems().get(i);
                toggle.accept(item, !checked.test(item));
                e.consume();
            }
        });
    }
}
