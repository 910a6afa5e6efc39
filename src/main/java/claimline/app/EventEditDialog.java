package claimline.app;

import claimline.corrections.Correction;
import claimline.model.Event;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.TimePoint;
import claimline.viewmodel.CorrectionsViewModel;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Edits an event's title, type, time and precision, actors and places; OK stays disabled until the time parses. */
final class EventEditDialog extends Dialog<Correction.EditEvent> {
    EventEditDialog(Event e) {
        setTitle(Messages.get("edit.title"));
        setHeaderText(e.title());
        TextField title = new TextField(e.title());
        title.setId("edit-title");
        ComboBox<EventType> type = new ComboBox<>();
        type.getItems().setAll(EventType.values());
        type.setValue(e.type());
        TextField start = new TextField(e.time().start().iso());
        start.setId("edit-start");
        ComboBox<Precision> precision = new ComboBox<>();
        precision.getItems().setAll(Precision.values());
        precision.setValue(e.time().precision());
        TextField actors = new TextField(String.join(", ", e.actors()));
        TextField places = new TextField(String.join(", ", e.places()));
        Label error = new Label();
        error.getStyleClass().add("danger");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("edit.field.title")), title);
        grid.addRow(1, new Label(Messages.get("edit.field.type")), type);
        grid.addRow(2, new Label(Messages.get("edit.field.time")), start);
        grid.addRow(3, new Label(Messages.get("edit.field.precision")), precision);
        grid.addRow(4, new Label(Messages.get("edit.field.actors")), actors);
        grid.addRow(5, new Label(Messages.get("edit.field.places")), places);
        grid.add(error, 1, 6);
        title.setPrefColumnCount(36);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are never cut short
        grid.getColumnConstraints().add(labels);
        type.setConverter(names(EventType.class, "type"));
        precision.setConverter(names(Precision.class, "precision"));
        getDialogPane().setContent(grid);
        ButtonType ok = Dialogs.ok();
        getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel());
        Runnable validate = () -> {
            String problem = null;
            try {
                TimePoint.parse(start.getText().strip(), precision.getValue());
            } catch (RuntimeException ex) {
                problem = ex.getMessage();
            }
            if (title.getText().isBlank()) {
                problem = Messages.get("edit.error.emptyTitle");
            }
            error.setText(problem == null ? "" : problem);
            getDialogPane().lookupButton(ok).setDisable(problem != null);
        };
        title.textProperty().addListener((o, a, b) -> validate.run());
        start.textProperty().addListener((o, a, b) -> validate.run());
        precision.valueProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        setResultConverter(b -> b != ok ? null : new Correction.EditEvent(
                CorrectionsViewModel.anchorOf(e), title.getText().strip(), type.getValue(), start.getText().strip(),
                precision.getValue(), ids(actors.getText()), ids(places.getText())));
    }

    /** Shows an enum as the export format names it ("armed clash", "minute"). */
    private static <E extends Enum<E> & claimline.model.JsonName> javafx.util.StringConverter<E> names(Class<E> type,
                                                                                                String prefix) {
        return new javafx.util.StringConverter<E>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.name(prefix, e);
            }

            @Override
            public E fromString(String s) {
                return s == null ? null : claimline.model.JsonName.parse(type, s.strip().replace(' ', '_'));
            }
        };
    }

    private static List<String> ids(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
