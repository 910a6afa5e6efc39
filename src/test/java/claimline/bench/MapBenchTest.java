package claimline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.cli.ClaimlineCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map part of the bench works at a tiny size (figures are measured by hand, never asserted). */
class MapBenchTest {
    @Test
    void benchPrintsTheMapFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = ClaimlineCommand.run(f -> { }, null,
                    (places, seed, f) -> claimline.app.bench.MapBenchmark.run(places, seed, f),
                    "bench", "--only", "map", "--places", "300");
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        for (String name : List.of("map.first_draw.ms", "map.frame.p50.ms", "map.frame.p95.ms", "map.frame.max.ms",
                "map.draw.p95.ms", "map.frame.p95.ms.per_ref")) {
            assertThat(out).containsPattern("(?m)^" + java.util.regex.Pattern.quote(name) + " [0-9.]+ \\S+$");
        }
        assertThat(out).contains("# map: 300 places");
    }

    @Test
    void withoutTheAppTheMapBenchSaysSo() {
        assertThat(ClaimlineCommand.run(f -> { }, null, (Benchmark.MapBench) null, "bench", "--only", "map")).isEqualTo(ClaimlineCommand.USAGE);
    }
}
