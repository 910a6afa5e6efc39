package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Document;
import claimline.model.EventModel;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import claimline.model.Published;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    @TempDir
    Path dir;

    @Test
    void articlesAddedAreToldInOneBatchOnceTheFolderIsQuietAndOtherFilesAreNot() throws Exception {
        BlockingQueue<List<Path>> batches = new LinkedBlockingQueue<>();
        try (FolderWatcher w = new FolderWatcher(dir, Duration.ofMillis(300), batches::add)) {
            Files.writeString(dir.resolve("a.txt"), "Pasukan menembaki desa.");
            Files.writeString(dir.resolve("b.html"), "<p>Pasukan menembaki desa.</p>");
            Files.writeString(dir.resolve("notes.md"), "not an article");
            Files.writeString(dir.resolve("c.pdf.part"), "a download under way");
            List<Path> first = batches.poll(30, TimeUnit.SECONDS);
            // a slow disk may split them in two batches; together they are the two articles and nothing else
            List<Path> all = new java.util.ArrayList<>(first);
            while (all.size() < 2) {
                all.addAll(batches.poll(30, TimeUnit.SECONDS));
            }
            assertThat(all).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("a.txt", "b.html");

            Files.writeString(dir.resolve("d.jsonl"), "{\"text\": \"x\"}\n");
            assertThat(batches.poll(30, TimeUnit.SECONDS)).extracting(p -> p.getFileName().toString())
                    .containsExactly("d.jsonl");
        }
    }

    @Test
    void afterCloseNothingIsTold() throws Exception {
        BlockingQueue<List<Path>> batches = new LinkedBlockingQueue<>();
        FolderWatcher w = new FolderWatcher(dir, Duration.ofMillis(100), batches::add);
        w.close();
        Files.writeString(dir.resolve("a.txt"), "Pasukan menembaki desa.");
        assertThat(batches.poll(2, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void theGrowthSaysWhichDocumentsAndUnreadableFilesAreNew() {
        Document a = doc("a");
        Document b = doc("b");
        Problem old = new Problem("x.txt", ProblemKind.EMPTY, "the file is empty");
        Problem secret = new Problem("secret.pdf", ProblemKind.ENCRYPTED, "protected");
        EventModel before = new EventModel("g", List.of(a), List.of(), List.of(), List.of(), List.of(old));
        EventModel after = new EventModel("g", List.of(a, b), List.of(), List.of(), List.of(), List.of(old, secret));
        CorpusGrowth g = CorpusGrowth.between(before, after);
        assertThat(g.addedPaths()).containsExactly("b.txt");
        assertThat(g.unreadablePaths()).containsExactly("secret.pdf");
        assertThat(CorpusGrowth.between(after, after).nothingNew()).isTrue();
    }

    private static Document doc(String id) {
        return new Document(id, id + ".txt", null, null, "id", Published.unknown(""), "teks", List.of());
    }
}
