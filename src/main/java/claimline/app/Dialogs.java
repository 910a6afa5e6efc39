package claimline.app;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

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

    /** The dialog with its standard buttons replaced by ours. */
    static <D extends Dialog<?>> D inLanguage(D d) {
        d.getDialogPane().getButtonTypes().replaceAll(b -> b == ButtonType.OK ? ok()
                : b == ButtonType.CANCEL ? cancel()
                : b == ButtonType.CLOSE ? new ButtonType(Messages.get("button.close"), ButtonData.CANCEL_CLOSE) : b);
        return d;
    }
}
