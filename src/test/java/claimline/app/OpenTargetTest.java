package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenTargetTest {
    @Test
    void aFolderOrACollectionIsACorpusAJsonFileAModelAndTheRestFilesReadTogether(@TempDir Path dir) {
        assertThat(OpenTarget.of(List.of(dir))).isEqualTo(OpenTarget.CORPUS);
        assertThat(OpenTarget.of(List.of(dir.resolve("archive.CSV")))).isEqualTo(OpenTarget.CORPUS);
        assertThat(OpenTarget.of(List.of(dir.resolve("scrape.jsonl")))).isEqualTo(OpenTarget.CORPUS);
        assertThat(OpenTarget.of(List.of(dir.resolve("seeds.claimline.json")))).isEqualTo(OpenTarget.MODEL);
        assertThat(OpenTarget.of(List.of(dir.resolve("page.html")))).isEqualTo(OpenTarget.FILES);
        assertThat(OpenTarget.of(List.of(dir.resolve("a.csv"), dir.resolve("b.pdf")))).isEqualTo(OpenTarget.FILES);
    }
}
