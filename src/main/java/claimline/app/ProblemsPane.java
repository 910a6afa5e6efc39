package claimline.app;

import claimline.model.Problem;
import claimline.viewmodel.MainViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Files that could not be read, or were read in part, and why. */
final class ProblemsPane extends TableView<Problem> {
    ProblemsPane(MainViewModel vm) {
        setId("problems");
        setItems(vm.problems());
        setPlaceholder(new Label("Every file was read."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, String> path = new TableColumn<>("File");
        path.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().path()));
        path.setPrefWidth(260);
        TableColumn<Problem, String> kind = new TableColumn<>("Problem");
        kind.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().kind().json()));
        kind.setPrefWidth(110);
        TableColumn<Problem, String> message = new TableColumn<>("Details");
        message.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().message()));
        getColumns().add(path);
        getColumns().add(kind);
        getColumns().add(message);
    }
}
