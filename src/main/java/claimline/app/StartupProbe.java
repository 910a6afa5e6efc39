package claimline.app;

import javafx.scene.Scene;

/** The start-up benchmark's probe in the window (claimline.startup.probe): the first laid-out frame is told. */
final class StartupProbe {
    private StartupProbe() {}

    /** For the start-up benchmark: prints a marker once the first frame is laid out, then quits. */
    static void reportFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println("claimline.first-frame");
                System.out.flush();
                javafx.application.Platform.exit();
            }
        });
    }
}
