package claimline.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: reads the corpus in the background and shows its events. */
public final class ClaimlineApp extends Application {
    private static Path initialCorpus = Path.of("seeds");

    public static void launchOn(Path corpus) {
        initialCorpus = corpus;
        Application.launch(ClaimlineApp.class);
    }

    public static Path initialCorpus() { return initialCorpus; }

    @Override
    public void start(Stage stage) {
        new MainWindow(stage).openCorpus(initialCorpus);
    }
}
