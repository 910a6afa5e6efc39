package claimline.app.bench;

import claimline.app.MainWindow;
import claimline.app.timeline.TimelineView;
import claimline.bench.Figures;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The longest the whole window freezes while it reads a large corpus and the analyst works in it: the real main
 * window, headless (Monocle and the software pipeline, as the timeline figures), shows a small corpus, then opens the
 * large one, and every {@link #STEP_MS} ms (at most once a pulse), as long as it reads and for {@link #AFTER_MS} ms
 * after the large corpus is on show, a filter is changed, the timeline zoomed or panned, or the next event selected,
 * as the filter's check boxes, the timeline's keys and its wheel do. An animation timer notes when each pulse comes (the FX thread draws a
 * frame at every pulse, 60 a second, unless something holds it up); the longest gap between two pulses is printed as
 * {@code app.max_stall.ms}, with what happened during it.
 */
public final class StallBenchmark {
    static final long STEP_MS = 150;
    static final long AFTER_MS = 4000;
    private static final long FRAME_NANOS = 1_000_000_000L / 60;
    private static final String[] STEPS = {"zoom in", "select next", "pan", "filter", "zoom out", "select next",
        "pan back", "filter back"};

    private StallBenchmark() {}

    public static void run(Path first, Path large, Figures out) throws Exception {
        setIfAbsent("claimline.settings.node", "claimline-bench");
        // the project files the window keeps beside a corpus go to the bench's own folder
        setIfAbsent("claimline.projects.dir", large.toAbsolutePath().getParent().toString());
        TimelineBenchmark.startToolkit();
        Session s = new Session(first, large);
        Platform.runLater(s::start);
        if (!s.done.await(30, TimeUnit.MINUTES)) {
            Platform.runLater(s::stop);
            throw new IllegalStateException("the window did not show the large corpus within 30 minutes");
        }
        if (s.failure != null) {
            throw new IllegalStateException("the stall benchmark failed: " + s.failure, s.failure);
        }
        Gap longest = s.gaps.stream().max(java.util.Comparator.comparingLong(Gap::nanos)).orElse(null);
        Gap ownLongest = s.gaps.stream().max(java.util.Comparator.comparingLong(g -> g.nanos() - s.gcNanos(g)))
                .orElse(null);
        out.note(String.format(Locale.ROOT, "stall: %s read in %.1f s into %d events; %d pulses, %d gaps of more"
                        + " than two frames", large.getFileName(), (s.shownAt - s.openedAt) / 1e9, s.events, s.pulses,
                s.gaps.size()));
        if (longest != null) {
            out.note(String.format(Locale.ROOT, "stall: longest gap %.0f ms %s, %.0f ms of it collecting garbage;"
                            + " during: %s", longest.nanos() / 1e6, longest.reading() ? "while reading"
                            : "after the corpus was shown", s.gcNanos(longest) / 1e6, longest.during()));
            out.note(String.format(Locale.ROOT, "stall: longest gap without collections %.0f ms %s; during: %s",
                    (ownLongest.nanos() - s.gcNanos(ownLongest)) / 1e6, ownLongest.reading() ? "while reading"
                            : "after the corpus was shown", ownLongest.during()));
        }
        out.print("app.max_stall.ms", s.maxGap / 1e6, "ms");
    }

    /** Two pulses further apart than two frames, what happened in between, and whether the corpus was being read. */
    private record Gap(long from, long to, boolean reading, String during) {
        long nanos() {
            return to - from;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** One run, on the FX thread: the window, the pulse recorder and the steps. */
    private static final class Session {
        private final Path first;
        private final Path large;
        private final CountDownLatch done = new CountDownLatch(1);
        private final StringBuilder sinceLastPulse = new StringBuilder();
        private Stage stage;
        private MainWindow window;
        private AnimationTimer recorder;
        private int step;
        private long lastPulse;
        private long lastStep;
        private long openedAt;
        private long shownAt;
        private int generationBefore;
        private final List<Gap> gaps = new java.util.ArrayList<>();
        private long maxGap;
        private final GcPauses pauses = new GcPauses();
        private int pulses;
        private int events;
        private volatile Throwable failure;

        Session(Path first, Path large) {
            this.first = first;
            this.large = large;
        }

        void start() {
            try {
                stage = new Stage();
                window = new MainWindow(stage);
                MainViewModel vm = window.viewModel();
                vm.modelGenerationProperty().addListener((o, was, now) -> {
                    if (openedAt > 0 && shownAt == 0 && now.intValue() > generationBefore) {
                        shownAt = System.nanoTime();
                        events = vm.index().model().events().size();
                        note("the large corpus shown");
                    }
                });
                if (Files.isDirectory(first)) {
                    window.openCorpus(first);
                }
                // work in the small corpus a little first (the code that runs on every step gets compiled), then open
                Timeline warmUp = new Timeline(new KeyFrame(Duration.millis(STEP_MS), e -> step()));
                warmUp.setCycleCount(16);
                warmUp.setOnFinished(e -> openLarge());
                warmUp.play();
            } catch (Throwable t) {
                fail(t);
            }
        }

        private void openLarge() {
            generationBefore = window.viewModel().modelGenerationProperty().get();
            recorder = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse(now);
                }
            };
            pauses.listen();
            recorder.start();
            openedAt = System.nanoTime();
            note("open");
            window.openCorpus(large);
        }

        private void pulse(long now) {
            if (lastPulse > 0) {
                maxGap = Math.max(maxGap, now - lastPulse);
            }
            if (lastPulse > 0 && now - lastPulse > 2 * FRAME_NANOS) {
                boolean reading = shownAt == 0 || now < shownAt;
                gaps.add(new Gap(lastPulse, now, reading, sinceLastPulse.length() == 0 ? "(nothing the steps did)"
                        : sinceLastPulse.toString()));
            }
            pulses++;
            lastPulse = now;
            sinceLastPulse.setLength(0);
            // one step at a time, at most one a pulse: a window held up does not get a backlog fired at it at once
            if (now - lastStep >= STEP_MS * 1_000_000L) {
                lastStep = now;
                step();
            }
            if (shownAt > 0 && now - shownAt > AFTER_MS * 1_000_000L) {
                stop();
            }
        }


        /** Nanoseconds of a gap the collector had the program stopped. */
        long gcNanos(Gap g) {
            return pauses.within(g.from(), g.to()) * 1_000_000L;
        }

        private void note(String what) {
            if (sinceLastPulse.length() > 0) {
                sinceLastPulse.append(", ");
            }
            sinceLastPulse.append(what);
        }

        /** One thing an analyst does: the steps in turn, each as the window's controls do it. */
        private void step() {
            try {
                String what = STEPS[step++ % STEPS.length];
                note(what);
                TimelineView timeline = window.timeline();
                MainViewModel vm = window.viewModel();
                switch (what) {
                    case "zoom in" -> timeline.zoomIn();
                    case "zoom out" -> timeline.zoomOut();
                    case "pan" -> timeline.zoomTo(timeline.zoomProperty().get().panPixels(160, 900));
                    case "pan back" -> timeline.zoomTo(timeline.zoomProperty().get().panPixels(-160, 900));
                    case "select next" -> timeline.selectAdjacent(1);
                    default -> toggleParty(vm);
                }
            } catch (Throwable t) {
                fail(t);
            }
        }

        /** Unchecks the heading of the party with the most events, or checks it again (as its check box does). */
        private static void toggleParty(MainViewModel vm) {
            List<ActorEntry> parties = vm.actorEntries().stream().filter(ActorEntry::party).toList();
            if (!parties.isEmpty()) {
                vm.setShown(parties.get(0), !vm.isShown(parties.get(0)));
            }
        }

        private void fail(Throwable t) {
            failure = t;
            stop();
        }

        void stop() {
            if (recorder != null) {
                recorder.stop();
            }
            pauses.stop();
            if (stage != null) {
                stage.close();
            }
            done.countDown();
        }
    }
}
