package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private ProblemKind kindOf(Corpus c, String path) {
        return c.problems().stream().filter(p -> p.path().equals(path)).map(Problem::kind).findFirst().orElse(null);
    }

    @Test
    void eachBadFileIsAProblemAndTheRestIsRead() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Pasukan Armenia menembaki desa itu pada Senin (12/9/2022).");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(dir.resolve("nul.txt"), "abc\0def ghi".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("latin.txt"), "Caf\u00e9 na\u00efve \u2013 r\u00e9sum\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("big.txt"), new byte[2048]);
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Corpus c = new CorpusReader(false, 1024).read(dir);
        assertThat(c.texts()).extracting(SourceText::id).containsExactly("good", "latin");
        assertThat(kindOf(c, "empty.txt")).isEqualTo(ProblemKind.EMPTY);
        assertThat(kindOf(c, "image.txt")).isEqualTo(ProblemKind.BINARY);
        assertThat(kindOf(c, "nul.txt")).isEqualTo(ProblemKind.BINARY);
        assertThat(kindOf(c, "latin.txt")).isEqualTo(ProblemKind.ENCODING);
        assertThat(kindOf(c, "big.txt")).isEqualTo(ProblemKind.TOO_LARGE);
        assertThat(c.texts().get(1).text()).contains("Café");
    }

    @Test
    void byteOrderMarksAreHonouredAndRemoved() throws Exception {
        byte[] body = "Halo dunia".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(dir.resolve("a.txt"), withBom);
        Files.write(dir.resolve("b.txt"), "Hello world, no BOM here".getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        Corpus c = new CorpusReader().read(dir);
        assertThat(c.texts()).extracting(SourceText::text).containsExactly("Halo dunia", "Hello world, no BOM here", "Hi");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void htmlIsTextOnlyWithBlocksAsLines() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><title>T</title><script>alert(1)</script></head>"
                + "<body><h1>Headline</h1><p>First para.</p><style>p{}</style><div>Second <b>para</b>.</div></body></html>");
        Corpus c = new CorpusReader().read(dir);
        assertThat(c.texts().get(0).text()).isEqualTo("Headline\nFirst para.\nSecond para.");
        assertThat(c.texts().get(0).htmlTitle()).isEqualTo("Headline");
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> new CorpusReader().read(dir.resolve("nope")))
                .isInstanceOf(CorpusException.class).hasMessageContaining("does not exist");
    }
}
