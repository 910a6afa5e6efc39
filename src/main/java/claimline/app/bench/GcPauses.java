package claimline.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * When the collector stopped the program, as the JVM tells it after each collection: so that a freeze of the window
 * can be told apart from a collection that stopped every thread (which the FX thread's own work cannot cause or fix).
 */
final class GcPauses {
    /** Nano time at which the JVM's uptime was zero (collections are told in uptime milliseconds). */
    private final long startNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    private final List<long[]> pauses = new ArrayList<>();
    private final List<Runnable> removals = new ArrayList<>();

    void listen() {
        NotificationListener l = (n, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) n.getUserData());
                // concurrent cycles do not stop the program; the pauses are the young, mixed and full collections
                if (!info.getGcCause().equals("No GC") && !info.getGcName().contains("Concurrent")) {
                    synchronized (pauses) {
                        pauses.add(new long[] {startNanos + info.getGcInfo().getStartTime() * 1_000_000L,
                                startNanos + info.getGcInfo().getEndTime() * 1_000_000L});
                    }
                }
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(l, null, null);
                removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(l);
                    } catch (javax.management.ListenerNotFoundException gone) {
                        // removed already
                    }
                });
            }
        }
    }

    void stop() {
        removals.forEach(Runnable::run);
        removals.clear();
    }

    /** Milliseconds of collection pauses within {@code [from, to]} (nano times). */
    long within(long from, long to) {
        long sum = 0;
        synchronized (pauses) {
            for (long[] p : pauses) {
                sum += Math.max(0, Math.min(to, p[1]) - Math.max(from, p[0]));
            }
        }
        return sum / 1_000_000L;
    }
}
