package claimline;

import claimline.cli.ClaimlineCommand;

/**
 * The entry point of claimline.jar. It is not a JavaFX Application, so the headless commands run without the
 * toolkit and the jar starts with JavaFX on the plain class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int code = ClaimlineCommand.run(folder -> claimline.app.ClaimlineApp.launchOn(folder),
                (model, figures) -> claimline.app.bench.TimelineBenchmark.run(model, figures),
                (places, seed, figures) -> claimline.app.bench.MapBenchmark.run(places, seed, figures),
                (first, large, figures) -> claimline.app.bench.StallBenchmark.run(first, large, figures), args);
        if (code != 0 || (args.length > 0 && !args[0].equals("app"))) {
            System.exit(code);
        }
    }
}
