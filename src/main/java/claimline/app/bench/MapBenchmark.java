package claimline.app.bench;

import claimline.app.map.EventMap;
import claimline.app.map.EventMapSkin;
import claimline.bench.Figures;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Map figures on a real {@link EventMap} in a 1280×800 window, headless with the software pipeline, as the timeline
 * is measured: the first draw of N places (the base map read, the places clustered, drawn and rasterised), then the
 * frame times over a fixed walk of zooms and pans (draw plus rasterisation, read back through a snapshot of the
 * map's surface: its picture and the canvas of words over it).
 */
public final class MapBenchmark {
    private static final int WARM_UP = 40;
    private static final int FRAMES = 200;

    private MapBenchmark() {}

    /** Runs with {@code places} synthetic places (the model's size plays no part: the map draws places). */
    public static void run(int places, long seed, Figures out) throws Exception {
        TimelineBenchmark.startToolkit();
        FutureTask<Void> task = new FutureTask<>(() -> {
            measure(places(places, seed), out);
            return null;
        });
        Platform.runLater(task);
        task.get(10, TimeUnit.MINUTES);
    }

    /**
     * Places as a corpus of many conflicts spreads them: most around a dozen front lines (a few hundred kilometres
     * across), the rest anywhere between 60°S and 70°N; one to six events each, of any type.
     */
    static List<PlaceMark> places(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] fronts = new double[12][];
        for (int i = 0; i < fronts.length; i++) {
            fronts[i] = new double[] {r.nextDouble(-35, 55), r.nextDouble(-120, 140)};
        }
        EventType[] types = EventType.values();
        List<PlaceMark> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lat;
            double lon;
            if (r.nextInt(10) < 7) {
                double[] f = fronts[r.nextInt(fronts.length)];
                lat = f[0] + r.nextDouble(-2.5, 2.5);
                lon = f[1] + r.nextDouble(-3.5, 3.5);
            } else {
                lat = r.nextDouble(-60, 70);
                lon = r.nextDouble(-180, 180);
            }
            int events = 1 + r.nextInt(6);
            List<String> ids = new ArrayList<>(events);
            for (int k = 0; k < events; k++) {
                ids.add("ev-" + i + "-" + k);
            }
            out.add(new PlaceMark("place-" + i, "Place " + i, null, lat, lon, ids,
                    Map.of(types[r.nextInt(types.length)].json(), events)));
        }
        return out;
    }

    private static void measure(List<PlaceMark> places, Figures out) {
        EventMap map = new EventMap();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(map), 1280, 800));
        stage.show();

        long t0 = System.nanoTime();
        map.placesProperty().set(places);
        map.applyCss();
        map.layout();
        map.fitToPlaces();
        EventMapSkin skin = (EventMapSkin) map.getSkin();
        // the map's surface: its picture and the canvas over it (hidden when it has nothing to write), as on screen
        Region surface = (Region) map.lookup(".event-map-surface");
        // the window draws the sea alone until the base map is read in the background; the figure includes the read
        claimline.geo.BaseMapZooms.bundled();
        int marks = skin.paint().size();
        WritableImage image = surface.snapshot(null, null);
        out.print("map.first_draw.ms", (System.nanoTime() - t0) / 1e6, "ms");
        out.note(String.format(Locale.ROOT, "map: %d places, %d marks at first, canvas %.0fx%.0f", places.size(),
                marks, surface.getWidth(), surface.getHeight()));

        // the app simplifies the base map's zoom levels in the background from the first map on: frames are
        // measured once that is done (the first zoom into a level would otherwise wait for it)
        claimline.geo.BaseMapZooms.bundled().prepareAll();
        MapView home = map.viewProperty().get();
        double[] frame = new double[FRAMES];
        double[] draw = new double[FRAMES];
        for (int i = -WARM_UP; i < FRAMES; i++) {
            MapView v = step(map.viewProperty().get(), home, i, surface.getWidth(), surface.getHeight());
            long a = System.nanoTime();
            map.viewProperty().set(v);
            skin.paint();
            long b = System.nanoTime();
            image = surface.snapshot(null, image);
            long c = System.nanoTime();
            if (i >= 0) {
                draw[i] = (b - a) / 1e6;
                frame[i] = (c - a) / 1e6;
            }
        }
        out.print("map.frame.p50.ms", Figures.median(frame), "ms");
        out.print("map.frame.p95.ms", Figures.percentile(frame, 95), "ms");
        out.print("map.frame.max.ms", Figures.percentile(frame, 100), "ms");
        out.print("map.draw.p95.ms", Figures.percentile(draw, 95), "ms");
        stage.close();
    }

    /** A fixed walk: zoom in around different points, pan both ways, zoom out, now and then back to the fit. */
    private static MapView step(MapView v, MapView home, int i, double w, double h) {
        int k = Math.floorMod(i, 20);
        if (k == 19) {
            return home;
        }
        return switch (k % 4) {
            case 0 -> v.zoomAt(1.5, w * (0.3 + 0.1 * (k % 5)), h * 0.45, w, h);
            case 1 -> v.pan(140, 60);
            case 2 -> v.pan(-90, -40);
            default -> v.zoomAt(1 / 1.2, w * 0.6, h * 0.5, w, h);
        };
    }
}
