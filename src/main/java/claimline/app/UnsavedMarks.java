package claimline.app;

import claimline.viewmodel.SaveState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Unsaved corrections where the analyst looks: a star before the window title, and in the status bar what is
 * unsaved and why (a save that failed and when it is tried again, another program's version kept).
 */
final class UnsavedMarks {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private UnsavedMarks() {}

    /** The window title follows {@code title}, with a star while corrections are unsaved. */
    static void bindTitle(Stage stage, StringProperty title, SaveState state) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> state.isDirty()
                ? Messages.get("title.unsaved", title.get()) : title.get(), title, state.dirtyProperty()));
    }

    /** The status bar's note on unsaved corrections, at its right end; out of the way when everything is saved. */
    static javafx.scene.Node statusNote(SaveState state) {
        javafx.scene.layout.HBox right = new javafx.scene.layout.HBox(label(state));
        right.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        javafx.scene.layout.HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        return right;
    }

    private static Label label(SaveState state) {
        Label l = new Label();
        l.setId("save-state");
        l.getStyleClass().add("save-state");
        l.textProperty().bind(Bindings.createStringBinding(() -> text(state), state.dirtyProperty(),
                state.failureProperty(), state.retrySecondsProperty(), state.declinedProperty()));
        l.visibleProperty().bind(state.dirtyProperty());
        l.managedProperty().bind(state.dirtyProperty());
        state.failureProperty().addListener((o, was, now) -> l.pseudoClassStateChanged(FAILED, now != null));
        state.declinedProperty().addListener((o, was, now) -> l.pseudoClassStateChanged(FAILED, now));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static String text(SaveState state) {
        if (!state.isDirty()) {
            return "";
        }
        if (state.failureProperty().get() != null) {
            return Messages.get("save.state.failed", state.failureProperty().get(), state.retrySecondsProperty().get());
        }
        return state.declinedProperty().get() ? Messages.get("save.state.declined") : Messages.get("save.state.unsaved");
    }
}
