package claimline.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints benchmark figures one per line, {@code name value unit}, and the statistics they are made of. Once the
 * machine's reference time is known ({@link ReferenceWorkload}), every timing and every rate is printed a second time
 * as a ratio to it ({@code name.per_ref}), which compares across machines: a time in reference runs, a rate in units
 * per reference run.
 */
public final class Figures {
    private final PrintStream out;
    private double referenceMillis = Double.NaN;

    public Figures(PrintStream out) {
        this.out = out;
    }

    /** The reference workload's time on this machine, in this run; later timings are also printed relative to it. */
    public void reference(double millis) {
        print("machine.ref.ms", millis, "ms");
        referenceMillis = millis;
    }

    public void print(String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "%s %.3f %s", name, value, unit));
        if (!Double.isNaN(referenceMillis)) {
            Double perRef = perReference(value, unit);
            if (perRef != null) {
                String refUnit = unit.endsWith("/s") ? unit.substring(0, unit.length() - 2) + "/ref" : "ref";
                out.println(String.format(Locale.ROOT, "%s.per_ref %.4f %s", name, perRef, refUnit));
            }
        }
        out.flush();
    }

    /** A time as a multiple of the reference time, a rate per reference time; null for what is neither (MB, x). */
    private Double perReference(double value, String unit) {
        return switch (unit) {
            case "ms" -> value / referenceMillis;
            case "s" -> value * 1000 / referenceMillis;
            default -> unit.endsWith("/s") ? value * referenceMillis / 1000 : null;
        };
    }

    public void note(String text) {
        out.println("# " + text);
        out.flush();
    }

    /** The p-th percentile (0–100) by nearest rank. */
    public static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }
}
