package claimline.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every exception that escapes while a robot drives the window: thrown to the FX thread's or the default handler,
 * logged with a throwable (JavaFX logs through java.util.logging), or printed as a stack trace on standard error.
 * What a user would see as "traces in the log".
 */
final class UncaughtErrors implements AutoCloseable {
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
    private Thread.UncaughtExceptionHandler previousFx;
    private final Handler log = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getThrown() != null) {
                thrown.add(r.getThrown());
            }
        }

        @Override public void flush() {}

        @Override public void close() {}
    };
    private final PrintStream previousErr = System.err;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    UncaughtErrors() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        Runnable onFx = () -> {
            previousFx = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        };
        if (Platform.isFxApplicationThread()) {
            onFx.run();
        } else {
            WaitForAsyncUtils.asyncFx(onFx).get();
        }
        Logger.getLogger("").addHandler(log);
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (err) {
                    err.write(b);
                }
                previousErr.write(b);
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** What escaped so far: each exception's first lines, and stack traces printed on standard error. */
    List<String> seen() {
        List<String> out = new ArrayList<>();
        for (Throwable t : thrown) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            out.add(w.toString().lines().limit(8).reduce("", (a, b) -> a + b + "\n"));
        }
        String printed;
        synchronized (err) {
            printed = err.toString(StandardCharsets.UTF_8);
        }
        printed.lines().filter(l -> l.startsWith("Exception in thread") || l.matches("^\\S*(Exception|Error)\\b.*")
                || l.startsWith("Caused by:")).forEach(out::add);
        return out;
    }

    @Override
    public void close() throws Exception {
        Logger.getLogger("").removeHandler(log);
        System.setErr(previousErr);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(previousFx);
        } else {
            WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx)).get();
        }
    }
}
