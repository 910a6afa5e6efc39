package claimline.app;

import claimline.corrections.Corrector;
import claimline.model.Problem;
import claimline.viewmodel.CorrectionsViewModel;
import claimline.viewmodel.MainViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Files that could not be read (or only in part) and why; below them, corrections that no longer apply and why. */
final class ProblemsPane extends VBox {
    ProblemsPane(MainViewModel vm, CorrectionsViewModel corrections) {
        TableView<Problem> table = new TableView<>(vm.problems());
        table.setId("problems");
        table.setPlaceholder(new Label(Messages.get("problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, String> path = new TableColumn<>(Messages.get("problems.file"));
        path.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().path()));
        path.setPrefWidth(260);
        TableColumn<Problem, String> kind = new TableColumn<>(Messages.get("problems.kind"));
        kind.setCellValueFactory(r -> new ReadOnlyStringWrapper(Messages.name("problem", r.getValue().kind())));
        kind.setPrefWidth(110);
        TableColumn<Problem, String> message = new TableColumn<>(Messages.get("problems.details"));
        message.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().message()));
        // a narrow window cuts the reason short ("line 33: …"): the whole of it on hover
        message.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        table.getColumns().add(path);
        table.getColumns().add(kind);
        table.getColumns().add(message);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label heading = new Label(Messages.get("problems.unapplied", 0));
        heading.getStyleClass().add("pane-heading");
        heading.setPadding(new Insets(6, 8, 0, 8));
        ListView<Corrector.Unapplied> unapplied = new ListView<>(corrections.unapplied());
        unapplied.setId("unapplied");
        // both lists share the room: the corrections that no longer apply are no footnote to the files
        unapplied.setPrefHeight(120);
        table.setPrefHeight(120);
        VBox.setVgrow(unapplied, Priority.ALWAYS);
        unapplied.setPlaceholder(new Label(Messages.get("problems.allApply")));
        unapplied.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Corrector.Unapplied u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.correction().describe() + " — " + u.reason());
            }
        });
        corrections.unapplied().addListener((ListChangeListener<Corrector.Unapplied>) c ->
                heading.setText(Messages.get("problems.unapplied", corrections.unapplied().size())));
        TroughPaging.install(table);
        TroughPaging.install(unapplied);
        getChildren().addAll(table, heading, unapplied);
    }
}
