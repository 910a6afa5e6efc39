package claimline.app.bench;

import java.util.Locale;
import claimline.app.timeline.TimelineSkin;
import claimline.app.timeline.TimelineView;
import claimline.bench.Figures;
import claimline.model.EventModel;
import claimline.timeline.ZoomState;
import claimline.timeline.LaneMode;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.CorrectionsViewModel;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.TimelineContent;
import claimline.viewmodel.TimelineItems;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Timeline figures on a real {@link TimelineView} in a 1280×800 window, headless with the software pipeline:
 * time to first layout, frame times over a sequence of pans and zooms (draw plus rasterisation, read back through a
 * snapshot), and the time a filter change takes to reach the screen.
 */
public final class TimelineBenchmark {
    private static final int WARM_UP = 40;
    private static final int FRAMES = 200;

    private TimelineBenchmark() {}

    public static void run(EventModel model, Figures out) throws Exception {
        startToolkit();
        FutureTask<Void> task = new FutureTask<>(() -> {
            measure(model, out);
            return null;
        });
        Platform.runLater(task);
        task.get(10, TimeUnit.MINUTES);
    }

    /** Starts JavaFX headless with the software pipeline (the figures are of the software renderer), if not up. */
    static void startToolkit() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (the benchmark was started from the app or a test).
        }
        Platform.setImplicitExit(false);
        Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void measure(EventModel model, Figures out) {
        TimelineView view = new TimelineView();
        MainViewModel vm = new MainViewModel();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 1280, 800));
        stage.show();

        // The window is on screen, its timeline empty, before a corpus comes (as in the app, which shows it while
        // it reads): its style sheet applied and one frame drawn, so the figure is the corpus's, not the toolkit's.
        view.applyCss();
        view.layout();
        ((TimelineSkin) view.getSkin()).paint();
        ((Canvas) view.lookup(".timeline-canvas")).snapshot(null, null);
        // From a collected heap, as every end-to-end run and every filter change here: the garbage left by making
        // the model is not the timeline's (its first collection was a third of a second inside this figure).
        System.gc();
        long t0 = System.nanoTime();
        // as the app does: the model prepared (replayed, indexed, the timeline's lanes sorted: in the reading task
        // there, here on this thread, which the figure counts all the same), then shown
        CorrectionsViewModel.Prepared prepared = CorrectionsViewModel.prepare(model, List.of());
        vm.setModel(prepared.index());
        ModelIndex index = vm.index();
        List<String> order = index.partiesByWeight();
        view.setItems(index.timelineItems(), TimelineItems.shown(vm), index.timelineLayout(LaneMode.PARTY));
        view.laneOrderProperty().set(Comparator.comparingInt(order::indexOf));
        view.laneLabelProperty().set(index::partyName);
        view.setItemsAndFit(index.timelineItems(), TimelineItems.shown(vm));
        view.applyCss();
        view.layout();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        Canvas canvas = (Canvas) view.lookup(".timeline-canvas");
        skin.paint();
        WritableImage image = canvas.snapshot(null, null);
        out.print("timeline.first_layout.ms", (System.nanoTime() - t0) / 1e6, "ms");
        out.note(String.format(Locale.ROOT, "timeline: %d events, %d lanes, canvas %.0fx%.0f", model.events().size(),
                view.layoutProperty().get().lanes().size(), canvas.getWidth(), canvas.getHeight()));

        ZoomState home = view.zoomProperty().get();
        double[] frame = new double[FRAMES];
        double[] draw = new double[FRAMES];
        for (int i = -WARM_UP; i < FRAMES; i++) {
            ZoomState z = step(view.zoomProperty().get(), home, i);
            long a = System.nanoTime();
            view.zoomProperty().set(z);
            skin.paint();
            long b = System.nanoTime();
            image = canvas.snapshot(null, image);
            long c = System.nanoTime();
            if (i >= 0) {
                draw[i] = (b - a) / 1e6;
                frame[i] = (c - a) / 1e6;
            }
        }
        out.print("timeline.frame.p50.ms", Figures.median(frame), "ms");
        out.print("timeline.frame.p95.ms", Figures.percentile(frame, 95), "ms");
        out.print("timeline.frame.max.ms", Figures.percentile(frame, 100), "ms");
        out.print("timeline.draw.p95.ms", Figures.percentile(draw, 95), "ms");

        ActorEntry party = vm.actorEntries().stream().filter(ActorEntry::party).findFirst().orElseThrow();
        double[] filter = new double[10];
        for (int i = 0; i < filter.length; i++) {
            System.gc();
            long a = System.nanoTime();
            vm.setShown(party, i % 2 == 1);
            // as the app's feed does: the view model's content when it happened is the same items with a new mask
            TimelineContent c = vm.timelineContent();
            view.setItems(c.items(), c.shown(), null, c.links());
            skin.paint();
            filter[i] = (System.nanoTime() - a) / 1e6;
        }
        out.print("timeline.filter.ms", Figures.median(filter), "ms");
        stage.close();
    }

    /** A fixed walk: zoom in around different points, pan both ways, zoom out, and now and then fit all again. */
    private static ZoomState step(ZoomState z, ZoomState home, int i) {
        int k = Math.floorMod(i, 20);
        if (k == 19) {
            return home;
        }
        return switch (k % 4) {
            case 0 -> z.zoom(1.6, 0.3 + 0.05 * (k % 5));
            case 1 -> z.panPixels(140, 1160);
            case 2 -> z.panPixels(-90, 1160);
            default -> z.zoom(1.2, 0.6);
        };
    }
}
