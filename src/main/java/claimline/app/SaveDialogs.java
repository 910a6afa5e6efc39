package claimline.app;

import claimline.corrections.ProjectFiles;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The questions and warnings about the project file. None blocks (saves finish on timers and in tasks, where a
 * nested event loop is not allowed): each calls back with the button chosen once its dialog closes.
 */
final class SaveDialogs {
    enum Unsaved { SAVE, SAVE_AS, DISCARD, CANCEL }

    enum Damaged { RESTORE, START_AFRESH }

    private SaveDialogs() {}

    /** Why a save failed, in words: the system's reason where it gives one, never just a path. */
    static String reason(Throwable t) {
        if (t instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason();
        }
        if (t instanceof AccessDeniedException) {
            return Messages.get("save.reason.denied");
        }
        if (t instanceof NoSuchFileException) {
            return Messages.get("save.reason.noFolder");
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** A save failed: which file, why, that the corrections are still here, and Save As… to put them elsewhere. */
    static void failed(Window owner, Path file, String reason, int retrySeconds, Runnable saveAs) {
        ButtonType saveAsButton = new ButtonType(Messages.get("save.saveAs"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("save.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.ERROR, Messages.get("save.failed.body", file, reason,
                retrySeconds), saveAsButton, close));
        a.getDialogPane().setId("save-failed");
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("save.failed.header"));
        a.initOwner(owner);
        a.setOnHidden(e -> {
            if (a.getResult() == saveAsButton) {
                saveAs.run();
            }
        });
        a.show();
    }

    /** Corrections are about to be left behind (quitting, opening another corpus): save, save elsewhere, drop them? */
    static void unsaved(Window owner, Path file, String trouble, Consumer<Unsaved> then) {
        ButtonType save = new ButtonType(Messages.get("save.save"), ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType(Messages.get("save.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType(Messages.get("save.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("save.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.WARNING, Messages.get("save.unsaved.body", file)
                + (trouble == null ? "" : "\n\n" + trouble), save, saveAs, discard, cancel));
        a.getDialogPane().setId("unsaved");
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("save.unsaved.header"));
        a.initOwner(owner);
        a.setOnHidden(e -> {
            ButtonType r = a.getResult();
            then.accept(r == save ? Unsaved.SAVE : r == saveAs ? Unsaved.SAVE_AS : r == discard ? Unsaved.DISCARD
                    : Unsaved.CANCEL);
        });
        a.show();
    }

    /** The project file changed on disk since it was read or written: overwrite it, or keep the other version? */
    static void changedOnDisk(Window owner, Path file, Consumer<Boolean> overwrite) {
        ButtonType yes = new ButtonType(Messages.get("project.overwrite"), ButtonBar.ButtonData.OK_DONE);
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.WARNING, Messages.get("project.changedBody", file), yes,
                ButtonType.CANCEL));
        a.getDialogPane().setId("project-changed");
        a.setTitle(Messages.get("app.title"));
        a.initOwner(owner);
        a.setHeaderText(Messages.get("project.changedHeader"));
        a.setOnHidden(e -> overwrite.accept(a.getResult() == yes));
        a.show();
    }

    /**
     * The project file does not read: restore its newest readable backup, or start afresh. There is no Cancel (the
     * dialog cannot be dismissed while there are two choices): either way the damaged file is kept aside.
     */
    static void damaged(Window owner, Path file, String reason, ProjectFiles.Backup backup, Consumer<Damaged> then) {
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType(Messages.get("damaged.afresh"), ButtonBar.ButtonData.OTHER);
        String aside = file.getFileName().toString().replaceFirst("\\.json$", "") + ".damaged-….json";
        String body = Messages.get("damaged.body", file, reason) + "\n\n" + (backup == null
                ? Messages.get("damaged.noBackup", aside)
                : Messages.get("damaged.backup", backup.file().getFileName(), saved(backup),
                        backup.project().corrections().size(), file.getFileName(), aside));
        Alert a = Dialogs.inLanguage(backup == null ? new Alert(Alert.AlertType.WARNING, body, afresh)
                : new Alert(Alert.AlertType.WARNING, body, restore, afresh));
        a.getDialogPane().setId("damaged-project");
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("damaged.header"));
        a.initOwner(owner);
        a.setOnHidden(e -> then.accept(a.getResult() == restore ? Damaged.RESTORE : Damaged.START_AFRESH));
        a.show();
    }

    /** A damaged file could not even be moved aside: it stays, and nothing is written over it. */
    static void cannotKeepAside(Window owner, Path file, String reason) {
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.ERROR, Messages.get("damaged.cannotMove", file, reason),
                ButtonType.OK));
        a.getDialogPane().setId("damaged-stuck");
        a.setTitle(Messages.get("app.title"));
        a.initOwner(owner);
        a.show();
    }

    /** When the backup was saved, on this computer's clock, written the interface's way. */
    private static String saved(ProjectFiles.Backup b) {
        return TimeTexts.dayTime(b.saved().toInstant().atZone(ZoneId.systemDefault()));
    }
}
