package claimline.app;

import claimline.viewmodel.ContestedTable;
import claimline.viewmodel.MainViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** One row per contested event, one column per party, so an analyst can scan where the versions differ. */
final class ContestedTablePane extends TableView<ContestedTable.Row> {
    private final MainViewModel vm;
    private boolean stale = true;

    ContestedTablePane(MainViewModel vm) {
        this.vm = vm;
        setId("contested-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        TableColumn<ContestedTable.Row, String> when = new TableColumn<>(Messages.get("table.time"));
        when.setCellValueFactory(r -> new ReadOnlyStringWrapper(Formats.time(r.getValue().event().time())));
        when.setPrefWidth(140);
        TableColumn<ContestedTable.Row, String> title = new TableColumn<>(Messages.get("table.event"));
        title.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().event().title()));
        title.setPrefWidth(200);
        getColumns().add(when);
        getColumns().add(title);
        for (int p = 0; p < t.parties().size(); p++) {
            int column = p;
            TableColumn<ContestedTable.Row, String> c = new TableColumn<>(t.partyNames().get(p));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().versions().get(column)));
            c.setCellFactory(x -> wrapping());
            c.setPrefWidth(260);
            getColumns().add(c);
        }
        getItems().setAll(t.rows());
    }

    private static TableCell<ContestedTable.Row, String> wrapping() {
        return new TableCell<>() {
            private final Text text = new Text();

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.wrappingWidthProperty().bind(widthProperty().subtract(10));
                text.getStyleClass().setAll("table-text");
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        };
    }
}
