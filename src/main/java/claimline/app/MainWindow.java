package claimline.app;

import claimline.export.ModelFiles;
import claimline.model.Event;
import claimline.model.EventModel;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The main window: reads a corpus in the background (progress bound to the status bar) and lists its events. */
public final class MainWindow {
    private final Stage stage;
    private final ListView<Event> events = new ListView<>();
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar(0);

    public MainWindow(Stage stage) {
        this.stage = stage;
        events.setId("events");
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.time().start().iso() + "  " + e.type().json() + "  " + e.title());
            }
        });
        status.setId("status");
        BorderPane root = new BorderPane(events);
        root.setBottom(new HBox(8, progress, status));
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("Claimline");
        stage.show();
    }

    public void openCorpus(Path folder) {
        Task<EventModel> task = new Task<>() {
            @Override
            protected EventModel call() throws Exception {
                updateMessage("Reading " + folder + " …");
                return ModelFiles.readCorpus(folder, false, claimline.corpus.CorpusReader.DEFAULT_MAX_FILE_SIZE,
                        f -> updateProgress(f, 1.0));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            status.textProperty().unbind();
            EventModel m = task.getValue();
            events.getItems().setAll(m.events());
            status.setText(m.documents().size() + " documents, " + m.events().size() + " events, "
                    + m.problems().size() + " problems");
        });
        task.setOnFailed(e -> {
            status.textProperty().unbind();
            status.setText("Cannot read " + folder + ": " + task.getException().getMessage());
        });
        Thread t = new Thread(task, "corpus-reader");
        t.setDaemon(true);
        t.start();
    }

    public Stage stage() { return stage; }
}
