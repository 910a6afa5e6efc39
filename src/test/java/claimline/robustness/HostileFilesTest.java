package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.cli.ClaimlineCommand;
import claimline.corpus.Corpus;
import claimline.corpus.CorpusReader;
import claimline.corpus.SourceText;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of real-world files always holds something broken: each is a problem entry, the rest is read. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static ProblemKind kindOf(EventModel m, String path) {
        return m.problems().stream().filter(p -> p.path().equals(path)).map(Problem::kind).findFirst().orElse(null);
    }

    private void good() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Jakarta, 3 Maret 2023 - Pasukan Tajikistan menembaki pos "
                + "perbatasan Kirgistan pada Kamis malam, kata Kementerian Pertahanan Kirgistan.");
    }

    @Test
    void binaryFormatsAreRefusedByTheirMagicNumbers() throws Exception {
        good();
        Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("archive.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0});
        Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        EventModel m = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        assertThat(kindOf(m, "report.txt")).isEqualTo(ProblemKind.BINARY);
        assertThat(kindOf(m, "archive.txt")).isEqualTo(ProblemKind.BINARY);
        assertThat(kindOf(m, "photo.html")).isEqualTo(ProblemKind.BINARY);
        assertThat(m.documents()).extracting(d -> d.path()).containsExactly("good.txt");
    }

    @Test
    void invalidUtf8AndUtf16WithoutABomAreDecodedOrReported() throws Exception {
        Files.write(dir.resolve("broken.txt"), new byte[] {'S', 'e', 'n', 'i', 'n', ' ', (byte) 0xC3, (byte) 0x28,
                ' ', 'm', 'a', 'l', 'a', 'm', ' ', (byte) 0xFF});
        Files.write(dir.resolve("wide.txt"), "Senin malam pasukan menembaki desa itu".getBytes(StandardCharsets.UTF_16LE));
        Corpus c = new CorpusReader().read(dir);
        assertThat(c.texts()).extracting(SourceText::path).contains("wide.txt");
        assertThat(c.texts().stream().filter(t -> t.path().equals("wide.txt")).findFirst().orElseThrow().text())
                .isEqualTo("Senin malam pasukan menembaki desa itu");
        boolean brokenRead = c.texts().stream().anyMatch(t -> t.path().equals("broken.txt"));
        boolean brokenReported = c.problems().stream().anyMatch(p -> p.path().equals("broken.txt"));
        assertThat(brokenRead || brokenReported).isTrue();
        assertThat(brokenReported).as("a guessed charset is always reported").isTrue();
    }

    @Test
    void aFiftyMegabyteFileIsTooLargeAndAOneMegabyteLineIsRead() throws Exception {
        good();
        byte[] line = "Pasukan menembaki desa itu pada Senin malam dan ".repeat(22_000).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("one-line.txt"), line);
        try (var out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            byte[] chunk = "kata kementerian pertahanan. ".repeat(35_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(dir.resolve("huge.txt"))).isGreaterThan(50_000_000L);
        assertThat(line.length).isGreaterThan(1_000_000);
        EventModel m = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        assertThat(kindOf(m, "huge.txt")).isEqualTo(ProblemKind.TOO_LARGE);
        assertThat(m.documents()).extracting(d -> d.path()).containsExactlyInAnyOrder("good.txt", "one-line.txt");
    }

    @Test
    void deeplyNestedHtmlIsReadAsText() throws Exception {
        String html = "<html><body>" + "<div><span>".repeat(10_000) + "Senin (12/9) malam pasukan menembaki desa"
                + "</span></div>".repeat(10_000) + "</body></html>";
        Files.writeString(dir.resolve("nested.html"), html);
        EventModel m = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        assertThat(m.documents()).hasSize(1);
        assertThat(m.documents().get(0).text()).contains("Senin (12/9) malam pasukan menembaki desa");
    }

    @Test
    void aSymbolicLinkLoopDoesNotTrapARecursiveRead() throws Exception {
        good();
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Corpus c = new CorpusReader(true, CorpusReader.DEFAULT_MAX_FILE_SIZE).read(dir);
        assertThat(c.texts()).extracting(SourceText::path).containsExactly("good.txt");
    }

    @Test
    void anUnreadableFileAndAFolderNamedLikeAnArticleAreProblemsOrSkipped() throws Exception {
        good();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Senin malam");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.createDirectories(dir.resolve("folder.txt"));
        Corpus c = new CorpusReader().read(dir);
        boolean root = Files.isReadable(secret); // root reads a file whatever its permissions say
        if (root) {
            assertThat(c.texts()).extracting(SourceText::path).contains("secret.txt");
        } else {
            assertThat(c.problems()).anyMatch(p -> p.path().equals("secret.txt") && p.kind() == ProblemKind.UNREADABLE);
        }
        assertThat(c.texts()).extracting(SourceText::path).contains("good.txt").doesNotContain("folder.txt");
    }

    @Test
    void aFileDeletedWhileTheCorpusIsReadIsAProblem() throws Exception {
        good();
        Path vanishing = dir.resolve("zz-vanishing.txt");
        Files.writeString(vanishing, "Senin malam");
        // listed, then gone before it is read (the files are read on all cores, so the listing is where it is caught)
        List<Path> listed = List.of(dir.resolve("good.txt"), vanishing);
        Files.delete(vanishing);
        Corpus c = new CorpusReader().readFiles(dir, listed, f -> { });
        assertThat(c.texts()).extracting(SourceText::path).containsExactly("good.txt");
        assertThat(c.problems()).containsExactly(new claimline.model.Problem("zz-vanishing.txt", ProblemKind.UNREADABLE,
                "the file disappeared while the corpus was read"));
    }

    @Test
    void theCliGivesOneLineAndExitCodeThreeForAFolderThatDoesNotExist() {
        var err = new java.io.ByteArrayOutputStream();
        var old = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            code = ClaimlineCommand.run(f -> { }, "export", dir.resolve("missing").toString(), "--out", "-");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(ClaimlineCommand.CORPUS);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("claimline: ").doesNotContain("\n")
                .contains("does not exist");
        assertThat(List.of(code)).containsExactly(3);
    }
}
