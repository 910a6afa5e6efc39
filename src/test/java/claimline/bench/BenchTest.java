package claimline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.cli.ClaimlineCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator and the bench command work at a tiny size (figures are measured by hand, never asserted). */
class BenchTest {
    @Test
    void theGeneratorIsDeterministicAndWritesBothLanguagesWithBoilerplate(@TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator(7);
        assertThat(g.article(3, 100)).isEqualTo(new CorpusGenerator(7).article(3, 100));
        assertThat(g.article(3, 100)).isNotEqualTo(new CorpusGenerator(8).article(3, 100));
        g.write(60, dir);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files.map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(texts).hasSize(60);
            assertThat(texts).anyMatch(t -> t.contains("Kementerian Pertahanan"));
            assertThat(texts).anyMatch(t -> t.contains("defence ministry"));
            assertThat(texts).anyMatch(t -> t.contains("Baca juga:") || t.contains("Read more:"));
        }
    }

    @Test
    void generatedArticlesReadIntoEventsWithClaimsFromBothSides(@TempDir Path dir) throws Exception {
        new CorpusGenerator(3).write(30, dir);
        var model = claimline.export.ModelFiles.readCorpus(dir, false, 1 << 20, f -> { });
        assertThat(model.problems()).isEmpty();
        assertThat(model.events()).isNotEmpty();
        assertThat(model.events()).anyMatch(e -> e.claims().stream().map(c -> model.partyOf(c.claimant()))
                .distinct().count() > 1);
    }

    @Test
    void generatedSavedPagesReadAsTheirArticlesDatedByTheirMetadata(@TempDir Path dir) throws Exception {
        new SavedPageGenerator(3).write(20, dir);
        String page = Files.readString(dir.resolve("page-000000.html"));
        assertThat(page).contains("<nav", "application/ld+json", "article:published_time", "class=\"comments\"");
        var model = claimline.export.ModelFiles.readCorpus(dir, false, 1 << 20, f -> { });
        assertThat(model.problems()).isEmpty();
        assertThat(model.documents()).hasSize(20).allSatisfy(d -> {
            assertThat(d.published().basis()).isEqualTo(claimline.model.PublishedBasis.METADATA);
            assertThat(d.text()).doesNotContain("Semoga cepat damai", "Otomotif", "All rights reserved");
        });
        assertThat(model.events()).isNotEmpty();
    }

    @Test
    void benchPrintsNamedFiguresAtATinySize() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = ClaimlineCommand.run(f -> { }, (m, f) -> claimline.app.bench.TimelineBenchmark.run(m, f),
                    "bench", "--articles", "50", "--events", "300", "--documents", "20", "--read-articles", "20", "--warm-up-seconds", "0",
                    "--pages", "12", "--only", "read,e2e,pages,heap,timeline");
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        for (String name : List.of("read.mbps.1thread", "read.mbps.allcores", "read.articles_per_s.allcores",
                "e2e.50.s", "e2e.growth.10_to_50", "pages.extract.pages_per_s", "pages.e2e.12.s", "heap.300_events.mb", "timeline.first_layout.ms",
                "timeline.frame.p50.ms", "timeline.frame.p95.ms", "timeline.frame.max.ms", "timeline.filter.ms")) {
            assertThat(out).containsPattern("(?m)^" + java.util.regex.Pattern.quote(name) + " [0-9.]+ \\S+$");
        }
        // the machine's reference time comes first, and each timing and rate also as a ratio to it
        assertThat(out).containsPattern("(?m)^machine\\.ref\\.ms [0-9.]+ ms$");
        for (String name : List.of("read.mbps.1thread", "e2e.50.s", "timeline.frame.p95.ms", "timeline.filter.ms")) {
            assertThat(out).containsPattern("(?m)^" + java.util.regex.Pattern.quote(name) + "\\.per_ref [0-9.]+ \\S+$");
        }
        assertThat(out).doesNotContain("heap.300_events.mb.per_ref");
    }

    @Test
    void ratiosToTheReferenceCompareMachines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Figures figures = new Figures(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        figures.print("before.ms", 50, "ms");
        figures.reference(200);
        figures.print("frame.ms", 100, "ms");
        figures.print("e2e.s", 2, "s");
        figures.print("read.mbps", 8, "MB/s");
        figures.print("heap.mb", 120, "MB");
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "before.ms 50.000 ms",
                "machine.ref.ms 200.000 ms",
                "frame.ms 100.000 ms", "frame.ms.per_ref 0.5000 ref",
                "e2e.s 2.000 s", "e2e.s.per_ref 10.0000 ref",
                "read.mbps 8.000 MB/s", "read.mbps.per_ref 1.6000 MB/ref",
                "heap.mb 120.000 MB");
    }

    @Test
    void theReferenceWorkloadIsTheSameWorkEveryTime() {
        // the same checksum each run: a workload that changed would make earlier ratios incomparable
        assertThat(ReferenceWorkload.run()).isEqualTo(ReferenceWorkload.run()).isNotZero();
    }
}
