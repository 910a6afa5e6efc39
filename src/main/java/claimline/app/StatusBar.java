package claimline.app;

import claimline.viewmodel.MainViewModel;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The bottom line of the window: the progress of background work, what the window has to say (the model's counts
 * when nothing else), and at its right end a note of its own (unsaved corrections). Background work is run from here
 * so that its progress and message show, and a failure is told, never thrown.
 */
final class StatusBar extends HBox {
    private final MainViewModel vm;
    private final Label status = new Label(Messages.get("app.title"));
    private final ProgressBar progress = new ProgressBar(0);
    private Task<?> running;

    StatusBar(MainViewModel vm) {
        super(10);
        this.vm = vm;
        status.setId("status");
        progress.setId("progress");
        progress.setPrefWidth(160);
        getChildren().addAll(progress, status);
        getStyleClass().add("status-bar");
        vm.statusProperty().addListener((o, was, now) -> {
            if (running == null) {
                status.setText(now);
            }
        });
    }

    /** Puts a note at the right end of the bar. */
    void addNote(Node note) {
        getChildren().add(note);
    }

    void say(String text) {
        status.setText(text);
    }

    /** A word of its own (a folder grew), unless background work is showing its progress here. */
    void sayUnlessBusy(String text) {
        if (!status.textProperty().isBound()) {
            status.setText(text);
        }
    }

    /** The model's counts with a note after them. */
    void sayAfterCounts(String note) {
        status.setText(vm.statusProperty().get() + " — " + note);
    }

    /** Runs background work with its progress and message here; one at a time (a new one cancels the one running). */
    <T> void run(Task<T> task, Consumer<T> onSuccess) {
        run(task, onSuccess, null);
    }

    /** As {@link #run(Task, Consumer)}; a failure goes to {@code onFailure}, when given, to be told in its own words. */
    <T> void run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancelRunning();
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                status.textProperty().unbind();
                progress.progressProperty().unbind();
                progress.setProgress(0);
                if (running == task) {
                    running = null;
                }
            }
            if (now == Worker.State.SUCCEEDED) {
                onSuccess.accept(task.getValue());
                if (status.getText() == null || status.getText().equals(task.getMessage())) {
                    status.setText(vm.statusProperty().get());
                }
            } else if (now == Worker.State.FAILED && onFailure != null) {
                onFailure.accept(task.getException());
            } else if (now == Worker.State.FAILED) {
                Throwable t = task.getException();
                status.setText(Messages.get("status.failed", task.getMessage(), t.getMessage()));
            }
        });
        Thread t = new Thread(task, "claimline-background");
        t.setDaemon(true);
        t.start();
    }

    /** Stops the background work under way, if any (the window is replaced, or other work starts). */
    void cancelRunning() {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
    }
}
