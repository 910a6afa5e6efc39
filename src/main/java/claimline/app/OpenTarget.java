package claimline.app;

import claimline.corpus.CorpusReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/**
 * What opening some paths means: a folder or a collection file is a corpus, a JSON file a project or model, anything
 * else (articles, pages, PDFs, several files) is read together as files.
 */
enum OpenTarget {
    CORPUS, MODEL, FILES;

    static OpenTarget of(List<Path> paths) {
        if (paths.size() != 1) {
            return FILES;
        }
        Path one = paths.get(0);
        if (Files.isDirectory(one) || CorpusReader.isCollection(one)) {
            return CORPUS;
        }
        return one.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? MODEL : FILES;
    }

    /** Files and folders dropped on the window go to {@code open}, which says whether it opened anything. */
    static void acceptDrops(Scene scene, Predicate<List<Path>> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(open.test(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList()));
            e.consume();
        });
    }
}
