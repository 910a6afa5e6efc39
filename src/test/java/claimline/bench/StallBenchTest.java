package claimline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.cli.ClaimlineCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The window's longest freeze is measured at a tiny size (figures are measured by hand, never asserted). */
class StallBenchTest {
    @Test
    void benchPrintsTheLongestGapBetweenPulsesWhileTheWindowReadsAndIsWorkedIn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = ClaimlineCommand.run(f -> { }, null, null,
                    (first, large, f) -> claimline.app.bench.StallBenchmark.run(first, large, f),
                    "bench", "--only", "stall", "--stall-articles", "30", "--corpus",
                    System.getProperty("claimline.seeds", "seeds"));
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).containsPattern("(?m)^app\\.max_stall\\.ms [0-9.]+ ms$");
        assertThat(out).containsPattern("(?m)^app\\.max_stall\\.ms\\.per_ref [0-9.]+ ref$");
        assertThat(out).containsPattern("(?m)^# stall: stall-30 read in [0-9.]+ s into [0-9]+ events; [0-9]+ pulses");
    }

    @Test
    void withoutTheAppTheStallBenchSaysSo() {
        assertThat(ClaimlineCommand.run(f -> { }, null, null, (Benchmark.StallBench) null, "bench", "--only", "stall"))
                .isEqualTo(ClaimlineCommand.USAGE);
    }
}
