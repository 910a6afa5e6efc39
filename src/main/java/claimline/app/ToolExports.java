package claimline.app;

import claimline.model.Event;
import claimline.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The exports for the tools analysts use beside Claimline, TimelineJS and ACLED-style tables: of the events the filter
 * shows, written in the background, the status bar saying what was written, and a failure told in a dialog that
 * names the file and the reason (an export is asked for, so its failure must not pass unseen in the status bar).
 */
final class ToolExports {
    private final MainViewModel vm;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Supplier<String> title;

    /** {@code title}: the timeline's title, the name of the corpus shown. */
    ToolExports(MainViewModel vm, StatusBar status, Supplier<Window> owner, Supplier<String> title) {
        this.vm = vm;
        this.status = status;
        this.owner = owner;
        this.title = title;
    }

    void timelineJs(Path file) {
        if (vm.index() == null) {
            return;
        }
        List<Event> events = List.copyOf(vm.visibleEvents());
        status.run(ModelTasks.exportTimelineJs(vm.index().model(), events, title.get(), file),
                p -> status.say(Messages.get("status.exportedTimelineJs", events.size(), p)), t -> failed(file, t));
    }

    void acled(Path file) {
        if (vm.index() == null) {
            return;
        }
        List<Event> events = List.copyOf(vm.visibleEvents());
        status.run(ModelTasks.exportAcled(vm.index().model(), events, file),
                rows -> status.say(Messages.get("status.exportedAcled", rows, events.size(), file)),
                t -> failed(file, t));
    }

    private void failed(Path file, Throwable t) {
        String reason = SaveDialogs.reason(t);
        status.say(Messages.get("status.exportFailed", file, reason));
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.ERROR, Messages.get("export.failed.body", file, reason),
                ButtonType.CLOSE));
        a.getDialogPane().setId("export-failed");
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("export.failed.header"));
        a.initOwner(owner.get());
        a.show();
    }
}
