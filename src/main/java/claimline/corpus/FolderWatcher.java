package claimline.corpus;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an open corpus folder for articles added or rewritten, through the platform's {@link WatchService}. A file
 * is written over some time (a browser saving a page, a copy of many files), so the changes are told in batches: once
 * the folder has been quiet for {@code quiet}, the article files that changed since the last batch. Runs on a daemon
 * thread of its own until closed.
 */
public final class FolderWatcher implements AutoCloseable {
    private final Path folder;
    private final WatchService service;
    private final Thread thread;

    public FolderWatcher(Path folder, Duration quiet, Consumer<List<Path>> onChanged) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        service = FileSystems.getDefault().newWatchService();
        this.folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        thread = new Thread(() -> watch(quiet, onChanged), "claimline-folder-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    public Path folder() { return folder; }

    private void watch(Duration quiet, Consumer<List<Path>> onChanged) {
        TreeSet<Path> changed = new TreeSet<>();
        try {
            while (true) {
                WatchKey key = changed.isEmpty() ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    onChanged.accept(List.copyOf(changed));
                    changed.clear();
                    continue;
                }
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                        // events were lost: the folder itself stands for "something changed, read it again"
                        changed.add(folder);
                    } else if (e.context() instanceof Path name && CorpusReader.isArticle(name)) {
                        changed.add(folder.resolve(name));
                    }
                }
                if (!key.reset()) {
                    return; // the folder is gone
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException closed) {
            // closed: the analyst opened something else
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
