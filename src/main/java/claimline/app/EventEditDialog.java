package claimline.app;

import claimline.corrections.Correction;
import claimline.model.Event;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.TimePoint;
import claimline.viewmodel.CorrectionsViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Edits an event's title, type, time and precision, actors and places; OK stays disabled until the time parses. */
final class EventEditDialog extends Dialog<Correction.EditEvent> {
    EventEditDialog(Event e, claimline.viewmodel.ModelIndex index) {
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
        // actors and places by name, never by internal id; read back to ids on OK
        java.util.Map<String, String> actorIds = new java.util.LinkedHashMap<>();
        index.model().actors().forEach(a -> actorIds.putIfAbsent(a.id(), index.actorName(a.id())));
        java.util.Map<String, String> actorNames = NameList.unique(actorIds);
        java.util.Map<String, String> placeIds = new java.util.LinkedHashMap<>();
        index.model().places().forEach(p -> placeIds.putIfAbsent(p.id(), p.name()));
        java.util.Map<String, String> placeNames = NameList.unique(placeIds);
        TextField actors = new TextField(NameList.of(e.actors(), id -> actorNames.getOrDefault(id, id)));
        actors.setId("edit-actors");
        TextField places = new TextField(NameList.of(e.places(), id -> placeNames.getOrDefault(id, id)));
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
        type.setConverter(words(Formats::type));
        precision.setConverter(words(Formats::precision));
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
                precision.getValue(), NameList.ids(actors.getText(), actorNames),
                NameList.ids(places.getText(), placeNames)));
    }

    /** Shows a choice in words ("armed clash", "to the minute"); the combo boxes are not editable. */
    private static <E> javafx.util.StringConverter<E> words(java.util.function.Function<E, String> words) {
        return new javafx.util.StringConverter<E>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : words.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
