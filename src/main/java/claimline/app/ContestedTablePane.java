package claimline.app;

import claimline.viewmodel.ContestedTable;
import claimline.viewmodel.MainViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * One row per contested event, one column per party, so an analyst can scan where the versions differ. Every cell
 * wraps its text between words in its column and the row grows to fit it; columns have minimum widths, and when the
 * parties do not fit side by side the table scrolls sideways rather than squeezing a party out of view.
 */
final class ContestedTablePane extends TableView<ContestedTable.Row> {
    /** A time such as "13 Sep 2022, 00:05 (UTC+4)" wraps onto two lines of this width. */
    private static final double TIME_WIDTH = 110;
    private static final double TITLE_MIN = 150;
    private static final double PARTY_MIN = 180;
    /** Room kept for the vertical scroll bar, so that sharing out the width never needs a sideways one. */
    private static final double SCROLL_BAR = 16;
    private final MainViewModel vm;
    private boolean stale = true;

    ContestedTablePane(MainViewModel vm) {
        this.vm = vm;
        setId("contested-table");
        // Widths are shared out here rather than by a constrained policy, which squeezes columns to fit and hides
        // the sideways scroll bar: the parties get what is left after the time and the title, never below a width
        // that reads, and the table scrolls sideways when they do not fit.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        widthProperty().addListener((o, was, now) -> shareWidth());
        setPlaceholder(new Label(Messages.get("contested.none")));
        vm.visibleEvents().addListener((ListChangeListener<claimline.model.Event>) c -> markStale());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now.event());
            }
        });
    }

    private void markStale() {
        stale = true;
    }

    /** Rebuilt only when shown: a large corpus has many contested events and the tab is often hidden. */
    void refreshIfStale() {
        if (!stale) {
            return;
        }
        stale = false;
        ContestedTable t = vm.contestedTable();
        getColumns().clear();
        if (t == null) {
            getItems().clear();
            return;
        }
        getColumns().add(column(Messages.get("table.time"), r -> Formats.time(r.event().time()),
                TIME_WIDTH, TIME_WIDTH + 30));
        getColumns().add(column(Messages.get("table.event"), r -> r.event().title(), TITLE_MIN,
                Double.MAX_VALUE));
        for (int p = 0; p < t.parties().size(); p++) {
            int party = p;
            getColumns().add(column(t.partyNames().get(p), r -> r.versions().get(party), PARTY_MIN,
                    Double.MAX_VALUE));
        }
        getItems().setAll(t.rows());
        shareWidth();
    }

    /** Time at its width; title and parties share the rest, a party one and a half times the title's share. */
    private void shareWidth() {
        int parties = getColumns().size() - 2;
        if (parties < 0) {
            return;
        }
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - SCROLL_BAR - TIME_WIDTH;
        double share = room / (1 + 1.5 * parties);
        getColumns().get(0).setPrefWidth(TIME_WIDTH);
        getColumns().get(1).setPrefWidth(Math.max(TITLE_MIN, Math.floor(share)));
        for (int p = 0; p < parties; p++) {
            getColumns().get(p + 2).setPrefWidth(Math.max(PARTY_MIN, Math.floor(1.5 * share)));
        }
    }

    private static TableColumn<ContestedTable.Row, String> column(String name, Function<ContestedTable.Row, String> value,
                                                                   double min, double max) {
        TableColumn<ContestedTable.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setCellFactory(x -> new WrappingCell());
        c.setMinWidth(min);
        c.setPrefWidth(min);
        c.setMaxWidth(max);
        c.setSortable(false);
        return c;
    }

    /**
     * A cell whose text wraps at its column's width (a Text, not the cell's own label, which would cut it short with
     * "…"); the row takes the height of its tallest cell.
     */
    private static final class WrappingCell extends TableCell<ContestedTable.Row, String> {
        private final Text text = new Text();

        WrappingCell() {
            setAlignment(javafx.geometry.Pos.TOP_LEFT);
            text.getStyleClass().setAll("cell-text", "table-text");
            // The column's width, not the cell's: a cell is laid out at zero width before its first pass, and a Text
            // wrapped at zero stacks one letter per line.
            tableColumnProperty().addListener((o, was, now) -> {
                text.wrappingWidthProperty().unbind();
                if (now != null) {
                    text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.max(40, now.getWidth() - snappedLeftInset() - snappedRightInset() - 2),
                            now.widthProperty(), paddingProperty()));
                }
            });
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            text.setText(empty || s == null ? "" : s);
            setGraphic(empty ? null : text);
        }
    }
}
