package claimline.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fixed piece of plain Java work (no project code): sort a million numbers from a fixed seed, then hash and count
 * two hundred thousand strings. Timed in the same run as the other figures, it says how fast this machine is at the
 * moment, so that figures from two machines (or two runs on a shared, noisy one) compare as ratios to it
 * ({@code …per_ref}). It must never change: a changed workload makes every earlier ratio incomparable.
 */
public final class ReferenceWorkload {
    private static final int NUMBERS = 1 << 20;
    private static final int STRINGS = 200_000;
    private static final long SEED = 20_261_201L;

    private ReferenceWorkload() {
    }

    /** Runs the workload once; the checksum keeps the JIT from skipping work whose result nobody reads. */
    public static long run() {
        SplittableRandom random = new SplittableRandom(SEED);
        int[] numbers = new int[NUMBERS];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = random.nextInt();
        }
        Arrays.sort(numbers);
        long sum = 0;
        for (int i = 0; i < numbers.length; i += 1024) {
            sum = sum * 31 + numbers[i];
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < STRINGS; i++) {
            counts.merge("w" + (numbers[i] & 0xFFFF), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sum += (long) e.getKey().hashCode() * e.getValue();
        }
        return sum;
    }

    /** The median time of {@code runs} runs in milliseconds, after {@code warmUps} runs that are not counted. */
    public static double medianMillis(int warmUps, int runs) {
        long check = 0;
        for (int i = 0; i < warmUps; i++) {
            check ^= run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            check ^= run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (check == 42) {
            System.err.print(""); // reads the checksum, so the runs cannot be optimised away
        }
        return Figures.median(ms);
    }
}
