package claimline.cli;

import claimline.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: a deterministic corpus of realistic articles for benchmarks and soak tests. */
@Command(name = "generate", description = "Write a deterministic corpus of generated articles (Indonesian and English).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "number of articles")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Override
    public Integer call() {
        if (articles < 1) {
            System.err.println("claimline: --articles must be at least 1");
            return ClaimlineCommand.USAGE;
        }
        try {
            long bytes = new CorpusGenerator(seed).write(articles, out);
            System.out.printf("wrote %d articles (%.1f MB) to %s%n", articles, bytes / 1e6, out);
            return ClaimlineCommand.OK;
        } catch (IOException e) {
            System.err.println("claimline: cannot write " + out + ": " + e.getMessage());
            return ClaimlineCommand.OUTPUT;
        }
    }
}
