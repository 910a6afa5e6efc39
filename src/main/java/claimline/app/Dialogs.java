package claimline.app;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;

/**
 * Dialog buttons in the interface's language. JavaFX names its standard buttons (OK, Cancel) in the system's
 * language, and only in the few it ships, so an Indonesian interface would ask "OK / Cancel"; these keep what each
 * button does (its ButtonData, which the standard dialogs' results rest on) with our words.
 */
final class Dialogs {
    private Dialogs() {}

    static ButtonType ok() {
        return new ButtonType(Messages.get("button.ok"), ButtonData.OK_DONE);
    }

    static ButtonType cancel() {
        return new ButtonType(Messages.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /**
     * The dialog with its standard buttons replaced by ours, and wide enough for all its buttons' words: the button
     * bar would cut longer words short ("Simpan Seb...") rather than widen the dialog.
     */
    static <D extends Dialog<?>> D inLanguage(D d) {
        d.getDialogPane().getButtonTypes().replaceAll(b -> b == ButtonType.OK ? ok()
                : b == ButtonType.CANCEL ? cancel()
                : b == ButtonType.CLOSE ? new ButtonType(Messages.get("button.close"), ButtonData.CANCEL_CLOSE) : b);
        d.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> widenForButtons(d.getDialogPane()));
        return d;
    }

    /** Widens a dialog shown narrower than its row of buttons, whose words would otherwise be cut short. */
    private static void widenForButtons(DialogPane pane) {
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            double needed = Math.ceil(bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset());
            if (pane.getWidth() < needed) {
                // a dialog comes with a maximum width (600 px), narrower than four Indonesian buttons
                pane.setMaxWidth(Math.max(needed, pane.getMaxWidth()));
                pane.setPrefWidth(needed);
                pane.getScene().getWindow().sizeToScene();
            }
        }
    }
}
