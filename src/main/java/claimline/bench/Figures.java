package claimline.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/** Prints benchmark figures one per line, {@code name value unit}, and the statistics they are made of. */
public final class Figures {
    private final PrintStream out;

    public Figures(PrintStream out) {
        this.out = out;
    }

    public void print(String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "%s %.3f %s", name, value, unit));
        out.flush();
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
